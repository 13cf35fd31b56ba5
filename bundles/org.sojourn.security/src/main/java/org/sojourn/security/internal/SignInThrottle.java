package org.sojourn.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins per login as typed — existing account or not, so the lockout tells nothing
 * about which accounts exist — and locks a login after too many in a row.
 */
final class SignInThrottle {

    private SignInThrottle() {
    }

    /** @return until when the login is locked, if it is locked at {@code now} */
    static Optional<Instant> lockedUntil(Connection connection, String login, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select locked_until from sign_in_throttle where login = ? for update")) {
            query.setString(1, login);
            try (ResultSet row = query.executeQuery()) {
                if (row.next() && row.getTimestamp(1) != null && row.getTimestamp(1).toInstant().isAfter(now)) {
                    return Optional.of(row.getTimestamp(1).toInstant());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Counts a failure.
     *
     * @return true when this failure locked the login
     */
    static boolean fail(Connection connection, String login, Instant now, int maxFailures, Instant lockUntil)
            throws SQLException {
        int failures;
        try (PreparedStatement query = connection.prepareStatement(
                "select failures from sign_in_throttle where login = ? for update")) {
            query.setString(1, login);
            try (ResultSet row = query.executeQuery()) {
                failures = row.next() ? row.getInt(1) + 1 : 0;
            }
        }
        if (failures == 0) {
            failures = 1;
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into sign_in_throttle (login, failures) values (?, 1)")) {
                insert.setString(1, login);
                insert.executeUpdate();
            }
        }
        boolean lock = failures >= maxFailures;
        try (PreparedStatement update = connection.prepareStatement(
                "update sign_in_throttle set failures = ?, locked_until = ? where login = ?")) {
            update.setInt(1, lock ? 0 : failures);
            update.setTimestamp(2, lock ? Timestamp.from(lockUntil) : null);
            update.setString(3, login);
            update.executeUpdate();
        }
        return lock;
    }

    static void clear(Connection connection, String login) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from sign_in_throttle where login = ?")) {
            delete.setString(1, login);
            delete.executeUpdate();
        }
    }
}
