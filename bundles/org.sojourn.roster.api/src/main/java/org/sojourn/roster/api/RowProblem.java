package org.sojourn.roster.api;

/**
 * One thing wrong in a row.
 *
 * @param row       the spreadsheet's row number as Excel shows it (the header is row 1)
 * @param column    the column letter, A-L
 * @param value     the value as read, cut to 100 characters
 * @param code      a stable code, e.g. {@code UNKNOWN_NATIONALITY}
 * @param messageZh what is wrong, in Traditional Chinese
 * @param messageEn the same in English
 */
public record RowProblem(int row, String column, String value, String code, String messageZh, String messageEn) {
}
