package org.sojourn.payment.spi;

/** What a channel can do beyond initiate, query and callbacks. */
public enum Capability {
    /** The payer pays later, at a bank or a store; the result arrives days after the order. */
    OFFLINE,
    /** The provider needs the payer's national ID (the e-Government platform); the core asks the payer for it. */
    PAYER_NATIONAL_ID,
    /** The channel implements {@link Cancellable}. */
    CANCEL,
    /** The channel implements {@link Refundable}. */
    REFUND,
    /** The channel implements {@link SettlementFiles}. */
    SETTLEMENT_FILE
}
