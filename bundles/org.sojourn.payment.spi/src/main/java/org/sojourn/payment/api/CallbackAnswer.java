package org.sojourn.payment.api;

/**
 * What the callback endpoint answers a provider.
 *
 * @param status the HTTP status: 200 once stored and applied (or known to need nothing), 400 for a
 *               callback that failed verification, 503 when the channel is not installed now (the
 *               provider retries)
 * @param body   the plain-text body, e.g. {@code 1|OK}
 */
public record CallbackAnswer(int status, String body) {
}
