package org.sojourn.payment.spi;

import java.util.Objects;

/**
 * What a verified callback says: a payment's result, or the instructions an offline channel issued.
 *
 * @param orderReference  the core's reference the callback is about
 * @param result          the payment's status as the callback reports it; {@link PaymentStatus#PENDING}
 *                        when the callback only brings instructions
 * @param instructions    the offline instructions the callback brings, else null
 * @param acknowledgement the body the provider expects back once the core has stored the callback,
 *                        e.g. {@code 1|OK}
 */
public record CallbackResult(String orderReference, ProviderResult result, PayInstructions instructions,
        String acknowledgement) {

    /** Checks the mandatory parts. */
    public CallbackResult {
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
    }
}
