package org.sojourn.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseProblemsTest {

    @Test
    void namesTheCredentialSettingsWhenLoginFails() {
        String text = DatabaseProblems.describe(new SQLException("password authentication failed", "28P01"),
                "jdbc:postgresql://db:5432/sojourn");

        assertTrue(text.contains("SOJOURN_DB_USER"), text);
        assertTrue(text.contains("jdbc:postgresql://db:5432/sojourn"), text);
    }

    @Test
    void namesTheUrlSettingWhenNothingAnswers() {
        String text = DatabaseProblems.describe(new SQLException("Connection refused", "08001"),
                "jdbc:postgresql://db:5999/sojourn");

        assertTrue(text.contains("host and port in SOJOURN_DB_URL"), text);
    }

    @Test
    void neverRepeatsUrlParametersThatMayHoldAPassword() {
        String text = DatabaseProblems.describe(new SQLException("x", "3D000"),
                "jdbc:postgresql://db/sojourn?user=a&password=secret");

        assertFalse(text.contains("secret"), text);
        assertEquals("jdbc:h2:file:/x/db", DatabaseProblems.safeUrl("jdbc:h2:file:/x/db;PASSWORD=secret"));
    }
}
