package org.sojourn.payment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One day's payments per channel (對帳報表), the day in Taiwan time: what each channel collected,
 * what the providers reported, and the discrepancies found that day.
 *
 * @param day      the day
 * @param channels one entry per channel installed now or with payments or discrepancies that day, by id
 */
public record Reconciliation(LocalDate day, List<ChannelDay> channels) {

    /** @return whether every channel's expected and reported amounts agree */
    public boolean isBalanced() {
        return channels.stream().allMatch(ChannelDay::isBalanced);
    }

    /**
     * One channel's day.
     *
     * @param channelId        the channel
     * @param labelZh          its name in Traditional Chinese (the id when it is no longer installed)
     * @param labelEn          its name in English (the id when it is no longer installed)
     * @param payments         the orders paid that day, oldest first
     * @param count            how many
     * @param amountTwd        the fees they paid, the sum of their groups' lines
     * @param channelFeeTwd    what the channel charged on top or within
     * @param reportedTwd      what the provider reported as paid for them
     * @param discrepancies    what was found that day on this channel
     */
    public record ChannelDay(String channelId, String labelZh, String labelEn, List<SettledPayment> payments, int count,
            long amountTwd, long channelFeeTwd, long reportedTwd, List<Discrepancy> discrepancies) {

        /** @return whether the provider reported exactly the fees due and nothing is left to look at */
        public boolean isBalanced() {
            return amountTwd == reportedTwd && discrepancies.stream().allMatch(found -> found.resolvedAt() != null);
        }
    }

    /**
     * One paid order.
     *
     * @param orderId            the order's public id
     * @param reference          the order reference sent to the provider
     * @param providerReference  the provider's trade number
     * @param paidAt             when the provider says it was paid
     * @param groupNumbers       the groups it paid
     * @param feeReceiptNumbers  the fee receipt numbers given to them, in the same order
     * @param amountTwd          the fees, the sum of its groups' lines
     * @param channelFeeTwd      the channel's fee
     * @param reportedTwd        what the provider reported
     */
    public record SettledPayment(String orderId, String reference, String providerReference, Instant paidAt, List<String> groupNumbers,
            List<String> feeReceiptNumbers, long amountTwd, long channelFeeTwd, long reportedTwd) {
    }
}
