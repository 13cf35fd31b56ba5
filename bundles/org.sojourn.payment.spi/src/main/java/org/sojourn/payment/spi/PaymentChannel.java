package org.sojourn.payment.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One payment channel, implemented by a plugin and registered as an OSGi service. The core calls it
 * from a bounded pool per channel with a timeout; a call that does not answer in time counts as
 * {@link PaymentStatus#UNKNOWN} and is asked again by the repair job. Implementations are stateless
 * towards the core: everything the core needs later comes back in the values returned.
 */
@ConsumerType
public interface PaymentChannel {

    /** @return what the channel is: id, version, labels, capabilities, configuration, fee */
    ChannelDescriptor descriptor();

    /**
     * Starts a payment with the provider.
     *
     * @param request the order to pay
     * @return a form for the payer's browser to post, instructions to pay later, or a result at once
     * @throws ProviderUnavailableException when the provider cannot be reached or answers nonsense
     */
    Initiation initiate(PaymentRequest request);

    /**
     * Asks the provider what became of a payment; drives the repair job and expiry.
     *
     * @param query the order as the core knows it
     * @return what the provider says; {@link PaymentStatus#NOT_ATTEMPTED} when it has never seen it
     * @throws ProviderUnavailableException when the provider cannot be reached or answers nonsense
     */
    ProviderResult query(ProviderQuery query);

    /**
     * Checks a callback's signature and reads it. The core has stored the raw request before this
     * call and applies the result itself; this method changes nothing.
     *
     * @param callback the request exactly as it arrived
     * @return what the callback says
     * @throws InvalidCallbackException when it is not signed by the provider or cannot be read
     */
    CallbackResult verifyAndParse(RawCallback callback);
}
