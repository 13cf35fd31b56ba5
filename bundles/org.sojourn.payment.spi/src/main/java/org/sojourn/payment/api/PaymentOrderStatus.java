package org.sojourn.payment.api;

import java.util.EnumSet;
import java.util.Set;

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

    /**
     * The state graph: where an order may go from here. A failed or expired order may still become
     * paid, because a provider's report that money moved outranks the order's own clock (the payment
     * is applied to the cases still awaiting it and flagged); a paid order is final.
     *
     * @return the statuses this one may change to
     */
    public Set<PaymentOrderStatus> next() {
        return switch (this) {
            case STARTED -> EnumSet.of(PENDING, UNKNOWN, SUCCEEDED, FAILED, EXPIRED);
            case UNKNOWN -> EnumSet.of(PENDING, SUCCEEDED, FAILED, EXPIRED);
            case PENDING -> EnumSet.of(SUCCEEDED, FAILED, EXPIRED);
            case FAILED, EXPIRED -> EnumSet.of(SUCCEEDED);
            case SUCCEEDED -> EnumSet.noneOf(PaymentOrderStatus.class);
        };
    }
}
