package org.sojourn.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sojourn.cases.api.FieldProblem;

class PasswordPolicyTest {

    @Test
    void acceptsALongUncommonPassphraseInAnyScript() {
        assertTrue(PasswordPolicy.problems("newPassword", "03734301", "淡水河邊的夕陽 sunset 42").isEmpty());
    }

    @Test
    void refusesShortLongCommonAndAccountDerivedPasswords() {
        assertEquals("PASSWORD_LENGTH", code(PasswordPolicy.problems("p", "03734301", "Short1!")));
        assertEquals("PASSWORD_LENGTH", code(PasswordPolicy.problems("p", "03734301", "x".repeat(129))));
        assertEquals("PASSWORD_CONTAINS_ACCOUNT", code(PasswordPolicy.problems("p", "03734301", "my03734301pass")));
        assertEquals("PASSWORD_TOO_COMMON", code(PasswordPolicy.problems("p", "03734301", "Password123")));
        assertEquals("PASSWORD_TOO_COMMON", code(PasswordPolicy.problems("p", "03734301", "ＱＷＥＲＴＹＵＩＯＰ")));
        assertEquals("PASSWORD_TOO_COMMON", code(PasswordPolicy.problems("p", "03734301", "aaaaaaaaaaaa")));
    }

    private static String code(List<FieldProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0).code();
    }
}
