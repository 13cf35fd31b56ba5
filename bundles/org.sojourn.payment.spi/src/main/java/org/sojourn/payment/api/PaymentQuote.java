package org.sojourn.payment.api;

import java.util.List;

/**
 * What paying some groups costs (線上繳費 - 明細): the agency fee, and what each channel adds apart.
 *
 * @param groups    the groups, one line each
 * @param amountTwd the agency fee of them all (繳費規費金額)
 * @param channels  the channels, with their fees for this amount
 */
public record PaymentQuote(List<PayableGroup> groups, long amountTwd, List<ChannelOption> channels) {
}
