package org.sojourn.security.api;

import java.time.LocalDate;

import org.sojourn.cases.api.TaiwanAddress;

/**
 * A sub-account to create (子帳號維護, §5).
 *
 * @param name                 the person's Chinese name
 * @param nationalId           the person's national ID number
 * @param birthday             the person's date of birth
 * @param unit                 the unit the person works in
 * @param password             the initial password
 * @param passwordConfirmation the same password again
 * @param landline             a landline, or empty when a mobile is given
 * @param mobile               a mobile, or empty when a landline is given
 * @param address              the person's address
 * @param email                the person's e-mail address
 */
public record NewSubAccount(String name, String nationalId, LocalDate birthday, String unit, String password,
        String passwordConfirmation, String landline, String mobile, TaiwanAddress address, String email) {

    /** @return the request without passwords or national ID */
    @Override
    public String toString() {
        return "NewSubAccount[name=" + name + ", unit=" + unit + "]";
    }
}
