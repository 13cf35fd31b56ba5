package org.sojourn.payment.spi;

import org.osgi.annotation.versioning.ConsumerType;

/** A channel that can withdraw an unpaid order from the provider (capability {@link Capability#CANCEL}). */
@ConsumerType
public interface Cancellable {

    /**
     * @param query the order
     * @return the provider's answer: {@link PaymentStatus#FAILED} once cancelled, {@link PaymentStatus#SUCCEEDED}
     *         when it was paid meanwhile
     */
    ProviderResult cancel(ProviderQuery query);
}
