package org.sojourn.payment.api;

/** Where a payment order stands; the core's own graph, distinct from what a provider reports. */
public enum PaymentOrderStatus {
    /** Made; the provider has not answered the initiation yet. */
    STARTED,
    /** With the provider: the payer is on its page, or holds a slip to pay later. */
    PENDING,
    /** The provider did not answer or answered nonsense; the repair job asks again. */
    UNKNOWN,
    /** Paid: every approved case of its groups is paid and has its fee receipt number. */
    SUCCEEDED,
    /** Refused or abandoned at the provider; no money moved. */
    FAILED,
    /** Not paid in time, and the provider confirmed it. */
    EXPIRED;

    /** @return whether the order can still change on its own */
    public boolean open() {
        return this == STARTED || this == PENDING || this == UNKNOWN;
    }
}
