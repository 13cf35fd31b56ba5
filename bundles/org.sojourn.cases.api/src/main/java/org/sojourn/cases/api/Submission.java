package org.sojourn.cases.api;

import java.time.Instant;
import java.util.List;

/**
 * The result of submitting a group (送件成功): its number and one receipt number per applicant.
 * Submitting again gives the same result.
 *
 * @param groupId     the group's id
 * @param groupNumber the group number (團號)
 * @param submittedAt when it was submitted
 * @param receipts    the receipt numbers, in applicant order
 */
public record Submission(String groupId, String groupNumber, Instant submittedAt, List<Receipt> receipts) {

    /**
     * One applicant's receipt number.
     *
     * @param applicantId   the applicant's id
     * @param receiptNumber the receipt number (收件號)
     */
    public record Receipt(String applicantId, String receiptNumber) {
    }
}
