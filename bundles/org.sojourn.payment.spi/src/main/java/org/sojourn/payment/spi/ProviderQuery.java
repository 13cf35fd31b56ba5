package org.sojourn.payment.spi;

import java.time.Instant;

/**
 * A payment as the core knows it, to ask the provider about it.
 *
 * @param orderReference    the core's reference (the merchant trade number)
 * @param amountTwd         the amount ordered
 * @param createdAt         when the order was made
 * @param providerReference the provider's trade number once known, else null
 */
public record ProviderQuery(String orderReference, long amountTwd, Instant createdAt, String providerReference) {
}
