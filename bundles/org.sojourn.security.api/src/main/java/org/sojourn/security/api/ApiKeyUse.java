package org.sojourn.security.api;

import java.util.Set;

/**
 * A request made with a valid API key: it acts as the key's owner, within the key's scopes.
 *
 * @param caller the owner account
 * @param keyId  the key's public id
 * @param scopes what the key may do
 */
public record ApiKeyUse(Caller caller, String keyId, Set<ApiScope> scopes) {
}
