package org.sojourn.cases.api;

/**
 * Who delivers a group (送件人/代申請人), prefilled from the filing account.
 *
 * @param name       the name
 * @param nationalId the national ID number
 * @param phone      a phone number
 * @param email      an e-mail address
 * @param address    the postal address, one line
 */
public record Sender(String name, String nationalId, String phone, String email, String address) {

    /** @return the sender without the national ID, so that logging it leaks less */
    @Override
    public String toString() {
        return "Sender[name=" + name + "]";
    }
}
