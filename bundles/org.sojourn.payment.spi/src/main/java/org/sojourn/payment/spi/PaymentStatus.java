package org.sojourn.payment.spi;

/** What a provider says about a payment (the Kill Bill plugin statuses). */
public enum PaymentStatus {
    /** The money is collected. */
    SUCCEEDED,
    /** Started and not finished: the payer has not paid yet, or the posting has not arrived. */
    PENDING,
    /** Refused or abandoned; no money moved. */
    FAILED,
    /** The provider has never seen the order (the payer never reached it); no money moved. */
    NOT_ATTEMPTED,
    /** Nobody knows yet (a timeout, an unreadable answer); ask again later. */
    UNKNOWN;

    /** @return whether the payment can still change */
    public boolean open() {
        return this == PENDING || this == UNKNOWN;
    }
}
