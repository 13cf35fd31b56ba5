package org.sojourn.cases.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One case's way so far and what comes next (案件歷程): submitted, reviewed, returned, corrected,
 * approved, paid.
 *
 * @param receiptNumber    the case's receipt number, null for a draft
 * @param status           where it stands
 * @param entries          what happened to it and to its group, oldest first
 * @param deadline         the applicant's running deadline (to answer a return, or to pay), or null
 * @param decisionExpected when the next review decision is expected (about 5 working days after the
 *                         last submission, §8), or null when no review is pending
 */
public record Timeline(String receiptNumber, CaseStatus status, List<HistoryEntry> entries, LocalDate deadline,
        LocalDate decisionExpected) {
}
