package org.sojourn.security.api;

/**
 * The person at a school who handles the applications (承辦人).
 *
 * @param name       the name
 * @param nationalId the national ID number (身分證號)
 * @param landline   a landline, or empty when a mobile is given
 * @param mobile     a mobile, or empty when a landline is given
 * @param email      the e-mail address
 */
public record Handler(String name, String nationalId, String landline, String mobile, String email) {

    /** @return the handler without the national ID, so that logging it leaks less */
    @Override
    public String toString() {
        return "Handler[name=" + name + "]";
    }
}
