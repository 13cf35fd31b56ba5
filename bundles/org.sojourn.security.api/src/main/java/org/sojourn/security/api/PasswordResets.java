package org.sojourn.security.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Forgotten passwords: a one-time link that expires, sent by mail — never a password in a mail.
 */
@ProviderType
public interface PasswordResets {

    /**
     * Mails a reset link to the account's address, if the account exists, is enabled and has one.
     * The caller learns nothing of which: the answer is the same either way.
     *
     * @param login         the account
     * @param captchaId     the captcha answered
     * @param captchaAnswer the digits read from it
     * @param source        the caller's network address
     * @throws org.sojourn.cases.api.DomainException {@code CAPTCHA_INVALID}
     */
    void request(String login, String captchaId, String captchaAnswer, String source);

    /**
     * Sets a new password with the token of a reset link, once, before it expires; every session of
     * the account ends.
     *
     * @param token        the token from the link
     * @param password     the new password
     * @param confirmation the same again
     * @param source       the caller's network address
     * @throws org.sojourn.cases.api.DomainException {@code RESET_LINK_INVALID}, or {@code INVALID_INPUT}
     *                                               with the fields at fault
     */
    void reset(String token, String password, String confirmation, String source);
}
