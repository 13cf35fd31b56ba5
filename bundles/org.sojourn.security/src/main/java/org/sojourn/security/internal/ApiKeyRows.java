package org.sojourn.security.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.security.api.ApiKey;
import org.sojourn.security.api.ApiScope;
import org.sojourn.security.api.IssuedApiKey;

/**
 * The rows of table {@code api_key} for one owning account, whoever manages them (a school's main
 * account its own keys, an administrator a payment partner's), within the caller's transaction.
 */
final class ApiKeyRows {

    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int MAX_ACTIVE_KEYS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "select public_id, name, scopes, created_at, last_used_at, revoked_at from api_key";

    private ApiKeyRows() {
    }

    /**
     * @param connection the transaction
     * @param accountId  the owning account
     * @param actor      who issues it, for the audit trail
     * @param name       what the key is for
     * @param scopes     what it may do
     * @param source     the caller's network address
     * @param now        the time
     * @return the key with its secret
     * @throws SQLException when the database fails
     */
    static IssuedApiKey issue(Connection connection, long accountId, String actor, String name, Set<ApiScope> scopes, String source,
            Instant now) throws SQLException {
        List<FieldProblem> problems = new ArrayList<>();
        Fields.required(problems, "name", name, 60, "金鑰名稱", "key's name");
        if (scopes == null || scopes.isEmpty() || scopes.stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldProblem("scopes", "REQUIRED", "請至少選擇一項權限範圍。", "Choose at least one scope."));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "資料有誤，請修正標示的欄位。",
                    "The request has errors; correct the fields marked.", problems);
        }
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from api_key where account_id = ? and revoked_at is null")) {
            count.setLong(1, accountId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                if (row.getInt(1) >= MAX_ACTIVE_KEYS) {
                    throw new DomainException(ErrorKind.CONFLICT, "TOO_MANY_API_KEYS", "有效的 API 金鑰最多 " + MAX_ACTIVE_KEYS
                            + " 把，請先撤銷不用的金鑰。", "At most " + MAX_ACTIVE_KEYS + " API keys work at once; revoke one first.");
                }
            }
        }
        String id = newId();
        String secret = Tokens.newToken();
        ApiKey key = new ApiKey(id, Fields.clean(name), Set.copyOf(scopes), now, null, null);
        try (PreparedStatement insert = connection.prepareStatement("insert into api_key (public_id, secret_hash, account_id,"
                + " name, scopes, created_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, Tokens.sha256(secret));
            insert.setLong(3, accountId);
            insert.setString(4, key.name());
            insert.setString(5, scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            insert.setTimestamp(6, Timestamp.from(now));
            insert.executeUpdate();
        }
        SecurityAuditTrail.record(connection, now, "API_KEY_ISSUE", "SUCCEEDED", actor, source, "key " + id);
        return new IssuedApiKey(key, "sjk_" + id + "_" + secret);
    }

    /**
     * @param connection the transaction
     * @param accountId  the owning account
     * @return its keys, newest first
     * @throws SQLException when the database fails
     */
    static List<ApiKey> list(Connection connection, long accountId) throws SQLException {
        List<ApiKey> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(COLUMNS + " where account_id = ? order by created_at desc, public_id")) {
            query.setLong(1, accountId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    keys.add(key(row));
                }
            }
        }
        return keys;
    }

    /**
     * @param connection the transaction
     * @param accountId  the owning account
     * @param keyId      the key
     * @param actor      who revokes it, for the audit trail
     * @param source     the caller's network address
     * @param now        the time
     * @return the key, revoked
     * @throws SQLException when the database fails
     */
    static ApiKey revoke(Connection connection, long accountId, String keyId, String actor, String source, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update api_key set revoked_at = ? where public_id = ?"
                + " and account_id = ? and revoked_at is null")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, keyId);
            update.setLong(3, accountId);
            if (update.executeUpdate() == 1) {
                SecurityAuditTrail.record(connection, now, "API_KEY_REVOKE", "SUCCEEDED", actor, source, "key " + keyId);
            }
        }
        try (PreparedStatement query = connection.prepareStatement(COLUMNS + " where public_id = ? and account_id = ?")) {
            query.setString(1, keyId);
            query.setLong(2, accountId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new DomainException(ErrorKind.NOT_FOUND, "API_KEY_NOT_FOUND", "查無此 API 金鑰。", "No such API key.");
                }
                return key(row);
            }
        }
    }

    /**
     * @param stored the scopes as stored, comma-separated
     * @return the scopes
     */
    static Set<ApiScope> scopes(String stored) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(stored.split(",")).filter(name -> !name.isEmpty()).map(ApiScope::valueOf).forEach(scopes::add);
        return scopes;
    }

    private static ApiKey key(ResultSet row) throws SQLException {
        return new ApiKey(row.getString(1), row.getString(2), scopes(row.getString(3)), row.getTimestamp(4).toInstant(),
                instant(row.getTimestamp(5)), instant(row.getTimestamp(6)));
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
}
