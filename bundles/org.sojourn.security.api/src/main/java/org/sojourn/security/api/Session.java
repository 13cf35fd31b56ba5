package org.sojourn.security.api;

import java.time.Instant;

/**
 * A live server-side session.
 *
 * @param caller    who it belongs to
 * @param expiresAt when it ends unless used again (the idle timeout runs from the last use); null for
 *                  a request made with an API key, which has no idle timeout
 */
public record Session(Caller caller, Instant expiresAt) {
}
