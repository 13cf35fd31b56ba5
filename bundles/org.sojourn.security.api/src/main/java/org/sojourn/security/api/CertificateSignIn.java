package org.sojourn.security.api;

/**
 * A sign-in with an organisation certificate.
 *
 * @param account       the school's business number
 * @param challengeId   the challenge signed
 * @param signature     the CMS (PKCS#7) SignedData over the challenge, DER, base64; carrying the
 *                      signer's certificate and any intermediate certificates
 * @param captchaId     the captcha answered
 * @param captchaAnswer the digits read from it
 * @param source        the caller's network address
 */
public record CertificateSignIn(String account, String challengeId, String signature, String captchaId,
        String captchaAnswer, String source) {
}
