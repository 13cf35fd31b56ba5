package org.sojourn.payment.api;

import java.time.Instant;

/**
 * What a paid group's fee receipt (自行收納款項電子收據, domain §11) shows.
 *
 * @param receiptNumber   the fee receipt number given at payment (ROC year + 9 digits)
 * @param paidAt          when the provider says it was paid
 * @param groupNumber     the group
 * @param payer           who applied (the group's application name)
 * @param firstReceipt    the lowest receipt number of the group's paid cases
 * @param lastReceipt     the highest
 * @param cases           how many cases the fee covers
 * @param amountTwd       the fee, in NT$
 * @param businessLine    the business line's code
 * @param channelId       the payment channel
 */
public record FeeReceipt(String receiptNumber, Instant paidAt, String groupNumber, String payer, String firstReceipt,
        String lastReceipt, int cases, long amountTwd, String businessLine, String channelId) {
}
