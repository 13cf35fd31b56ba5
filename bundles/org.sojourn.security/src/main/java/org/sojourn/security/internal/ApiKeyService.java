package org.sojourn.security.internal;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.security.api.ApiKey;
import org.sojourn.security.api.ApiKeyUse;
import org.sojourn.security.api.ApiKeys;
import org.sojourn.security.api.ApiScope;
import org.sojourn.security.api.IssuedApiKey;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Role;

/**
 * API keys in table {@code api_key}. A key reads {@code sjk_<id>_<secret>}: the id finds the row, and
 * only the SHA-256 of the secret is kept, compared in constant time. A use is recorded (last use and
 * an audit line) at most once a minute per key, so that a busy school system does not turn every
 * read into a write; refusals are always audited.
 */
@Component
public final class ApiKeyService implements ApiKeys {

    private static final Pattern KEY = Pattern.compile("sjk_([a-z0-9]{16})_([A-Za-z0-9_-]{43})");
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();

    /** @param dataSource Sojourn's migrated data source */
    @Activate
    public ApiKeyService(@Reference(target = "(osgi.jndi.service.name=sojourn)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public IssuedApiKey issue(Caller owner, String name, Set<ApiScope> scopes, String source) {
        requireMain(owner);
        return Transactions.inTransaction(dataSource,
                connection -> ApiKeyRows.issue(connection, owner.accountId(), owner.login(), name, scopes, source, now()));
    }

    @Override
    public List<ApiKey> list(Caller owner) {
        requireMain(owner);
        return Transactions.inTransaction(dataSource, connection -> ApiKeyRows.list(connection, owner.accountId()));
    }

    @Override
    public ApiKey revoke(Caller owner, String keyId, String source) {
        requireMain(owner);
        return Transactions.inTransaction(dataSource,
                connection -> ApiKeyRows.revoke(connection, owner.accountId(), keyId, owner.login(), source, now()));
    }

    @Override
    public Optional<ApiKeyUse> check(String key, String source) {
        Matcher parts = KEY.matcher(key == null ? "" : key.strip());
        Instant now = now();
        return Transactions.inTransaction(dataSource, connection -> {
            if (!parts.matches()) {
                SecurityAuditTrail.record(connection, now, "API_KEY_USE", "MALFORMED", null, source, null);
                return Optional.empty();
            }
            String id = parts.group(1);
            try (PreparedStatement query = connection.prepareStatement("select k.secret_hash, k.scopes, k.revoked_at,"
                    + " k.last_used_at, a.id, a.login, a.role, a.display_name, a.school_number, a.enabled"
                    + " from api_key k join account a on a.id = k.account_id where k.public_id = ?")) {
                query.setString(1, id);
                try (ResultSet row = query.executeQuery()) {
                    String refusal = !row.next() ? "UNKNOWN"
                            : !MessageDigest.isEqual(row.getString(1).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                                    Tokens.sha256(parts.group(2)).getBytes(java.nio.charset.StandardCharsets.US_ASCII)) ? "WRONG_SECRET"
                            : row.getTimestamp(3) != null ? "REVOKED"
                            : !row.getBoolean(10) ? "ACCOUNT_DISABLED"
                            : null;
                    if (refusal != null) {
                        SecurityAuditTrail.record(connection, now, "API_KEY_USE", refusal, null, source, "key " + id);
                        return Optional.empty();
                    }
                    Caller caller = new Caller(row.getLong(5), row.getString(6), Role.valueOf(row.getString(7)), row.getString(8),
                            row.getString(9));
                    Timestamp lastUsed = row.getTimestamp(4);
                    if (lastUsed == null || lastUsed.toInstant().plus(USE_RECORDED_EVERY).isBefore(now)) {
                        recordUse(connection, id, caller, source, now);
                    }
                    return Optional.of(new ApiKeyUse(caller, id, ApiKeyRows.scopes(row.getString(2))));
                }
            }
        });
    }

    private static void recordUse(Connection connection, String id, Caller caller, String source, Instant now) throws SQLException {
        try (PreparedStatement touch = connection.prepareStatement("update api_key set last_used_at = ? where public_id = ?")) {
            touch.setTimestamp(1, Timestamp.from(now));
            touch.setString(2, id);
            touch.executeUpdate();
        }
        SecurityAuditTrail.record(connection, now, "API_KEY_USE", "SUCCEEDED", caller.login(), source, "key " + id);
    }

    /** Keys act for a whole school, so only its main account issues and revokes them. */
    private static void requireMain(Caller caller) {
        if (caller.role() != Role.SCHOOL_MAIN) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有執行此操作的權限。", "You may not do this.");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
