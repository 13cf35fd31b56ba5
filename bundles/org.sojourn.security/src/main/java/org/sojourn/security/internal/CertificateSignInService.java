package org.sojourn.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.security.api.CertificateAuthentication;
import org.sojourn.security.api.CertificateChallenge;
import org.sojourn.security.api.CertificateSignIn;
import org.sojourn.security.api.IssuedSession;
import org.sojourn.security.api.Role;
import org.sojourn.security.api.Session;

/**
 * Organisation-certificate sign-in (組織及團體憑證) for school main accounts. The trust anchors and
 * CRLs are read from their files at every sign-in, so a CRL replaced on disk counts at once.
 */
@Component(configurationPid = "org.sojourn.security") // its metatype is designated by SignInService
public final class CertificateSignInService implements CertificateAuthentication {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateSignInService.class);
    private static final Duration CHALLENGE_LIFE = Duration.ofMinutes(5);

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();
    private final boolean captchaRequired;
    private final Duration idle;
    private final String trustAnchors;
    private final String crls;

    /**
     * @param config     the security settings
     * @param dataSource Sojourn's migrated data source
     */
    @Activate
    public CertificateSignInService(SecurityConfig config,
            @Reference(target = "(osgi.jndi.service.name=sojourn)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.captchaRequired = config.captchaRequired();
        this.idle = Duration.ofMinutes(config.sessionIdleMinutes());
        this.trustAnchors = config.trustAnchors().strip();
        this.crls = config.crls();
        if (trustAnchors.isEmpty()) {
            LOG.info("Organisation-certificate sign-in is off: no trustAnchors in etc/org.sojourn.security.cfg");
        } else if (crls.isBlank()) {
            LOG.warn("Organisation certificates are checked without a CRL: set crls in etc/org.sojourn.security.cfg");
        }
    }

    @Override
    public CertificateChallenge newChallenge() {
        Instant now = now();
        CertificateChallenge challenge = new CertificateChallenge(UUID.randomUUID().toString(), Tokens.newToken(),
                now.plus(CHALLENGE_LIFE));
        return Transactions.inTransaction(dataSource, connection -> {
            try (PreparedStatement purge = connection.prepareStatement("delete from certificate_challenge where expires_at < ?")) {
                purge.setTimestamp(1, Timestamp.from(now));
                purge.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into certificate_challenge (id, challenge, expires_at) values (?, ?, ?)")) {
                insert.setString(1, challenge.id());
                insert.setString(2, challenge.challenge());
                insert.setTimestamp(3, Timestamp.from(challenge.expiresAt()));
                insert.executeUpdate();
            }
            return challenge;
        });
    }

    @Override
    public IssuedSession signIn(CertificateSignIn request) {
        String account = SignInService.normalizeLogin(request.account());
        Instant now = now();
        CertificateChecks.TrustConfiguration trust = trust();
        byte[] signature = CertificateChecks.base64(request.signature());
        // The captcha is used up in a transaction of its own: a wrong answer must burn it anyway.
        if (captchaRequired && !Transactions.inTransaction(dataSource,
                connection -> Captchas.consume(connection, now, request.captchaId(), request.captchaAnswer()))) {
            audit(now, "CAPTCHA_REJECTED", account, request.source());
            throw new DomainException(ErrorKind.INVALID_INPUT, "CAPTCHA_INVALID", "驗證碼錯誤或已過期，請重新取得驗證碼。",
                    "The captcha answer is wrong or expired; get a new captcha.");
        }
        Optional<String> challenge = Transactions.inTransaction(dataSource,
                connection -> consumeChallenge(connection, request.challengeId(), now));
        if (challenge.isEmpty()) {
            audit(now, "CHALLENGE_INVALID", account, request.source());
            throw new DomainException(ErrorKind.INVALID_INPUT, "CHALLENGE_INVALID", "挑戰值錯誤、已使用或已過期，請重新取得。",
                    "The challenge is unknown, used or expired; get a new one.");
        }
        String businessNumber;
        try {
            businessNumber = CertificateChecks.verify(signature, challenge.get().getBytes(StandardCharsets.UTF_8), trust, now);
        } catch (DomainException refused) {
            audit(now, refused.code(), account, request.source());
            throw refused;
        }
        if (!businessNumber.equals(account)) {
            audit(now, "CERTIFICATE_ACCOUNT_MISMATCH", account, request.source());
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "CERTIFICATE_ACCOUNT_MISMATCH",
                    "憑證的統一編號與帳號不符。", "The certificate's business number is not this account's.");
        }
        IssuedSession issued = Transactions.inTransaction(dataSource, connection -> {
            Optional<AccountStore.Account> found = AccountStore.find(connection, account)
                    .filter(a -> a.enabled() && a.caller().role() == Role.SCHOOL_MAIN);
            if (found.isEmpty()) {
                SecurityAuditTrail.record(connection, now, "CERTIFICATE_SIGN_IN", "NO_ACCOUNT", account, request.source(), null);
                return null;
            }
            AccountStore.signedIn(connection, found.get().caller().accountId(), now);
            String token = SessionStore.open(connection, found.get().caller().accountId(), now);
            SecurityAuditTrail.record(connection, now, "CERTIFICATE_SIGN_IN", "SUCCEEDED", account, request.source(), null);
            return new IssuedSession(token, new Session(found.get().caller(), now.plus(idle)));
        });
        if (issued == null) {
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "SIGN_IN_FAILED", "查無此學校帳號，或帳號已停用。",
                    "No enabled school account has this business number.");
        }
        return issued;
    }

    private static Optional<String> consumeChallenge(java.sql.Connection connection, String id, Instant now)
            throws java.sql.SQLException {
        if (id == null) {
            return Optional.empty();
        }
        String challenge = null;
        try (PreparedStatement query = connection.prepareStatement(
                "select challenge from certificate_challenge where id = ? and expires_at >= ? for update")) {
            query.setString(1, id);
            query.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    challenge = row.getString(1);
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from certificate_challenge where id = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
        return Optional.ofNullable(challenge);
    }

    private CertificateChecks.TrustConfiguration trust() {
        if (trustAnchors.isEmpty()) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "CERTIFICATE_SIGN_IN_UNAVAILABLE", "憑證登入尚未啟用。",
                    "Certificate sign-in is not set up.");
        }
        try {
            return CertificateChecks.TrustConfiguration.load(trustAnchors, crls);
        } catch (IOException | GeneralSecurityException e) {
            LOG.error("Cannot read the trust anchors or CRLs (trustAnchors/crls in etc/org.sojourn.security.cfg): {}",
                    e.getMessage());
            throw new DomainException(ErrorKind.UNAVAILABLE, "CERTIFICATE_SIGN_IN_UNAVAILABLE", "憑證登入暫時無法使用。",
                    "Certificate sign-in is unavailable right now.");
        }
    }

    private void audit(Instant now, String outcome, String account, String source) {
        Transactions.inTransaction(dataSource, connection -> {
            SecurityAuditTrail.record(connection, now, "CERTIFICATE_SIGN_IN", outcome, account, source, null);
            return null;
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
