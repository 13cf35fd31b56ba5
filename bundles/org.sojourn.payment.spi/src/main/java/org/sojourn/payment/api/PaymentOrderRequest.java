package org.sojourn.payment.api;

import java.util.List;

/**
 * Pay these groups through that channel.
 *
 * @param groupNumbers    the groups (multi-select)
 * @param channelId       the channel
 * @param payerNationalId the payer's national ID, for the e-Government platform only
 */
public record PaymentOrderRequest(List<String> groupNumbers, String channelId, String payerNationalId) {

    /** Hides the national ID from logs. */
    @Override
    public String toString() {
        return "PaymentOrderRequest[" + groupNumbers + ", " + channelId + "]";
    }
}
