package org.sojourn.security.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Signs people in and out and checks their sessions. Sessions live in the database, so any node
 * can check a token another node issued.
 */
@ProviderType
public interface Authentication {

    /** @return a new captcha to answer on the next sign-in */
    Captcha newCaptcha();

    /**
     * Signs in. An unknown account and a wrong password get the same answer, and repeated failures
     * lock the login for a while whether or not an account has it.
     *
     * @param request account, password and captcha answer
     * @return the new session and its token
     * @throws org.sojourn.cases.api.DomainException {@code CAPTCHA_INVALID}, {@code SIGN_IN_FAILED} or
     *                                               {@code SIGN_IN_LOCKED}
     */
    IssuedSession signIn(SignIn request);

    /**
     * A foreign or overseas Chinese student's individual entry (個人申請): academic year, passport
     * number, English name (any case and spacing) and birth date must match a row of a school's
     * imported list. A match opens a session for the account tied to that row (made on first entry).
     *
     * @param entry what the student typed, with the captcha
     * @return the new session and its token
     * @throws org.sojourn.cases.api.DomainException {@code CAPTCHA_INVALID}, {@code STUDENT_NOT_ON_LIST} (with the
     *                                               reason: the school must import the student first) or
     *                                               {@code SIGN_IN_LOCKED} after repeated misses
     */
    IssuedSession enter(StudentEntry entry);

    /**
     * Checks a bearer token and, when it is live, restarts its idle timeout.
     *
     * @param token  the token as the client sent it
     * @param source the caller's network address
     * @return the session, or empty when the token is unknown, revoked or expired
     */
    Optional<Session> check(String token, String source);

    /**
     * Changes the password of the session's account and ends every session of that account, this
     * one included, so that it signs in again everywhere with the new password.
     *
     * @param token           the caller's session token
     * @param currentPassword the password now, to prove it is the account's owner at the keyboard
     * @param newPassword     the new password, checked against the password policy
     * @param source          the caller's network address
     * @throws org.sojourn.cases.api.DomainException {@code SESSION_EXPIRED}, or {@code INVALID_INPUT}
     *                                               with the fields at fault
     */
    void changePassword(String token, String currentPassword, String newPassword, String source);

    /**
     * Ends the session of a token; nothing happens for an unknown token.
     *
     * @param token  the token
     * @param source the caller's network address
     */
    void signOut(String token, String source);
}
