package org.sojourn.payment.api;

import java.time.Instant;

/**
 * Something about money an officer must look at: it changed no case by itself.
 *
 * @param id         its number
 * @param kind       what kind
 * @param channelId  the channel
 * @param orderId    the order concerned, null when the callback named no known order
 * @param reference  the merchant trade number concerned, null when unreadable
 * @param foundAt    when it was found
 * @param detail     what was found, without the payer's data
 * @param resolvedAt when an officer closed it, else null
 * @param resolution the officer's note, else null
 */
public record Discrepancy(long id, Kind kind, String channelId, String orderId, String reference, Instant foundAt,
        String detail, Instant resolvedAt, String resolution) {

    /** The kinds of discrepancy. */
    public enum Kind {
        /** A callback that failed the channel's signature check. */
        FORGED_CALLBACK,
        /** A success whose amount or currency is not the order's. */
        AMOUNT_MISMATCH,
        /** A success for an order Sojourn does not know. */
        UNKNOWN_ORDER,
        /** A success for groups another order had already paid. */
        PAID_TWICE,
        /** A success reported after the order had expired or failed; applied if the cases still awaited it. */
        PAID_AFTER_CLOSE
    }
}
