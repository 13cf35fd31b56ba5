package org.sojourn.payment.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.sojourn.payment.spi.PayInstructions;

/**
 * A payment order as the payer and officers see it.
 *
 * @param id            the order's public id
 * @param reference     the merchant trade number the provider knows it by
 * @param channelId     the channel
 * @param channelVersion the channel plugin's version that started it
 * @param status        where it stands
 * @param amountTwd     the agency fee it collects
 * @param channelFeeTwd what the channel adds, shown apart
 * @param createdAt     when it was made
 * @param expiresAt     when it lapses if unpaid
 * @param paidAt        when the payer paid, else null
 * @param groups        the groups it pays
 * @param redirect      the form the payer's browser posts to the provider, else null
 * @param instructions  how to pay later (virtual account, store code, barcodes), else null
 * @param created       whether this request made the order (false when an idempotency key repeated)
 */
public record PaymentOrderView(String id, String reference, String channelId, String channelVersion,
        PaymentOrderStatus status, long amountTwd, long channelFeeTwd, Instant createdAt, Instant expiresAt, Instant paidAt,
        List<OrderGroup> groups, Redirect redirect, PayInstructions instructions, boolean created) {

    /**
     * One group of an order.
     *
     * @param groupNumber      the group number
     * @param applicants       how many cases it pays
     * @param amountTwd        their fees
     * @param feeReceiptNumber the fee receipt's number (規費收據) once paid, else null
     */
    public record OrderGroup(String groupNumber, int applicants, long amountTwd, String feeReceiptNumber) {
    }

    /**
     * The form to post to the provider's page.
     *
     * @param url    the page
     * @param method the method
     * @param fields the fields, in order
     */
    public record Redirect(String url, String method, Map<String, String> fields) {
    }
}
