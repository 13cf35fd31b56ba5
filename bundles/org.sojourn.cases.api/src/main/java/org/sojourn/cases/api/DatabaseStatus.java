package org.sojourn.cases.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Answers whether Sojourn's database is reachable. Always present once the core bundle runs, even
 * while the database is down, so health checks never hang on it.
 */
@ProviderType
public interface DatabaseStatus {

    /**
     * Checks the database now, waiting at most a few seconds.
     *
     * @return the current state
     */
    DatabaseHealth check();
}
