package org.sojourn.roster.internal;

import java.util.List;
import java.util.Locale;

import org.sojourn.roster.api.RowProblem;

/**
 * The first row, when it is the template's header: each column A-L must carry its own heading, so
 * that a list whose columns were moved, merged or dropped is refused once, by the heading at
 * fault, instead of with a misleading problem in every row below it.
 */
final class HeaderRow {

    /** A row is taken for the header when this many cells carry a column's heading. */
    private static final int HEADINGS_SEEN = 3;

    private HeaderRow() {
    }

    /** @return whether the row looks like the template's header (a list may also start with data) */
    static boolean isHeader(List<String> cells) {
        return cells.stream().filter(cell -> {
            String text = normal(cell);
            for (Column column : Column.values()) {
                if (!text.isEmpty() && (text.startsWith(normal(column.headerZh)) || text.startsWith(normal(column.headerEn)))) {
                    return true;
                }
            }
            return false;
        }).count() >= HEADINGS_SEEN;
    }

    /**
     * @param cells    the header's cells A-L
     * @param problems receives one problem per column whose heading is missing or another's
     */
    static void check(List<String> cells, List<RowProblem> problems) {
        for (Column column : Column.values()) {
            String text = normal(cells.get(column.ordinal()));
            if (!text.startsWith(normal(column.headerZh)) && !text.startsWith(normal(column.headerEn))) {
                problems.add(RowCheck.problem(1, column, cells.get(column.ordinal()), text.isEmpty() ? "MISSING_COLUMN" : "WRONG_COLUMN",
                        column.name() + " 欄應為「" + column.headerZh + "」；請使用範例檔的欄位順序，勿合併或刪除欄位。",
                        "Column " + column.name() + " must be \"" + column.headerEn + "\" (" + column.headerZh
                                + "); keep the template's columns, unmerged and in order."));
            }
        }
    }

    private static String normal(String text) {
        return CodeList.clean(text).replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
