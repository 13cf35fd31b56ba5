package org.sojourn.security.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.security.api.ApiKey;
import org.sojourn.security.api.ApiKeyUse;
import org.sojourn.security.api.ApiKeys;
import org.sojourn.security.api.ApiScope;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.IssuedApiKey;
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
    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int MAX_ACTIVE_KEYS = 10;
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

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
        List<FieldProblem> problems = new ArrayList<>();
        Fields.required(problems, "name", name, 60, "金鑰名稱", "key's name");
        if (scopes == null || scopes.isEmpty() || scopes.contains(null)) {
            problems.add(new FieldProblem("scopes", "REQUIRED", "請至少選擇一項權限範圍。", "Choose at least one scope."));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "資料有誤，請修正標示的欄位。",
                    "The request has errors; correct the fields marked.", problems);
        }
        String id = newId();
        String secret = Tokens.newToken();
        Instant now = now();
        ApiKey key = new ApiKey(id, Fields.clean(name), Set.copyOf(scopes), now, null, null);
        Transactions.inTransaction(dataSource, connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(*) from api_key where account_id = ? and revoked_at is null")) {
                count.setLong(1, owner.accountId());
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    if (row.getInt(1) >= MAX_ACTIVE_KEYS) {
                        throw new DomainException(ErrorKind.CONFLICT, "TOO_MANY_API_KEYS", "有效的 API 金鑰最多 " + MAX_ACTIVE_KEYS
                                + " 把，請先撤銷不用的金鑰。", "At most " + MAX_ACTIVE_KEYS + " API keys work at once; revoke one first.");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into api_key (public_id, secret_hash, account_id,"
                    + " name, scopes, created_at) values (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, Tokens.sha256(secret));
                insert.setLong(3, owner.accountId());
                insert.setString(4, key.name());
                insert.setString(5, scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
                insert.setTimestamp(6, Timestamp.from(now));
                insert.executeUpdate();
            }
            SecurityAuditTrail.record(connection, now, "API_KEY_ISSUE", "SUCCEEDED", owner.login(), source, "key " + id);
            return null;
        });
        return new IssuedApiKey(key, "sjk_" + id + "_" + secret);
    }

    @Override
    public List<ApiKey> list(Caller owner) {
        requireMain(owner);
        return Transactions.inTransaction(dataSource, connection -> {
            List<ApiKey> keys = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("select public_id, name, scopes, created_at, last_used_at,"
                    + " revoked_at from api_key where account_id = ? order by created_at desc, public_id")) {
                query.setLong(1, owner.accountId());
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        keys.add(key(row));
                    }
                }
            }
            return keys;
        });
    }

    @Override
    public ApiKey revoke(Caller owner, String keyId, String source) {
        requireMain(owner);
        Instant now = now();
        return Transactions.inTransaction(dataSource, connection -> {
            try (PreparedStatement update = connection.prepareStatement("update api_key set revoked_at = ? where public_id = ?"
                    + " and account_id = ? and revoked_at is null")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, keyId);
                update.setLong(3, owner.accountId());
                if (update.executeUpdate() == 1) {
                    SecurityAuditTrail.record(connection, now, "API_KEY_REVOKE", "SUCCEEDED", owner.login(), source, "key " + keyId);
                }
            }
            try (PreparedStatement query = connection.prepareStatement("select public_id, name, scopes, created_at, last_used_at,"
                    + " revoked_at from api_key where public_id = ? and account_id = ?")) {
                query.setString(1, keyId);
                query.setLong(2, owner.accountId());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw new DomainException(ErrorKind.NOT_FOUND, "API_KEY_NOT_FOUND", "查無此 API 金鑰。", "No such API key.");
                    }
                    return key(row);
                }
            }
        });
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
                    return Optional.of(new ApiKeyUse(caller, id, scopes(row.getString(2))));
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

    private static ApiKey key(ResultSet row) throws SQLException {
        return new ApiKey(row.getString(1), row.getString(2), scopes(row.getString(3)), row.getTimestamp(4).toInstant(),
                instant(row.getTimestamp(5)), instant(row.getTimestamp(6)));
    }

    private static Set<ApiScope> scopes(String stored) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(stored.split(",")).filter(name -> !name.isEmpty()).map(ApiScope::valueOf).forEach(scopes::add);
        return scopes;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String newId() {
        StringBuilder id = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
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
