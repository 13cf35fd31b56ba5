package org.sojourn.payment.spi;

/** A callback that is not signed by the provider, or that cannot be read. */
public class InvalidCallbackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param reason why, without the callback's values */
    public InvalidCallbackException(String reason) {
        super(reason);
    }
}
