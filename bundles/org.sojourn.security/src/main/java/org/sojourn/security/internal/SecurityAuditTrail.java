package org.sojourn.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The append-only security audit trail: who did what, when, from where, with what outcome. It never
 * records a password, token or captcha answer; the actor is the login as typed (cut to 40 characters).
 */
final class SecurityAuditTrail {

    private SecurityAuditTrail() {
    }

    static void record(Connection connection, Instant at, String event, String outcome, String actor, String source,
            String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into security_audit (at, event, outcome, actor, source, detail) values (?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, event);
            insert.setString(3, outcome);
            insert.setString(4, cut(actor, 40));
            insert.setString(5, cut(source, 45));
            insert.setString(6, cut(detail, 200));
            insert.executeUpdate();
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
