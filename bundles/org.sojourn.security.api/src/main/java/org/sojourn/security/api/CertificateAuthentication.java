package org.sojourn.security.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sign-in with an organisation certificate: the signature over a fresh challenge is verified, the
 * certificate's chain is validated to the configured trust anchors with its validity dates and the
 * configured CRL, and the business number in the certificate must be the account's.
 */
@ProviderType
public interface CertificateAuthentication {

    /** @return a new challenge to sign */
    CertificateChallenge newChallenge();

    /**
     * @param request the signed challenge
     * @return the new session
     * @throws org.sojourn.cases.api.DomainException {@code CHALLENGE_INVALID}, {@code MALFORMED_SIGNATURE},
     *                                               {@code SIGNATURE_INVALID}, {@code CERTIFICATE_UNTRUSTED},
     *                                               {@code CERTIFICATE_EXPIRED}, {@code CERTIFICATE_REVOKED},
     *                                               {@code CERTIFICATE_ACCOUNT_MISMATCH} or {@code CAPTCHA_INVALID}
     */
    IssuedSession signIn(CertificateSignIn request);
}
