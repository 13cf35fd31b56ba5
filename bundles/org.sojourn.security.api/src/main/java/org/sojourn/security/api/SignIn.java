package org.sojourn.security.api;

/**
 * A person's sign-in with account, password and captcha.
 *
 * @param login         what the account signs in with
 * @param password      the password, never stored or logged
 * @param captchaId     the captcha answered
 * @param captchaAnswer the digits read from it
 * @param source        the caller's network address, for the audit trail
 * @param portal        the portal signed in on: {@code mainland} or {@code hk-macao} for students, who may
 *                      sign in only on their own; null or {@code school}/{@code agency} for others
 */
public record SignIn(String login, String password, String captchaId, String captchaAnswer, String source,
        String portal) {

    /** @return the sign-in without the password */
    @Override
    public String toString() {
        return "SignIn[login=" + login + ", captchaId=" + captchaId + ", source=" + source + "]";
    }
}
