package org.sojourn.security.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * API keys for machine clients (a school's own student system): issued by a school's main account,
 * kept only as hashes, scoped, revocable, and every issue, revocation, refusal and use is audited.
 */
@ProviderType
public interface ApiKeys {

    /**
     * @param owner  the school's main account
     * @param name   what the key is for, 1-60 characters
     * @param scopes what it may do, at least one
     * @param source the caller's network address
     * @return the key with its secret, shown this once
     * @throws org.sojourn.cases.api.DomainException {@code INVALID_INPUT} with the fields at fault, or
     *                                               {@code TOO_MANY_API_KEYS}
     */
    IssuedApiKey issue(Caller owner, String name, Set<ApiScope> scopes, String source);

    /**
     * @param owner the school's main account
     * @return its keys, newest first, revoked ones included
     */
    List<ApiKey> list(Caller owner);

    /**
     * Revokes a key at once; requests with it are refused from then on.
     *
     * @param owner  the school's main account
     * @param keyId  the key's public id
     * @param source the caller's network address
     * @return the key, revoked
     * @throws org.sojourn.cases.api.DomainException {@code API_KEY_NOT_FOUND} for a key the owner does not have
     */
    ApiKey revoke(Caller owner, String keyId, String source);

    /**
     * @param key    the key as the client sent it
     * @param source the client's network address
     * @return the use, or empty when the key is unknown, revoked, malformed or its account disabled
     */
    Optional<ApiKeyUse> check(String key, String source);
}
