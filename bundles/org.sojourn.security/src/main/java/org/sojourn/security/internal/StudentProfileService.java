package org.sojourn.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.sojourn.cases.api.Contacts;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.ReferenceData;
import org.sojourn.cases.api.TaiwanAddress;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Role;
import org.sojourn.security.api.StudentProfile;
import org.sojourn.security.api.StudentProfiles;

/**
 * Students' own details in table {@code account}. Students live abroad as often as not, so the phone
 * may be international and the Taiwan address is optional; a new e-mail address (where password
 * resets go) needs the current password.
 */
@Component
public final class StudentProfileService implements StudentProfiles {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,24}");
    private static final String ADDRESS = "addr_postal_code, addr_county, addr_district, addr_village, addr_neighbourhood,"
            + " addr_street, addr_lane, addr_alley, addr_number";

    private final DataSource dataSource;

    /** The reference lists, for the districts and postal codes; optional, as the case core may be stopped. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ReferenceData reference;

    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock = Clock.systemUTC();

    /** @param dataSource Sojourn's migrated data source */
    @Activate
    public StudentProfileService(@Reference(target = "(osgi.jndi.service.name=sojourn)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public StudentProfile profile(Caller student) {
        requireStudent(student);
        return Transactions.inTransaction(dataSource, connection -> load(connection, student.accountId()));
    }

    @Override
    public StudentProfile update(Caller student, StudentProfile changes, String source) {
        requireStudent(student);
        String email = Fields.clean(changes.email());
        String phone = Fields.clean(changes.phone());
        TaiwanAddress address = changes.address() == null || blank(changes.address()) ? null : changes.address().normalized();
        List<FieldProblem> problems = new ArrayList<>(Contacts.emailProblems("email", email));
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "INVALID_PHONE", "電話號碼格式錯誤，例如 +852 2123 4567 或 0912-345-678。",
                    "Not a telephone number, e.g. +852 2123 4567 or 0912-345-678."));
        }
        if (address != null) {
            problems.addAll(address.problems("address"));
            problems.addAll(Districts.problems(reference, "address", address));
        }
        Instant now = clock.instant();
        List<FieldProblem> refused = Transactions.inTransaction(dataSource, connection -> {
            StudentProfile before = load(connection, student.accountId());
            if (problems.isEmpty() && !email.equalsIgnoreCase(before.email())) {
                String hash = AccountStore.find(connection, student.login()).orElseThrow().passwordHash();
                String password = changes.currentPassword() == null ? "" : changes.currentPassword();
                if (password.length() > 128 || !hasher.verify(password, hash)) {
                    problems.add(new FieldProblem("currentPassword", "WRONG_PASSWORD", "變更電子郵件須輸入目前密碼。",
                            "Changing the e-mail address needs the current password."));
                }
            }
            if (!problems.isEmpty()) {
                SecurityAuditTrail.record(connection, now, "STUDENT_PROFILE_UPDATE", "REFUSED", student.login(), source,
                        problems.stream().map(FieldProblem::code).distinct().reduce((a, b) -> a + "," + b).orElse(""));
                return problems;
            }
            try (PreparedStatement update = connection.prepareStatement("update account set email = ?, mobile = ?,"
                    + " addr_postal_code = ?, addr_county = ?, addr_district = ?, addr_village = ?, addr_neighbourhood = ?,"
                    + " addr_street = ?, addr_lane = ?, addr_alley = ?, addr_number = ? where id = ?")) {
                update.setString(1, email);
                update.setString(2, phone.isEmpty() ? null : phone);
                int i = 2;
                for (String part : address == null ? new String[9] : new String[] {address.postalCode(), address.county(),
                    address.district(), address.village(), address.neighbourhood(), address.street(), address.lane(),
                    address.alley(), address.number()}) {
                    update.setString(++i, part);
                }
                update.setLong(++i, student.accountId());
                update.executeUpdate();
            }
            SecurityAuditTrail.record(connection, now, "STUDENT_PROFILE_UPDATE", "SUCCEEDED", student.login(), source,
                    email.equalsIgnoreCase(before.email()) ? null : "e-mail changed");
            return List.<FieldProblem>of();
        });
        if (!refused.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "資料有誤，請修正標示的欄位。",
                    "The request has errors; correct the fields marked.", refused);
        }
        return profile(student);
    }

    private static StudentProfile load(Connection connection, long accountId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select login, display_name, email, mobile, " + ADDRESS
                + " from account where id = ?")) {
            query.setLong(1, accountId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new DomainException(ErrorKind.UNAUTHENTICATED, "SESSION_EXPIRED", "登入逾時或已登出，請重新登入。",
                            "Your session has ended; sign in again.");
                }
                TaiwanAddress address = row.getString(5) == null ? null : new TaiwanAddress(row.getString(5), row.getString(6),
                        row.getString(7), Objects.toString(row.getString(8), ""), Objects.toString(row.getString(9), ""),
                        row.getString(10), Objects.toString(row.getString(11), ""), Objects.toString(row.getString(12), ""),
                        row.getString(13));
                return new StudentProfile(row.getString(1), row.getString(2), Objects.toString(row.getString(3), ""),
                        Objects.toString(row.getString(4), ""), address, null);
            }
        }
    }

    private static boolean blank(TaiwanAddress address) {
        return java.util.stream.Stream.of(address.postalCode(), address.county(), address.district(), address.village(),
                address.neighbourhood(), address.street(), address.lane(), address.alley(), address.number())
                .allMatch(part -> part == null || part.isBlank());
    }

    private static void requireStudent(Caller caller) {
        if (caller.role() != Role.STUDENT_MAINLAND && caller.role() != Role.STUDENT_HK_MACAO) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有執行此操作的權限。", "You may not do this.");
        }
    }
}
