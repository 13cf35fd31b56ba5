package org.sojourn.security.api;

import org.sojourn.cases.api.TaiwanAddress;

/**
 * A student's own details (個人資料維護). The account and the name are the agency's record's and
 * cannot be changed here; the password has its own endpoint.
 *
 * @param account         the login, read-only
 * @param name            the name registered against the agency's record, read-only
 * @param email           where mail goes
 * @param phone           a telephone number, Taiwanese or international ({@code +852 …}), may be empty
 * @param address         an address in Taiwan, or null while the student has none
 * @param currentPassword only in a change of e-mail address: the password, proving the account's owner is at the keyboard
 */
public record StudentProfile(String account, String name, String email, String phone, TaiwanAddress address, String currentPassword) {

    /** Hides the password from logs and error messages. */
    @Override
    public String toString() {
        return "StudentProfile[" + account + "]";
    }
}
