package org.sojourn.security.api;

/**
 * A new API key with its secret, shown this once.
 *
 * @param key    the key as listed from now on
 * @param secret the whole key to send in {@code X-Api-Key}: {@code sjk_<id>_<secret>}
 */
public record IssuedApiKey(ApiKey key, String secret) {

    /** Hides the secret from logs and error messages. */
    @Override
    public String toString() {
        return "IssuedApiKey[" + key.id() + "]";
    }
}
