package org.sojourn.cases.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    @Test
    void splitsAtSemicolonsEndingALineAndDropsComments() {
        String script = """
                -- a comment; with a semicolon
                create table a (
                    id integer -- trailing words stay
                );

                insert into a values (1);
                select 1
                """;

        assertEquals(List.of("create table a (\n    id integer -- trailing words stay\n)",
                "insert into a values (1)", "select 1"), SqlStatements.split(script));
    }
}
