package org.sojourn.security.api;

import java.time.Instant;
import java.util.Set;

/**
 * An API key as its owner lists it; the secret is never shown again after it was issued.
 *
 * @param id         the key's public id, also the part of the key after {@code sjk_}
 * @param name       what the owner called it (e.g. the school system's name)
 * @param scopes     what it may do
 * @param createdAt  when it was issued
 * @param lastUsedAt when it was last accepted (to the minute), or null
 * @param revokedAt  when it was revoked, or null while it works
 */
public record ApiKey(String id, String name, Set<ApiScope> scopes, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
