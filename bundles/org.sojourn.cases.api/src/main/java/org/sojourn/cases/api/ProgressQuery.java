package org.sojourn.cases.api;

import java.time.LocalDate;

/**
 * The filters of the progress query (案件進度查詢, §4.6). Null filters do not filter; a group is listed
 * when any of its cases matches.
 *
 * @param businessLine  a business line's code
 * @param statusGroup   a status group, null for all
 * @param groupNumber   a group number
 * @param receiptNumber a receipt number
 * @param name          the start of a Chinese or English name, any case
 * @param birthDate     a date of birth
 * @param submittedFrom first day of submission
 * @param submittedTo   last day of submission
 * @param newestFirst   the order of submission dates
 * @param page          the page, from 0
 * @param size          the page size, 1–100
 */
public record ProgressQuery(String businessLine, StatusGroup statusGroup, String groupNumber, String receiptNumber,
        String name, LocalDate birthDate, LocalDate submittedFrom, LocalDate submittedTo, boolean newestFirst, int page,
        int size) {
}
