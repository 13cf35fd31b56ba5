package org.sojourn.roster.api;

import java.util.List;

/**
 * What an import found and did.
 *
 * @param fileName  the file's name
 * @param committed whether the rows were written
 * @param rows      the data rows read (blank rows not counted)
 * @param inserted  rows new for this school and academic year (to be inserted, in a dry run)
 * @param updated   rows already there by passport number (to be updated, in a dry run)
 * @param problems  every problem, by row and column
 * @param messageZh the seeds' result line, e.g. {@code Student_List.xlsx: 成功, 匯入資料: 3筆}
 * @param messageEn the same in English
 */
public record ImportReport(String fileName, boolean committed, int rows, int inserted, int updated, List<RowProblem> problems,
        String messageZh, String messageEn) {
}
