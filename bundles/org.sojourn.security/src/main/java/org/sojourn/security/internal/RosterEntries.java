package org.sojourn.security.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Role;

/**
 * Individual entry against the schools' imported lists ({@code roster_student}): the row that matches
 * and the account tied to it, made on the first entry. The account has no usable password (its hash is
 * no hash), so nothing but a matching entry ever opens a session for it.
 */
final class RosterEntries {

    private RosterEntries() {
    }

    static Optional<Caller> match(Connection connection, int academicYear, String passport, String nameKey, LocalDate birthDate,
            Instant now) throws SQLException {
        long rowId;
        Long accountId;
        String name;
        try (PreparedStatement query = connection.prepareStatement("select id, account_id, english_name from roster_student"
                + " where academic_year = ? and passport_number = ? and english_name_key = ? and birth_date = ?"
                + " and category in ('FG', 'FO') order by updated_at desc, id desc for update")) {
            query.setInt(1, academicYear);
            query.setString(2, passport);
            query.setString(3, nameKey);
            query.setDate(4, Date.valueOf(birthDate));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                rowId = row.getLong(1);
                accountId = row.getObject(2) == null ? null : row.getLong(2);
                name = row.getString(3);
            }
        }
        String login = "individual-" + rowId;
        if (accountId == null) {
            AccountStore.create(connection, login, Role.STUDENT_INDIVIDUAL, name, null, "no-password", null, now);
            accountId = AccountStore.find(connection, login).orElseThrow().caller().accountId();
            try (PreparedStatement link = connection.prepareStatement("update roster_student set account_id = ? where id = ?")) {
                link.setLong(1, accountId);
                link.setLong(2, rowId);
                link.executeUpdate();
            }
        }
        try (PreparedStatement account = connection.prepareStatement("select login, display_name, enabled from account where id = ?")) {
            account.setLong(1, accountId);
            try (ResultSet row = account.executeQuery()) {
                if (!row.next() || !row.getBoolean(3)) {
                    return Optional.empty();
                }
                return Optional.of(new Caller(accountId, row.getString(1), Role.STUDENT_INDIVIDUAL, row.getString(2), null));
            }
        }
    }
}
