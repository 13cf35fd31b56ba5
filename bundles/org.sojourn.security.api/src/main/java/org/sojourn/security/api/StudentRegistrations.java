package org.sojourn.security.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Self-registration of mainland and Hong Kong/Macao students: matched against the agency's records
 * of issued permits, activated by a one-time link sent by mail.
 */
@ProviderType
public interface StudentRegistrations {

    /**
     * Creates the account, not yet able to sign in, and mails the activation link.
     *
     * @param registration the form
     * @return the account's login as stored (normalised: lower case, full-width characters folded)
     * @throws org.sojourn.cases.api.DomainException {@code STUDENT_NOT_FOUND} (查無此學生資料),
     *                                               {@code ALREADY_REGISTERED}, {@code ACCOUNT_TAKEN},
     *                                               {@code CAPTCHA_INVALID} or {@code INVALID_INPUT}
     */
    String register(StudentRegistration registration);

    /**
     * Activates the account of a link's token, once, before it expires.
     *
     * @param token  the token from the mailed link
     * @param source the caller's network address
     * @throws org.sojourn.cases.api.DomainException {@code ACTIVATION_LINK_INVALID}
     */
    void activate(String token, String source);
}
