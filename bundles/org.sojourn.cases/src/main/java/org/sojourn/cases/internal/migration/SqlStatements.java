package org.sojourn.cases.internal.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements. Scripts are plain DDL and DML: a statement ends with a
 * semicolon at the end of a line, and lines starting with {@code --} are comments. Quoted semicolons
 * and function bodies are deliberately not supported; keep such SQL out of migrations.
 */
final class SqlStatements {

    private SqlStatements() {
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
