package org.sojourn.notify.api;

/**
 * A plain-text mail (UTF-8) to one recipient.
 *
 * @param to      the recipient's address
 * @param subject the subject, at most 200 characters
 * @param body    the text, at most 8,000 characters
 */
public record OutgoingMail(String to, String subject, String body) {

    /** @return the mail without recipient or text, which are personal data and may hold links */
    @Override
    public String toString() {
        return "OutgoingMail[subject=" + subject + "]";
    }
}
