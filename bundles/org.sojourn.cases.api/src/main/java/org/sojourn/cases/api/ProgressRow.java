package org.sojourn.cases.api;

import java.time.Instant;
import java.util.Map;

/**
 * One group in the progress query's list, as the seeds show it.
 *
 * @param groupId         the group's id
 * @param groupNumber     the group number
 * @param applicationName the application name (申請人 column: who applies)
 * @param businessLine    the business line's code
 * @param firstReceipt    the lowest receipt number of the matching cases
 * @param lastReceipt     the highest receipt number of the matching cases
 * @param cases           how many cases match
 * @param stages          how many of them are in each status (the stage)
 * @param submittedAt     when the group was submitted
 */
public record ProgressRow(String groupId, String groupNumber, String applicationName, String businessLine,
        String firstReceipt, String lastReceipt, long cases, Map<CaseStatus, Long> stages, Instant submittedAt) {
}
