package org.sojourn.payment.spi;

/**
 * What a channel charges the payer (domain §6). It is shown apart and is never part of the agency
 * fee or its receipt.
 *
 * @param fixedTwd    a fixed amount per payment, e.g. 7 for WebATM
 * @param basisPoints a share of the amount in hundredths of a percent, e.g. 200 for the card's 2 %
 * @param included    whether the fee is taken out of the amount by the provider (card) rather than added
 * @param noteZh      what else may apply, in Traditional Chinese, e.g. 跨行手續費
 * @param noteEn      the same in English
 */
public record ChannelFee(long fixedTwd, int basisPoints, boolean included, String noteZh, String noteEn) {

    /**
     * @param amountTwd the agency fee being paid
     * @return the channel's fee for it, rounded up to a whole dollar
     */
    public long of(long amountTwd) {
        return fixedTwd + (amountTwd * basisPoints + 9_999) / 10_000;
    }
}
