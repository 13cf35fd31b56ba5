package org.sojourn.payment.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * What the provider says about one payment.
 *
 * @param status            the status
 * @param providerReference the provider's own trade number, null when it has none
 * @param amountTwd         the amount the provider collected or holds, null when it did not say
 * @param currency          the currency the provider reported, {@code TWD} for every reference channel
 * @param paidAt            when the payer paid, null unless {@link PaymentStatus#SUCCEEDED}
 * @param detail            the provider's own code and message, for officers (never the payer's data)
 */
public record ProviderResult(PaymentStatus status, String providerReference, Long amountTwd, String currency,
        Instant paidAt, String detail) {

    /** Checks the mandatory parts. */
    public ProviderResult {
        Objects.requireNonNull(status, "status");
    }

    /** @return an answer that says nothing is known yet */
    public static ProviderResult unknown(String detail) {
        return new ProviderResult(PaymentStatus.UNKNOWN, null, null, null, null, detail);
    }
}
