package org.sojourn.cases.api;

import java.util.List;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/** What applicants and officers look up about submitted cases: progress and the dashboard. */
@ProviderType
public interface CaseQueries {

    /**
     * @param actor who asks; the list holds only groups the actor reaches
     * @param query the filters, order and page
     * @return one page of groups with matching cases
     */
    Page<ProgressRow> progress(Actor actor, ProgressQuery query);

    /**
     * Every group a progress query matches, in its order, for an export to a spreadsheet: read a
     * page of a thousand at a time and handed over row by row, so memory holds one page.
     *
     * @param actor who asks; only groups the actor reaches
     * @param query the filters and order; its page and size are ignored
     * @param limit the most rows an export may hold
     * @param sink  takes each row
     * @return how many rows it took
     * @throws DomainException {@code EXPORT_TOO_LARGE}, before any row, when more than {@code limit} match
     */
    long exportProgress(Actor actor, ProgressQuery query, int limit, Consumer<ProgressRow> sink);

    /**
     * @param actor who asks
     * @return one line per business line with cases the actor reaches
     */
    List<DashboardLine> dashboard(Actor actor);
}
