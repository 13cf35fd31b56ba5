package org.sojourn.cases.api;

/**
 * A withdrawal (撤銷, §4.8): a whole group by its number, or one case by its receipt number.
 *
 * @param groupNumber   the group's number; alone, it withdraws the whole group
 * @param receiptNumber a case's receipt number; withdraws only that case
 * @param confirm       the applicant confirmed (the seeds' tick and confirmation dialog); must be true
 */
public record WithdrawalRequest(String groupNumber, String receiptNumber, Boolean confirm) {
}
