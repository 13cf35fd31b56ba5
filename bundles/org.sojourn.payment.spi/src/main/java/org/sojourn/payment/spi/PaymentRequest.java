package org.sojourn.payment.spi;

import java.time.Instant;

/**
 * One payment to start.
 *
 * @param orderReference  the core's reference, unique per channel and at most 20 characters of
 *                        {@code [A-Za-z0-9]}: the provider's merchant trade number
 * @param amountTwd       the agency fee to collect in New Taiwan dollars
 * @param description     what is paid for, e.g. 申請證照費 團號 151020001
 * @param payerName       the payer's name as the applicant gave it
 * @param payerNationalId the payer's national ID when the channel needs it (e-Government platform), else null
 * @param createdAt       when the order was made
 * @param expiresAt       when the order lapses if not paid
 * @param callbackUrl     where the provider posts results, server to server ({@code …/callbacks/{channelId}})
 * @param returnUrl       where the payer's browser goes back to after paying
 */
public record PaymentRequest(String orderReference, long amountTwd, String description, String payerName,
        String payerNationalId, Instant createdAt, Instant expiresAt, String callbackUrl, String returnUrl) {

    /** Hides the payer's data from logs and error messages. */
    @Override
    public String toString() {
        return "PaymentRequest[" + orderReference + ", NT$" + amountTwd + "]";
    }
}
