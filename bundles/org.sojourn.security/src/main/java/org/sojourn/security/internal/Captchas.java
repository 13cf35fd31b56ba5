package org.sojourn.security.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.UUID;

import org.sojourn.security.api.Captcha;

/** Captchas kept in the database (so any node can check one another node drew), each answerable once. */
final class Captchas {

    private static final int DIGITS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Captchas() {
    }

    static Captcha issue(Connection connection, Instant now, Instant expiresAt) throws SQLException {
        try (PreparedStatement purge = connection.prepareStatement("delete from captcha where expires_at < ?")) {
            purge.setTimestamp(1, Timestamp.from(now));
            purge.executeUpdate();
        }
        String id = UUID.randomUUID().toString();
        String answer = Tokens.digits(DIGITS);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into captcha (id, answer_hash, expires_at) values (?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, Tokens.sha256(id + ":" + answer));
            insert.setTimestamp(3, Timestamp.from(expiresAt));
            insert.executeUpdate();
        }
        return new Captcha(id, CaptchaImage.png(answer, RANDOM), expiresAt);
    }

    /**
     * Uses up a captcha: right or wrong, it cannot be answered again.
     *
     * @return whether the answer was right and in time
     */
    static boolean consume(Connection connection, Instant now, String id, String answer) throws SQLException {
        if (id == null || answer == null) {
            return false;
        }
        String digits = Normalizer.normalize(answer, Normalizer.Form.NFKC).strip();
        boolean right;
        try (PreparedStatement use = connection.prepareStatement(
                "delete from captcha where id = ? and answer_hash = ? and expires_at >= ?")) {
            use.setString(1, id);
            use.setString(2, Tokens.sha256(id + ":" + digits));
            use.setTimestamp(3, Timestamp.from(now));
            right = use.executeUpdate() == 1;
        }
        if (!right) {
            try (PreparedStatement burn = connection.prepareStatement("delete from captcha where id = ?")) {
                burn.setString(1, id);
                burn.executeUpdate();
            }
        }
        return right;
    }
}
