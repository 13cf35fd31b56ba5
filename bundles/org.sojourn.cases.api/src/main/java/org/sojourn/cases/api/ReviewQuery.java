package org.sojourn.cases.api;

import java.time.LocalDate;

/**
 * The filters of a review queue. Null filters do not filter.
 *
 * @param status        the queue: {@link CaseStatus#AWAITING_FIRST_REVIEW} or {@link CaseStatus#AWAITING_SECOND_REVIEW}
 * @param businessLine  a business line's code
 * @param applicantType an applicant type's id
 * @param groupNumber   a group number
 * @param submittedFrom first day of submission
 * @param submittedTo   last day of submission
 * @param page          the page, from 0
 * @param size          the page size, 1–100
 */
public record ReviewQuery(CaseStatus status, String businessLine, String applicantType, String groupNumber,
        LocalDate submittedFrom, LocalDate submittedTo, int page, int size) {
}
