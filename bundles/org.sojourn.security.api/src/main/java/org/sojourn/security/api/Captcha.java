package org.sojourn.security.api;

import java.time.Instant;

/**
 * A picture captcha: the caller reads the digits and sends them with its sign-in. Each captcha
 * can be answered once and expires.
 *
 * @param id        what the answer refers to
 * @param png       the picture, PNG
 * @param expiresAt when it can no longer be answered
 */
public record Captcha(String id, byte[] png, Instant expiresAt) {
}
