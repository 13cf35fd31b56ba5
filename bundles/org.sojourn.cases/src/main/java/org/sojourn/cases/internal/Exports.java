package org.sojourn.cases.internal;

import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.Page;

/**
 * Walks a paged query from its first page to its last for an export, one page in memory at a
 * time. Each page is its own short transaction, so a long export holds no lock or connection
 * between pages; a row added meanwhile may be left out, as it would be from a list on screen.
 */
final class Exports {

    /** Rows read per page. */
    static final int PAGE = 1_000;

    private Exports() {
    }

    /**
     * @param limit the most rows the export may hold
     * @param pages reads page n of {@link #PAGE} rows
     * @param sink  takes each row
     * @param <T>   the row
     * @return how many rows it took
     * @throws DomainException {@code EXPORT_TOO_LARGE} when the query matches more than {@code limit}
     */
    static <T> long all(int limit, IntFunction<Page<T>> pages, Consumer<T> sink) {
        Page<T> page = pages.apply(0);
        if (page.total() > limit) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "EXPORT_TOO_LARGE",
                    "符合條件的資料有 " + page.total() + " 筆，超過匯出上限 " + limit + " 筆，請縮小查詢範圍。",
                    page.total() + " rows match, more than the " + limit + " an export holds; narrow the query.");
        }
        long taken = 0;
        for (int number = 1; ; number++) {
            for (T row : page.items()) {
                if (taken == limit) {
                    return taken;
                }
                sink.accept(row);
                taken++;
            }
            if (page.items().size() < PAGE) {
                return taken;
            }
            page = pages.apply(number);
        }
    }
}
