package org.sojourn.security.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
import org.sojourn.cases.api.IdentifierKind;
import org.sojourn.cases.api.Identifiers;
import org.sojourn.cases.api.TaiwanAddress;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Handler;
import org.sojourn.security.api.NewSubAccount;
import org.sojourn.security.api.Role;
import org.sojourn.security.api.SchoolAccounts;
import org.sojourn.security.api.SchoolProfile;
import org.sojourn.security.api.SubAccount;

/** School profiles and sub-accounts in tables {@code school_profile} and {@code account}. */
@Component
public final class SchoolAccountService implements SchoolAccounts {

    private static final int MAX_SUB_ACCOUNTS = 99;
    private static final String ADDRESS_COLUMNS = "addr_postal_code, addr_county, addr_district, addr_village,"
            + " addr_neighbourhood, addr_street, addr_lane, addr_alley, addr_number";

    private final DataSource dataSource;

    /** The reference lists, for the districts and postal codes; optional, as the case core may be stopped. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ReferenceData reference;

    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock = Clock.systemUTC();

    /** @param dataSource Sojourn's migrated data source */
    @Activate
    public SchoolAccountService(@Reference(target = "(osgi.jndi.service.name=sojourn)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public SchoolProfile profile(Caller caller) {
        String school = schoolOf(caller);
        return Transactions.inTransaction(dataSource, connection -> load(connection, school));
    }

    @Override
    public SchoolProfile updateProfile(Caller caller, SchoolProfile changes, String source) {
        String school = mainOf(caller);
        Handler handler = changes.handler() == null ? new Handler("", "", "", "", "") : changes.handler();
        TaiwanAddress address = changes.address() == null ? new TaiwanAddress("", "", "", "", "", "", "", "", "")
                : changes.address();
        List<FieldProblem> problems = new ArrayList<>();
        Fields.required(problems, "headName", changes.headName(), 50, "校長/負責人", "head of the school");
        Fields.required(problems, "unit", changes.unit(), 100, "承辦單位", "handling unit");
        problems.addAll(Contacts.problems("", changes.phone(), "", changes.email()));
        Fields.optional(problems, "fax", Contacts.phone(changes.fax()), 30);
        problems.addAll(address.problems("address"));
        problems.addAll(Districts.problems(reference, "address", address));
        Fields.required(problems, "handler.name", handler.name(), 50, "承辦人姓名", "handler's name");
        if (!Identifiers.isValid(IdentifierKind.NATIONAL_ID, handler.nationalId())) {
            problems.add(nationalIdProblem("handler.nationalId"));
        }
        problems.addAll(Contacts.problems("handler.", handler.landline(), handler.mobile(), handler.email()));
        refuseIf(problems);
        TaiwanAddress a = address.normalized();
        Instant now = now();
        return Transactions.inTransaction(dataSource, connection -> {
            String name = load(connection, school).organisationName();
            try (PreparedStatement delete = connection.prepareStatement("delete from school_profile where school_number = ?")) {
                delete.setString(1, school);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into school_profile (school_number,"
                    + " organisation_name, head_name, unit, phone, fax, email, " + ADDRESS_COLUMNS + ", handler_name,"
                    + " handler_national_id, handler_landline, handler_mobile, handler_email, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                insert.setString(++i, school);
                insert.setString(++i, name);
                insert.setString(++i, Fields.clean(changes.headName()));
                insert.setString(++i, Fields.clean(changes.unit()));
                insert.setString(++i, Contacts.phone(changes.phone()));
                insert.setString(++i, Contacts.phone(changes.fax()));
                insert.setString(++i, Fields.clean(changes.email()));
                i = setAddress(insert, i, a);
                insert.setString(++i, Fields.clean(handler.name()));
                insert.setString(++i, Identifiers.normalize(handler.nationalId()));
                insert.setString(++i, Contacts.phone(handler.landline()));
                insert.setString(++i, Contacts.phone(handler.mobile()));
                insert.setString(++i, Fields.clean(handler.email()));
                insert.setTimestamp(++i, Timestamp.from(now));
                insert.executeUpdate();
            }
            SecurityAuditTrail.record(connection, now, "SCHOOL_PROFILE_UPDATE", "SUCCEEDED", caller.login(), source, null);
            return load(connection, school);
        });
    }

    @Override
    public List<SubAccount> subAccounts(Caller caller) {
        String school = mainOf(caller);
        return Transactions.inTransaction(dataSource, connection -> {
            List<SubAccount> subs = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("select login, display_name, unit, enabled,"
                    + " last_sign_in_at from account where role = 'SCHOOL_SUB' and school_number = ? order by login")) {
                query.setString(1, school);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        subs.add(subAccount(row));
                    }
                }
            }
            return subs;
        });
    }

    @Override
    public SubAccount createSubAccount(Caller caller, NewSubAccount request, String source) {
        String school = mainOf(caller);
        TaiwanAddress address = request.address() == null ? new TaiwanAddress("", "", "", "", "", "", "", "", "")
                : request.address();
        List<FieldProblem> problems = new ArrayList<>();
        Fields.required(problems, "name", request.name(), 50, "中文姓名", "name");
        if (!Identifiers.isValid(IdentifierKind.NATIONAL_ID, request.nationalId())) {
            problems.add(nationalIdProblem("nationalId"));
        }
        if (request.birthday() == null || !request.birthday().isBefore(LocalDate.now(clock))
                || request.birthday().isBefore(LocalDate.of(1900, 1, 1))) {
            problems.add(new FieldProblem("birthday", "INVALID_DATE", "請填寫正確的出生日期。", "Give a valid date of birth."));
        }
        Fields.required(problems, "unit", request.unit(), 100, "服務單位", "unit");
        problems.addAll(passwordProblems(caller.login(), request.password(), request.passwordConfirmation()));
        problems.addAll(Contacts.problems("", request.landline(), request.mobile(), request.email()));
        problems.addAll(address.problems("address"));
        problems.addAll(Districts.problems(reference, "address", address));
        refuseIf(problems);
        TaiwanAddress a = address.normalized();
        String hash = hasher.hash(request.password());
        Instant now = now();
        return Transactions.inTransaction(dataSource, connection -> {
            long next = nextSubAccountNumber(connection, caller.login());
            String login = String.format("%s-%02d", caller.login(), next);
            try (PreparedStatement insert = connection.prepareStatement("insert into account (login, role, display_name,"
                    + " school_number, password_hash, enabled, password_changed_at, created_at, national_id, birthday,"
                    + " unit, landline, mobile, email, " + ADDRESS_COLUMNS + ")"
                    + " values (?, 'SCHOOL_SUB', ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                insert.setString(++i, login);
                insert.setString(++i, Fields.clean(request.name()));
                insert.setString(++i, school);
                insert.setString(++i, hash);
                insert.setTimestamp(++i, Timestamp.from(now));
                insert.setTimestamp(++i, Timestamp.from(now));
                insert.setString(++i, Identifiers.normalize(request.nationalId()));
                insert.setDate(++i, Date.valueOf(request.birthday()));
                insert.setString(++i, Fields.clean(request.unit()));
                insert.setString(++i, Contacts.phone(request.landline()));
                insert.setString(++i, Contacts.phone(request.mobile()));
                insert.setString(++i, Fields.clean(request.email()));
                setAddress(insert, i, a);
                insert.executeUpdate();
            }
            SecurityAuditTrail.record(connection, now, "SUB_ACCOUNT_CREATE", "SUCCEEDED", caller.login(), source, login);
            return new SubAccount(login, Fields.clean(request.name()), Fields.clean(request.unit()), true, null);
        });
    }

    @Override
    public void setSubAccountPassword(Caller caller, String login, String password, String confirmation, String source) {
        String sub = SignInService.normalizeLogin(login);
        mainOf(caller);
        refuseIf(passwordProblems(sub, password, confirmation));
        String hash = hasher.hash(password);
        Instant now = now();
        Transactions.inTransaction(dataSource, connection -> {
            long id = requireSub(connection, caller, sub);
            AccountStore.changePassword(connection, id, hash, now);
            int ended = SessionStore.closeAll(connection, id);
            SecurityAuditTrail.record(connection, now, "SUB_ACCOUNT_PASSWORD", "SUCCEEDED", caller.login(), source,
                    sub + ", sessions ended: " + ended);
            return null;
        });
    }

    @Override
    public void setSubAccountEnabled(Caller caller, String login, boolean enabled, String source) {
        String sub = SignInService.normalizeLogin(login);
        mainOf(caller);
        Instant now = now();
        Transactions.inTransaction(dataSource, connection -> {
            long id = requireSub(connection, caller, sub);
            try (PreparedStatement update = connection.prepareStatement("update account set enabled = ? where id = ?")) {
                update.setBoolean(1, enabled);
                update.setLong(2, id);
                update.executeUpdate();
            }
            if (!enabled) {
                SessionStore.closeAll(connection, id);
            }
            SecurityAuditTrail.record(connection, now, enabled ? "SUB_ACCOUNT_ENABLE" : "SUB_ACCOUNT_DISABLE", "SUCCEEDED",
                    caller.login(), source, sub);
            return null;
        });
    }

    @Override
    public void deleteSubAccount(Caller caller, String login, String source) {
        String sub = SignInService.normalizeLogin(login);
        mainOf(caller);
        Instant now = now();
        Transactions.inTransaction(dataSource, connection -> {
            long id = requireSub(connection, caller, sub);
            SessionStore.closeAll(connection, id);
            try (PreparedStatement delete = connection.prepareStatement("delete from account where id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            SecurityAuditTrail.record(connection, now, "SUB_ACCOUNT_DELETE", "SUCCEEDED", caller.login(), source, sub);
            return null;
        });
    }

    private static SchoolProfile load(Connection connection, String school) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select organisation_name, head_name, unit, phone, fax,"
                + " email, " + ADDRESS_COLUMNS + ", handler_name, handler_national_id, handler_landline, handler_mobile,"
                + " handler_email, updated_at from school_profile where school_number = ?")) {
            query.setString(1, school);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    TaiwanAddress address = new TaiwanAddress(row.getString(7), row.getString(8), row.getString(9),
                            row.getString(10), row.getString(11), row.getString(12), row.getString(13),
                            row.getString(14), row.getString(15));
                    Handler handler = new Handler(row.getString(16), row.getString(17), row.getString(18),
                            row.getString(19), row.getString(20));
                    return new SchoolProfile(school, row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), address, handler,
                            row.getTimestamp(21).toInstant());
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "select display_name from account where login = ? and role = 'SCHOOL_MAIN'")) {
            query.setString(1, school);
            try (ResultSet row = query.executeQuery()) {
                String name = row.next() ? row.getString(1) : "";
                return new SchoolProfile(school, name, "", "", "", "", "",
                        new TaiwanAddress("", "", "", "", "", "", "", "", ""), new Handler("", "", "", "", ""), null);
            }
        }
    }

    private static int setAddress(PreparedStatement statement, int index, TaiwanAddress a) throws SQLException {
        int i = index;
        for (String part : new String[] {a.postalCode(), a.county(), a.district(), a.village(), a.neighbourhood(),
            a.street(), a.lane(), a.alley(), a.number()}) {
            statement.setString(++i, part);
        }
        return i;
    }

    private static SubAccount subAccount(ResultSet row) throws SQLException {
        Timestamp last = row.getTimestamp(5);
        return new SubAccount(row.getString(1), row.getString(2), Objects.toString(row.getString(3), ""),
                row.getBoolean(4), last == null ? null : last.toInstant());
    }

    /** Sub-account numbers come from a locked counter: never reused, so old audit lines stay unambiguous. */
    private static long nextSubAccountNumber(Connection connection, String main) throws SQLException {
        String scope = "sub-account:" + main;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into number_counter (scope, last_value) values (?, 0) on conflict do nothing")) {
            insert.setString(1, scope);
            insert.executeUpdate();
        }
        long next;
        try (PreparedStatement query = connection.prepareStatement(
                "select last_value from number_counter where scope = ? for update")) {
            query.setString(1, scope);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                next = row.getLong(1) + 1;
            }
        }
        // Skip numbers whose login exists already (accounts made before the counter, e.g. demo data).
        while (next <= MAX_SUB_ACCOUNTS && AccountStore.find(connection, String.format("%s-%02d", main, next)).isPresent()) {
            next++;
        }
        if (next > MAX_SUB_ACCOUNTS) {
            throw new DomainException(ErrorKind.CONFLICT, "SUB_ACCOUNTS_EXHAUSTED", "子帳號已達上限 99 個。",
                    "A school has at most 99 sub-accounts.");
        }
        try (PreparedStatement update = connection.prepareStatement("update number_counter set last_value = ? where scope = ?")) {
            update.setLong(1, next);
            update.setString(2, scope);
            update.executeUpdate();
        }
        return next;
    }

    /** @return the id of the caller's sub-account with that login; any other is "not found" */
    private static long requireSub(Connection connection, Caller caller, String login) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select id from account where login = ? and role = 'SCHOOL_SUB' and school_number = ?")) {
            query.setString(1, login);
            query.setString(2, caller.schoolNumber());
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        throw new DomainException(ErrorKind.NOT_FOUND, "SUB_ACCOUNT_NOT_FOUND", "查無此子帳號。", "No such sub-account.");
    }

    private static List<FieldProblem> passwordProblems(String login, String password, String confirmation) {
        List<FieldProblem> problems = new ArrayList<>(PasswordPolicy.problems("password", login, password));
        if (!Objects.equals(password, confirmation)) {
            problems.add(new FieldProblem("passwordConfirmation", "PASSWORDS_DIFFER", "兩次輸入的密碼不同。",
                    "The two passwords differ."));
        }
        return problems;
    }

    private static FieldProblem nationalIdProblem(String field) {
        return new FieldProblem(field, IdentifierKind.NATIONAL_ID.errorCode(), "身分證號格式或檢查碼錯誤。",
                "This is not a valid national ID number (format or check digit).");
    }

    private static void refuseIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "資料有誤，請修正標示的欄位。",
                    "The request has errors; correct the fields marked.", problems);
        }
    }

    private static String schoolOf(Caller caller) {
        if ((caller.role() != Role.SCHOOL_MAIN && caller.role() != Role.SCHOOL_SUB) || caller.schoolNumber() == null) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有執行此操作的權限。", "You may not do this.");
        }
        return caller.schoolNumber();
    }

    private static String mainOf(Caller caller) {
        if (caller.role() != Role.SCHOOL_MAIN) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有執行此操作的權限。", "You may not do this.");
        }
        return schoolOf(caller);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
