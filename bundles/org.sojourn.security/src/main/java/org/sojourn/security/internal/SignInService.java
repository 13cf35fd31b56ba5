package org.sojourn.security.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.security.api.Authentication;
import org.sojourn.security.api.Captcha;
import org.sojourn.security.api.IssuedSession;
import org.sojourn.security.api.Role;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Session;
import org.sojourn.security.api.StudentEntry;
import org.sojourn.security.api.SignIn;

/**
 * Sign-in with account, password and captcha; server-side sessions with an idle timeout. Every
 * outcome is written to the security audit trail in the same transaction as its effect.
 */
@Component(configurationPid = "org.sojourn.security")
@Designate(ocd = SecurityConfig.class)
public final class SignInService implements Authentication {

    private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);
    private static final int MAX_LOGIN_LENGTH = 40;
    private static final int MAX_PASSWORD_LENGTH = 128;

    private final DataSource dataSource;
    private final PasswordHasher hasher = new PasswordHasher();
    /** Verified against when the account does not exist, so both cases take the same time. */
    private final String decoyHash = hasher.hash(Tokens.newToken());
    private final Clock clock = Clock.systemUTC();
    private final boolean captchaRequired;
    private final Duration idle;
    private final int maxFailures;
    private final Duration lock;
    private final Duration captchaLife;

    /**
     * @param config     sign-in and session settings
     * @param dataSource Sojourn's migrated data source
     */
    @Activate
    public SignInService(SecurityConfig config,
            @Reference(target = "(osgi.jndi.service.name=sojourn)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.captchaRequired = config.captchaRequired();
        this.idle = Duration.ofMinutes(within("sessionIdleMinutes", config.sessionIdleMinutes(), 1, 720));
        this.maxFailures = within("maxFailures", config.maxFailures(), 1, 100);
        this.lock = Duration.ofMinutes(within("lockMinutes", config.lockMinutes(), 1, 1440));
        this.captchaLife = Duration.ofMinutes(within("captchaMinutes", config.captchaMinutes(), 1, 60));
        if (!captchaRequired) {
            LOG.warn("Captcha at sign-in is OFF (org.sojourn.security captchaRequired=false): for automated tests only");
        }
    }

    @Override
    public Captcha newCaptcha() {
        Instant now = now();
        return Transactions.inTransaction(dataSource, connection -> Captchas.issue(connection, now, now.plus(captchaLife)));
    }

    @Override
    public IssuedSession signIn(SignIn request) {
        String login = normalizeLogin(request.login());
        String password = request.password() == null ? "" : request.password();
        Instant now = now();
        if (login.isEmpty() || login.length() > MAX_LOGIN_LENGTH || password.isEmpty()
                || password.length() > MAX_PASSWORD_LENGTH) {
            Transactions.inTransaction(dataSource, connection -> {
                SecurityAuditTrail.record(connection, now, "SIGN_IN", "MALFORMED", login, request.source(), null);
                return null;
            });
            throw failed();
        }
        if (captchaRequired) {
            boolean solved = Transactions.inTransaction(dataSource, connection -> {
                boolean right = Captchas.consume(connection, now, request.captchaId(), request.captchaAnswer());
                if (!right) {
                    SecurityAuditTrail.record(connection, now, "SIGN_IN", "CAPTCHA_REJECTED", login, request.source(), null);
                }
                return right;
            });
            if (!solved) {
                throw new DomainException(ErrorKind.INVALID_INPUT, "CAPTCHA_INVALID", "驗證碼錯誤或已過期，請重新取得驗證碼。",
                        "The captcha answer is wrong or expired; get a new captcha.");
            }
        }
        Outcome outcome = Transactions.inTransaction(dataSource, connection -> {
            Optional<Instant> locked = SignInThrottle.lockedUntil(connection, login, now);
            if (locked.isPresent()) {
                SecurityAuditTrail.record(connection, now, "SIGN_IN", "LOCKED", login, request.source(), null);
                return Outcome.locked(locked.get());
            }
            Optional<AccountStore.Account> account = AccountStore.find(connection, login);
            boolean matches = hasher.verify(password, account.map(AccountStore.Account::passwordHash).orElse(decoyHash));
            if (account.isEmpty() || !matches || !account.get().enabled()
                    || !onItsPortal(account.get().caller().role(), request.portal())) {
                boolean nowLocked = SignInThrottle.fail(connection, login, now, maxFailures, now.plus(lock));
                SecurityAuditTrail.record(connection, now, "SIGN_IN", nowLocked ? "FAILED_AND_LOCKED" : "FAILED", login,
                        request.source(), null);
                return nowLocked ? Outcome.locked(now.plus(lock)) : Outcome.failed();
            }
            SignInThrottle.clear(connection, login);
            AccountStore.signedIn(connection, account.get().caller().accountId(), now);
            String token = SessionStore.open(connection, account.get().caller().accountId(), now);
            SecurityAuditTrail.record(connection, now, "SIGN_IN", "SUCCEEDED", login, request.source(),
                    account.get().caller().role().name());
            return Outcome.signedIn(new IssuedSession(token, new Session(account.get().caller(), now.plus(idle))));
        });
        if (outcome.lockedUntil() != null) {
            throw new DomainException(ErrorKind.TOO_MANY_ATTEMPTS, "SIGN_IN_LOCKED",
                    "登入失敗次數過多，請於 " + lock.toMinutes() + " 分鐘後再試。",
                    "Too many failed sign-ins; try again in " + lock.toMinutes() + " minutes.");
        }
        if (outcome.session() == null) {
            throw failed();
        }
        return outcome.session();
    }

    @Override
    public Optional<Session> check(String token, String source) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = now();
        return Transactions.inTransaction(dataSource, connection -> SessionStore.check(connection, token, now, idle));
    }

    @Override
    public void changePassword(String token, String currentPassword, String newPassword, String source) {
        Instant now = now();
        String current = currentPassword == null ? "" : currentPassword;
        // Refusals are committed too: their audit row must stay.
        List<FieldProblem> refused = Transactions.inTransaction(dataSource, connection -> {
            Session session = SessionStore.check(connection, token, now, idle).orElseThrow(SignInService::expired);
            String login = session.caller().login();
            AccountStore.Account account = AccountStore.find(connection, login).orElseThrow(SignInService::expired);
            List<FieldProblem> problems = new ArrayList<>();
            if (current.length() > MAX_PASSWORD_LENGTH || !hasher.verify(current, account.passwordHash())) {
                problems.add(new FieldProblem("currentPassword", "WRONG_PASSWORD", "目前密碼錯誤。",
                        "The current password is wrong."));
            }
            problems.addAll(PasswordPolicy.problems("newPassword", login, newPassword));
            if (problems.isEmpty() && current.equals(newPassword)) {
                problems.add(new FieldProblem("newPassword", "PASSWORD_UNCHANGED", "新密碼不得與目前密碼相同。",
                        "The new password must differ from the current one."));
            }
            if (!problems.isEmpty()) {
                SecurityAuditTrail.record(connection, now, "PASSWORD_CHANGE", "REFUSED", login, source,
                        problems.stream().map(FieldProblem::code).collect(Collectors.joining(",")));
                return problems;
            }
            AccountStore.changePassword(connection, account.caller().accountId(), hasher.hash(newPassword), now);
            int ended = SessionStore.closeAll(connection, account.caller().accountId());
            SecurityAuditTrail.record(connection, now, "PASSWORD_CHANGE", "SUCCEEDED", login, source,
                    "sessions ended: " + ended);
            return List.<FieldProblem>of();
        });
        if (!refused.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "資料有誤，請修正標示的欄位。",
                    "The request has errors; correct the fields marked.", refused);
        }
    }

    @Override
    public void signOut(String token, String source) {
        Instant now = now();
        Transactions.inTransaction(dataSource, connection -> {
            Optional<Session> session = SessionStore.check(connection, token, now, idle);
            if (SessionStore.close(connection, token)) {
                SecurityAuditTrail.record(connection, now, "SIGN_OUT", "SUCCEEDED",
                        session.map(s -> s.caller().login()).orElse(null), source, null);
            }
            return null;
        });
    }

    @Override
    public IssuedSession enter(StudentEntry entry) {
        Instant now = now();
        String passport = Normalizer.normalize(entry.passportNumber() == null ? "" : entry.passportNumber(), Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        String nameKey = Normalizer.normalize(entry.englishName() == null ? "" : entry.englishName(), Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT).replaceAll("\\s", "");
        // Misses count per passport number, as failed sign-ins per login: birth dates cannot be tried one
        // by one. The throttle and the audit trail keep a digest, not the passport number itself.
        String throttled = "entry:" + Tokens.sha256(passport).substring(0, MAX_LOGIN_LENGTH - "entry:".length());
        if (captchaRequired) {
            boolean solved = Transactions.inTransaction(dataSource, connection -> {
                boolean right = Captchas.consume(connection, now, entry.captchaId(), entry.captchaAnswer());
                if (!right) {
                    SecurityAuditTrail.record(connection, now, "STUDENT_ENTRY", "CAPTCHA_REJECTED", throttled, entry.source(), null);
                }
                return right;
            });
            if (!solved) {
                throw new DomainException(ErrorKind.INVALID_INPUT, "CAPTCHA_INVALID", "驗證碼錯誤或已過期，請重新取得驗證碼。",
                        "The captcha answer is wrong or expired; get a new captcha.");
            }
        }
        Outcome outcome = Transactions.inTransaction(dataSource, connection -> {
            Optional<Instant> locked = SignInThrottle.lockedUntil(connection, throttled, now);
            if (locked.isPresent()) {
                SecurityAuditTrail.record(connection, now, "STUDENT_ENTRY", "LOCKED", throttled, entry.source(), null);
                return Outcome.locked(locked.get());
            }
            Optional<Caller> matched = entry.birthDate() == null || passport.isEmpty() ? Optional.empty()
                    : RosterEntries.match(connection, entry.academicYear(), passport, nameKey, entry.birthDate(), now);
            if (matched.isEmpty()) {
                boolean nowLocked = SignInThrottle.fail(connection, throttled, now, maxFailures, now.plus(lock));
                SecurityAuditTrail.record(connection, now, "STUDENT_ENTRY", nowLocked ? "NOT_ON_LIST_AND_LOCKED" : "NOT_ON_LIST",
                        throttled, entry.source(), null);
                return nowLocked ? Outcome.locked(now.plus(lock)) : Outcome.failed();
            }
            SignInThrottle.clear(connection, throttled);
            AccountStore.signedIn(connection, matched.get().accountId(), now);
            String token = SessionStore.open(connection, matched.get().accountId(), now);
            SecurityAuditTrail.record(connection, now, "STUDENT_ENTRY", "SUCCEEDED", matched.get().login(), entry.source(), null);
            return Outcome.signedIn(new IssuedSession(token, new Session(matched.get(), now.plus(idle))));
        });
        if (outcome.lockedUntil() != null) {
            throw new DomainException(ErrorKind.TOO_MANY_ATTEMPTS, "SIGN_IN_LOCKED",
                    "比對失敗次數過多，請於 " + lock.toMinutes() + " 分鐘後再試。",
                    "Too many entries that did not match; try again in " + lock.toMinutes() + " minutes.");
        }
        if (outcome.session() == null) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "STUDENT_NOT_ON_LIST",
                    "查無此學生資料：學校須先匯入錄取/註冊資料，請確認學年度、護照號碼、英文姓名及出生日期，或洽詢學校。",
                    "You are not on a school's list: the school must import its admission or registration list first;"
                            + " check the academic year, passport number, English name and date of birth, or ask your school.");
        }
        return outcome.session();
    }

    /**
     * Students sign in only on their own portal (a mainland account not on the Hong Kong/Macao one,
     * nor the other way round); others on theirs, or without naming one.
     */
    static boolean onItsPortal(Role role, String portal) {
        return switch (role) {
            case STUDENT_MAINLAND -> "mainland".equals(portal);
            case STUDENT_HK_MACAO -> "hk-macao".equals(portal);
            case STUDENT_INDIVIDUAL, PAYMENT_PARTNER -> false; // no password: entries or API keys only
            case SCHOOL_MAIN, SCHOOL_SUB -> portal == null || portal.isBlank() || "school".equals(portal);
            case OFFICER_FIRST_REVIEW, OFFICER_SECOND_REVIEW, OFFICER_CARD_DESK, ADMINISTRATOR ->
                portal == null || portal.isBlank() || "agency".equals(portal);
        };
    }

    /**
     * @param raw the login as typed
     * @return NFKC-normalised, stripped and lower-cased, as logins are stored
     */
    static String normalizeLogin(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static DomainException expired() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, "SESSION_EXPIRED", "登入逾時或已登出，請重新登入。",
                "Your session has ended; sign in again.");
    }

    private static DomainException failed() {
        // The same answer for an unknown account, a wrong password and a disabled account.
        return new DomainException(ErrorKind.UNAUTHENTICATED, "SIGN_IN_FAILED", "帳號或密碼錯誤。",
                "The account or password is wrong.");
    }

    private static int within(String name, int value, int least, int most) {
        if (value < least || value > most) {
            throw new IllegalArgumentException("org.sojourn.security " + name + " must be " + least + "-" + most + ": " + value);
        }
        return value;
    }

    /** What a sign-in attempt came to inside its transaction. */
    private record Outcome(IssuedSession session, Instant lockedUntil) {
        static Outcome signedIn(IssuedSession session) {
            return new Outcome(session, null);
        }

        static Outcome failed() {
            return new Outcome(null, null);
        }

        static Outcome locked(Instant until) {
            return new Outcome(null, until);
        }
    }
}
