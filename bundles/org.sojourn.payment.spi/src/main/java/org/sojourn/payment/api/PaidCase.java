package org.sojourn.payment.api;

import java.time.Instant;

import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.Grant;

/**
 * A paid case: what the download area lists (§4.10) and what a certificate's verification looks up.
 *
 * @param groupNumber   its group
 * @param receiptNumber its receipt number (收件號)
 * @param applicantType its applicant type's id
 * @param englishName   the holder's name as in the passport, may be empty (a mainland student's is in pinyin on the form)
 * @param chineseName   the holder's Chinese name, may be empty
 * @param grant         what the approval granted
 * @param status        {@code PAID}, {@code CARD_READY}, {@code PICKED_UP}, or {@code GRANT_REVOKED} once revoked
 * @param paidAt        when its group's fee was paid
 * @param supersededBy  the receipt number of a later paid case under the same certificate number (a renewal,
 *                      an extension, a data change), or null while this case's grant is the latest
 */
public record PaidCase(String groupNumber, String receiptNumber, String applicantType, String englishName, String chineseName,
        Grant grant, CaseStatus status, Instant paidAt, String supersededBy) {
}
