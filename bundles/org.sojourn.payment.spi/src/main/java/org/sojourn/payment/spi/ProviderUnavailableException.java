package org.sojourn.payment.spi;

/** The provider could not be reached, answered an error, or answered something unreadable. */
public class ProviderUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param reason what went wrong, without secrets or the payer's data
     * @param cause  the underlying failure, or null
     */
    public ProviderUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
