package org.sojourn.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Role;
import org.sojourn.security.api.Session;

/**
 * Server-side sessions in table {@code user_session}, keyed by the SHA-256 of the token. A use
 * restarts the idle timeout; the row is written at most every {@link #TOUCH_INTERVAL} so that
 * checking a session is mostly a read.
 */
final class SessionStore {

    static final Duration TOUCH_INTERVAL = Duration.ofSeconds(30);

    private SessionStore() {
    }

    /** @return a new token for the account; only its hash is stored */
    static String open(Connection connection, long accountId, Instant now) throws SQLException {
        String token = Tokens.newToken();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into user_session (token_hash, account_id, created_at, last_seen_at) values (?, ?, ?, ?)")) {
            insert.setString(1, Tokens.sha256(token));
            insert.setLong(2, accountId);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setTimestamp(4, Timestamp.from(now));
            insert.executeUpdate();
        }
        return token;
    }

    static Optional<Session> check(Connection connection, String token, Instant now, Duration idle) throws SQLException {
        String hash = Tokens.sha256(token);
        Caller caller;
        Instant lastSeen;
        try (PreparedStatement query = connection.prepareStatement("select a.id, a.login, a.role, a.display_name,"
                + " a.school_number, a.enabled, s.last_seen_at from user_session s join account a on a.id = s.account_id"
                + " where s.token_hash = ?")) {
            query.setString(1, hash);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                if (!row.getBoolean(6)) {
                    return Optional.empty();
                }
                caller = new Caller(row.getLong(1), row.getString(2), Role.valueOf(row.getString(3)), row.getString(4),
                        row.getString(5));
                lastSeen = row.getTimestamp(7).toInstant();
            }
        }
        if (!lastSeen.plus(idle).isAfter(now)) {
            close(connection, token);
            return Optional.empty();
        }
        if (lastSeen.plus(TOUCH_INTERVAL).isBefore(now)) {
            try (PreparedStatement touch = connection.prepareStatement(
                    "update user_session set last_seen_at = ? where token_hash = ?")) {
                touch.setTimestamp(1, Timestamp.from(now));
                touch.setString(2, hash);
                touch.executeUpdate();
            }
            lastSeen = now;
        }
        return Optional.of(new Session(caller, lastSeen.plus(idle)));
    }

    /** @return how many sessions of the account ended */
    static int closeAll(Connection connection, long accountId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from user_session where account_id = ?")) {
            delete.setLong(1, accountId);
            return delete.executeUpdate();
        }
    }

    /** @return whether a session ended */
    static boolean close(Connection connection, String token) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from user_session where token_hash = ?")) {
            delete.setString(1, Tokens.sha256(token));
            return delete.executeUpdate() == 1;
        }
    }
}
