package org.sojourn.security.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sojourn.cases.api.Contacts;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.Identifiers;
import org.sojourn.notify.api.MailOutbox;
import org.sojourn.notify.api.MailTemplates;
import org.sojourn.security.api.Role;
import org.sojourn.security.api.StudentRegistration;
import org.sojourn.security.api.StudentRegistrations;

/**
 * Mainland and Hong Kong/Macao students register themselves: the form must match one of the
 * agency's records of issued permits (查無此學生資料 otherwise), a record gets one account, and the
 * account signs in only after the mailed activation link is opened.
 */
@Component(configurationPid = "org.sojourn.security") // its metatype is designated by SignInService
public final class StudentRegistrationService implements StudentRegistrations {

    private static final Duration LINK_LIFE = Duration.ofHours(24);
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._@-]{3,39}");
    private static final Pattern PERMIT = Pattern.compile("[A-Z0-9]{4,20}");

    private final DataSource dataSource;
    private final MailOutbox outbox;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock = Clock.systemUTC();
    private final boolean captchaRequired;
    private final String publicUrl;

    /**
     * @param config     the security settings
     * @param dataSource Sojourn's migrated data source
     * @param outbox     the mail outbox
     */
    @Activate
    public StudentRegistrationService(SecurityConfig config,
            @Reference(target = "(osgi.jndi.service.name=sojourn)") DataSource dataSource, @Reference MailOutbox outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.captchaRequired = config.captchaRequired();
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    @Override
    public String register(StudentRegistration form) {
        Portal portal = Portal.of(form.portal());
        String login = SignInService.normalizeLogin(form.account());
        String permit = Identifiers.normalize(form.permitNumber());
        String name = Fields.clean(form.name());
        List<FieldProblem> problems = new ArrayList<>();
        if (!LOGIN.matcher(login).matches()) {
            problems.add(new FieldProblem("account", "INVALID_ACCOUNT_NAME", "帳號須為 4 至 40 個英數字或 . _ @ - 符號。",
                    "An account has 4-40 letters, digits or . _ @ -."));
        }
        problems.addAll(PasswordPolicy.problems("password", login, form.password()));
        if (!Objects.equals(form.password(), form.passwordConfirmation())) {
            problems.add(new FieldProblem("passwordConfirmation", "PASSWORDS_DIFFER", "兩次輸入的密碼不同。",
                    "The two passwords differ."));
        }
        Fields.required(problems, "name", name, 100, "姓名", "name");
        if (form.birthDate() == null || !form.birthDate().isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem("birthDate", "INVALID_DATE", "請填寫正確的出生日期。", "Give a valid date of birth."));
        }
        if (!PERMIT.matcher(permit).matches()) {
            problems.add(new FieldProblem("permitNumber", "INVALID_PERMIT_NUMBER", "證號格式錯誤。", "Not a permit number."));
        }
        problems.addAll(Contacts.emailProblems("email", form.email()));
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "資料有誤，請修正標示的欄位。",
                    "The request has errors; correct the fields marked.", problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (captchaRequired && !Transactions.inTransaction(dataSource,
                connection -> Captchas.consume(connection, now, form.captchaId(), form.captchaAnswer()))) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "CAPTCHA_INVALID", "驗證碼錯誤或已過期，請重新取得驗證碼。",
                    "The captcha answer is wrong or expired; get a new captcha.");
        }
        String hash = hasher.hash(form.password());
        String outcome = Transactions.inTransaction(dataSource, connection -> {
            String result = create(connection, portal, login, name, form.birthDate(), permit, form.email().strip(), hash, now);
            SecurityAuditTrail.record(connection, now, "STUDENT_REGISTRATION", result, login, form.source(), portal.kind);
            return result;
        });
        switch (outcome) {
            case "STUDENT_NOT_FOUND" -> throw new DomainException(ErrorKind.INVALID_INPUT, "STUDENT_NOT_FOUND", "查無此學生資料。",
                    "No student with these details is in the agency's records.");
            case "ALREADY_REGISTERED" -> throw new DomainException(ErrorKind.CONFLICT, "ALREADY_REGISTERED",
                    "此學生已註冊帳號，請以該帳號登入或使用忘記密碼。",
                    "This student has an account already; sign in with it or reset its password.");
            case "ACCOUNT_TAKEN" -> throw new DomainException(ErrorKind.CONFLICT, "ACCOUNT_TAKEN", "此帳號已有人使用，請另選帳號。",
                    "This account name is taken; choose another.");
            default -> {
                // Registered: the activation mail is in the outbox.
            }
        }
        return login;
    }

    @Override
    public void activate(String token, String source) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = token == null ? "" : Tokens.sha256(token);
        boolean activated = Transactions.inTransaction(dataSource, connection -> {
            Long accountId = null;
            try (PreparedStatement query = connection.prepareStatement("select account_id from account_activation"
                    + " where token_hash = ? and used_at is null and expires_at > ? for update")) {
                query.setString(1, hash);
                query.setTimestamp(2, Timestamp.from(now));
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        accountId = row.getLong(1);
                    }
                }
            }
            if (accountId == null) {
                return false;
            }
            execute(connection, "update account set enabled = true where id = ?", accountId, null);
            execute(connection, "update account_activation set used_at = ? where token_hash = ?", now, hash);
            SecurityAuditTrail.record(connection, now, "ACCOUNT_ACTIVATION", "SUCCEEDED", null, source, "account " + accountId);
            return true;
        });
        if (!activated) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "ACTIVATION_LINK_INVALID", "此啟用連結已失效或已使用。",
                    "This activation link has expired or was used.");
        }
    }

    private String create(Connection connection, Portal portal, String login, String name, LocalDate birthDate, String permit,
            String email, String hash, Instant now) throws SQLException {
        long recordId;
        try (PreparedStatement query = connection.prepareStatement("select id, account_id from agency_student_record"
                + " where kind = ? and permit_number = ? and name = ? and birth_date = ? for update")) {
            query.setString(1, portal.kind);
            query.setString(2, permit);
            query.setString(3, name);
            query.setDate(4, Date.valueOf(birthDate));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return "STUDENT_NOT_FOUND";
                }
                if (row.getObject(2) != null) {
                    return "ALREADY_REGISTERED";
                }
                recordId = row.getLong(1);
            }
        }
        if (AccountStore.find(connection, login).isPresent()) {
            return "ACCOUNT_TAKEN";
        }
        AccountStore.create(connection, login, portal.role, name, null, hash, email, false, now);
        long accountId = AccountStore.find(connection, login).orElseThrow().caller().accountId();
        execute(connection, "update agency_student_record set account_id = ? where id = ?", accountId, recordId);
        String token = Tokens.newToken();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into account_activation (token_hash, account_id, expires_at) values (?, ?, ?)")) {
            insert.setString(1, Tokens.sha256(token));
            insert.setLong(2, accountId);
            insert.setTimestamp(3, Timestamp.from(now.plus(LINK_LIFE)));
            insert.executeUpdate();
        }
        outbox.enqueue(connection, MailTemplates.render(getClass(), "student-activation", email, Map.of("name", name, "account", login,
                "hours", String.valueOf(LINK_LIFE.toHours()), "portalZh", portal.nameZh, "portalEn", portal.nameEn,
                "link", publicUrl + "/activate?token=" + token)));
        return "REGISTERED";
    }

    private static void execute(Connection connection, String sql, Object first, Object second) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, first instanceof Instant instant ? Timestamp.from(instant) : first);
            if (second != null) {
                update.setObject(2, second);
            }
            update.executeUpdate();
        }
    }

    /** The two student portals. */
    private enum Portal {
        MAINLAND("MAINLAND", Role.STUDENT_MAINLAND, "陸生自行申請系統", "mainland student portal"),
        HK_MACAO("HK_MACAO", Role.STUDENT_HK_MACAO, "港澳生自行申請系統", "Hong Kong/Macao student portal");

        final String kind;
        final Role role;
        final String nameZh;
        final String nameEn;

        Portal(String kind, Role role, String nameZh, String nameEn) {
            this.kind = kind;
            this.role = role;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }

        static Portal of(String portal) {
            if ("mainland".equals(portal)) {
                return MAINLAND;
            }
            if ("hk-macao".equals(portal)) {
                return HK_MACAO;
            }
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "資料有誤，請修正標示的欄位。",
                    "The request has errors; correct the fields marked.",
                    List.of(new FieldProblem("portal", "UNKNOWN_PORTAL", "請選擇陸生或港澳生系統。",
                            "Choose the mainland or the Hong Kong/Macao portal.")));
        }
    }
}
