package org.sojourn.payment.api;

/**
 * A channel as the payer chooses it.
 *
 * @param id            the channel id
 * @param version       the plugin's version
 * @param labelZh       its name in Traditional Chinese
 * @param labelEn       its name in English
 * @param channelFeeTwd what it charges for the quoted amount (0 outside a quote)
 * @param feeIncluded   whether that fee is within the amount (card) rather than added
 * @param feeNoteZh     what else may apply, in Traditional Chinese
 * @param feeNoteEn     the same in English
 * @param offline       whether the payer pays later at a bank or store
 * @param available     whether it takes this amount
 * @param maxAmountTwd  the largest amount it takes, 0 when unlimited
 */
public record ChannelOption(String id, String version, String labelZh, String labelEn, long channelFeeTwd,
        boolean feeIncluded, String feeNoteZh, String feeNoteEn, boolean offline, boolean available, long maxAmountTwd) {
}
