package org.sojourn.cases.api;

import java.time.Instant;

/**
 * One case in a review queue, oldest first.
 *
 * @param receiptNumber the receipt number
 * @param groupNumber   the group number
 * @param groupId       the group's id
 * @param applicant     the applicant as listed
 * @param businessLine  the business line's code
 * @param schoolNumber  the filing school, null for a student's own application
 * @param submittedAt   when the group was submitted
 */
public record QueueEntry(String receiptNumber, String groupNumber, String groupId, ApplicantSummary applicant,
        String businessLine, String schoolNumber, Instant submittedAt) {
}
