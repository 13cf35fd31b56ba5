package org.sojourn.cases.api;

import java.util.List;

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
     * @param actor who asks
     * @return one line per business line with cases the actor reaches
     */
    List<DashboardLine> dashboard(Actor actor);
}
