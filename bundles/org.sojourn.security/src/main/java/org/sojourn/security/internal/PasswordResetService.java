package org.sojourn.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.notify.api.MailOutbox;
import org.sojourn.notify.api.MailTemplates;
import org.sojourn.security.api.PasswordResets;

/**
 * Password reset by a one-time link: the token is mailed (through the outbox, in the same
 * transaction as the token itself), only its SHA-256 is stored, it works once and expires.
 */
@Component(configurationPid = "org.sojourn.security") // its metatype is designated by SignInService
public final class PasswordResetService implements PasswordResets {

    private final DataSource dataSource;
    private final MailOutbox outbox;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock = Clock.systemUTC();
    private final boolean captchaRequired;
    private final Duration linkLife;
    private final String publicUrl;

    /**
     * @param config     the security settings
     * @param dataSource Sojourn's migrated data source
     * @param outbox     the mail outbox
     */
    @Activate
    public PasswordResetService(SecurityConfig config,
            @Reference(target = "(osgi.jndi.service.name=sojourn)") DataSource dataSource, @Reference MailOutbox outbox) {
        if (config.resetLinkMinutes() < 5 || config.resetLinkMinutes() > 1440) {
            throw new IllegalArgumentException("org.sojourn.security resetLinkMinutes must be 5-1440");
        }
        if (!config.publicUrl().startsWith("http://") && !config.publicUrl().startsWith("https://")) {
            throw new IllegalArgumentException("org.sojourn.security publicUrl must be an http(s) address: " + config.publicUrl());
        }
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.captchaRequired = config.captchaRequired();
        this.linkLife = Duration.ofMinutes(config.resetLinkMinutes());
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    @Override
    public void request(String login, String captchaId, String captchaAnswer, String source) {
        String account = SignInService.normalizeLogin(login);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (captchaRequired && !Transactions.inTransaction(dataSource,
                connection -> Captchas.consume(connection, now, captchaId, captchaAnswer))) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "CAPTCHA_INVALID", "驗證碼錯誤或已過期，請重新取得驗證碼。",
                    "The captcha answer is wrong or expired; get a new captcha.");
        }
        Transactions.inTransaction(dataSource, connection -> {
            String outcome = mailLink(connection, account, now);
            SecurityAuditTrail.record(connection, now, "PASSWORD_RESET_REQUEST", outcome, account, source, null);
            return null;
        });
    }

    @Override
    public void reset(String token, String password, String confirmation, String source) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = token == null ? "" : Tokens.sha256(token);
        List<FieldProblem> refused = Transactions.inTransaction(dataSource, connection -> {
            long accountId = liveToken(connection, hash, now);
            String login = loginOf(connection, accountId);
            List<FieldProblem> problems = new ArrayList<>(PasswordPolicy.problems("password", login, password));
            if (!Objects.equals(password, confirmation)) {
                problems.add(new FieldProblem("passwordConfirmation", "PASSWORDS_DIFFER", "兩次輸入的密碼不同。",
                        "The two passwords differ."));
            }
            if (!problems.isEmpty()) {
                return problems;
            }
            AccountStore.changePassword(connection, accountId, hasher.hash(password), now);
            int ended = SessionStore.closeAll(connection, accountId);
            SignInThrottle.clear(connection, login);
            try (PreparedStatement used = connection.prepareStatement("update password_reset set used_at = ? where token_hash = ?")) {
                used.setTimestamp(1, Timestamp.from(now));
                used.setString(2, hash);
                used.executeUpdate();
            }
            SecurityAuditTrail.record(connection, now, "PASSWORD_RESET", "SUCCEEDED", login, source, "sessions ended: " + ended);
            return List.<FieldProblem>of();
        });
        if (!refused.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "資料有誤，請修正標示的欄位。",
                    "The request has errors; correct the fields marked.", refused);
        }
    }

    /** @return the audit outcome: whether a link went into the outbox, and if not, why */
    private String mailLink(Connection connection, String login, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select id, display_name, email, enabled from account where login = ?")) {
            query.setString(1, login);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return "NO_ACCOUNT";
                }
                if (!row.getBoolean(4)) {
                    return "DISABLED";
                }
                String email = row.getString(3);
                if (email == null || email.isBlank()) {
                    return "NO_EMAIL";
                }
                String token = Tokens.newToken();
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into password_reset (token_hash, account_id, expires_at) values (?, ?, ?)")) {
                    insert.setString(1, Tokens.sha256(token));
                    insert.setLong(2, row.getLong(1));
                    insert.setTimestamp(3, Timestamp.from(now.plus(linkLife)));
                    insert.executeUpdate();
                }
                outbox.enqueue(connection, MailTemplates.render(getClass(), "password-reset", email, Map.of("name", row.getString(2),
                        "account", login, "minutes", String.valueOf(linkLife.toMinutes()),
                        "link", publicUrl + "/reset-password?token=" + token)));
                return "MAILED";
            }
        }
    }

    private static long liveToken(Connection connection, String hash, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select account_id from password_reset"
                + " where token_hash = ? and used_at is null and expires_at > ? for update")) {
            query.setString(1, hash);
            query.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        throw new DomainException(ErrorKind.INVALID_INPUT, "RESET_LINK_INVALID", "此重設密碼連結已失效或已使用，請重新申請。",
                "This reset link has expired or was used; ask for a new one.");
    }

    private static String loginOf(Connection connection, long accountId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select login from account where id = ?")) {
            query.setLong(1, accountId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
