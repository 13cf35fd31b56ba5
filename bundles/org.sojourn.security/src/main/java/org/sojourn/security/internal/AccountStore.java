package org.sojourn.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Role;

/** Accounts in table {@code account}. */
final class AccountStore {

    /**
     * An account as stored.
     *
     * @param caller       who it is
     * @param passwordHash its Argon2id hash
     * @param enabled      whether it may sign in
     */
    record Account(Caller caller, String passwordHash, boolean enabled) {
    }

    private AccountStore() {
    }

    static Optional<Account> find(Connection connection, String login) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select id, login, role, display_name, school_number, password_hash, enabled from account where login = ?")) {
            query.setString(1, login);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Caller caller = new Caller(row.getLong(1), row.getString(2), Role.valueOf(row.getString(3)),
                        row.getString(4), row.getString(5));
                return Optional.of(new Account(caller, row.getString(6), row.getBoolean(7)));
            }
        }
    }

    static void create(Connection connection, String login, Role role, String displayName, String schoolNumber,
            String passwordHash, String email, Instant now) throws SQLException {
        create(connection, login, role, displayName, schoolNumber, passwordHash, email, true, now);
    }

    static void create(Connection connection, String login, Role role, String displayName, String schoolNumber,
            String passwordHash, String email, boolean enabled, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into account (login, role, display_name,"
                + " school_number, password_hash, enabled, password_changed_at, created_at, email)"
                + " values (?, ?, ?, ?, ?, " + enabled + ", ?, ?, ?)")) {
            insert.setString(1, login);
            insert.setString(2, role.name());
            insert.setString(3, displayName);
            insert.setString(4, schoolNumber);
            insert.setString(5, passwordHash);
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setTimestamp(7, Timestamp.from(now));
            insert.setString(8, email);
            insert.executeUpdate();
        }
    }

    static long count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from account");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static void changePassword(Connection connection, long accountId, String passwordHash, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update account set password_hash = ?, password_changed_at = ? where id = ?")) {
            update.setString(1, passwordHash);
            update.setTimestamp(2, Timestamp.from(now));
            update.setLong(3, accountId);
            update.executeUpdate();
        }
    }

    static void signedIn(Connection connection, long accountId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update account set last_sign_in_at = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setLong(2, accountId);
            update.executeUpdate();
        }
    }
}
