package org.sojourn.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.NewCaseGroup;

class CaseGroupRulesTest {

    @Test
    void trimsTheNameAndNormalisesFullWidthCodeDigits() {
        NewCaseGroup checked = CaseGroupRules.check(new NewCaseGroup("  115學年度外籍生  ", "１０２"));

        assertEquals("115學年度外籍生", checked.applicationName());
        assertEquals("102", checked.businessCode());
    }

    @Test
    void reportsEveryFieldAtFaultAtOnce() {
        DomainException problem = assertThrows(DomainException.class,
                () -> CaseGroupRules.check(new NewCaseGroup(" ", "12")));

        assertEquals(List.of("applicationName", "businessCode"),
                problem.fieldProblems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void countsCharactersNotUtf16UnitsForTheLengthLimit() {
        String hundredRareCharacters = "𠀀".repeat(CaseGroupRules.MAX_NAME_LENGTH);
        assertEquals(hundredRareCharacters, CaseGroupRules.check(new NewCaseGroup(hundredRareCharacters, "102"))
                .applicationName());

        DomainException problem = assertThrows(DomainException.class,
                () -> CaseGroupRules.check(new NewCaseGroup(hundredRareCharacters + "a", "102")));
        assertEquals("TOO_LONG", problem.fieldProblems().get(0).code());
    }
}
