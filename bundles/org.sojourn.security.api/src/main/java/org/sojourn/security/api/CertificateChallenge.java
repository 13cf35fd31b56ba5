package org.sojourn.security.api;

import java.time.Instant;

/**
 * What a school signs with its organisation certificate (組織及團體憑證) to sign in: single use,
 * expiring.
 *
 * @param id        send it back with the signature
 * @param challenge the text to sign, as UTF-8 bytes, into a CMS (PKCS#7) SignedData with the content
 *                  encapsulated
 * @param expiresAt when it can no longer be used
 */
public record CertificateChallenge(String id, String challenge, Instant expiresAt) {
}
