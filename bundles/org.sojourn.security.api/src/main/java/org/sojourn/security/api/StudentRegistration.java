package org.sojourn.security.api;

import java.time.LocalDate;

/**
 * A mainland or Hong Kong/Macao student registering an account on their portal (§5).
 *
 * @param portal               {@code mainland} or {@code hk-macao}
 * @param account              the login the student chooses
 * @param password             the password
 * @param passwordConfirmation the same again
 * @param name                 the student's name as in the agency's records
 * @param birthDate            the student's date of birth
 * @param permitNumber         the number of the permit the agency issued
 * @param email                where the activation link goes
 * @param captchaId            the captcha answered
 * @param captchaAnswer        the digits read from it
 * @param source               the caller's network address
 */
public record StudentRegistration(String portal, String account, String password, String passwordConfirmation,
        String name, LocalDate birthDate, String permitNumber, String email, String captchaId, String captchaAnswer,
        String source) {

    /** @return the registration without password, birth date or permit number */
    @Override
    public String toString() {
        return "StudentRegistration[portal=" + portal + ", account=" + account + "]";
    }
}
