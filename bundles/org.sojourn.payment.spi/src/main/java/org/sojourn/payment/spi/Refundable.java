package org.sojourn.payment.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A channel that can give money back (capability {@link Capability#REFUND}). The agency does not refund
 * fees (domain §4.9); officers use it only to return a payment made twice.
 */
@ConsumerType
public interface Refundable {

    /**
     * @param query     the paid order
     * @param amountTwd how much to give back
     * @return the provider's answer about the refund
     */
    ProviderResult refund(ProviderQuery query, long amountTwd);
}
