package org.sojourn.applicant.spi;

/**
 * The fee of one application (§6).
 *
 * @param amountTwd   the amount in New Taiwan dollars, channel fees not included
 * @param revenueCode the revenue item's code on the receipt, e.g. {@code 0508580102-1}
 * @param itemZh      the revenue item in Traditional Chinese, e.g. 證照費
 * @param itemEn      the revenue item in English
 */
public record FeeQuote(long amountTwd, String revenueCode, String itemZh, String itemEn) {
}
