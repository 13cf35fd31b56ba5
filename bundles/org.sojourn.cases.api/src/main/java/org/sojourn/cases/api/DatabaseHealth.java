package org.sojourn.cases.api;

/**
 * What is known about the database right now.
 *
 * @param up            whether a connection could be opened and answered
 * @param product       the database product, e.g. {@code PostgreSQL}, or empty when down
 * @param schemaVersion the newest migration applied, 0 while migrations have not run
 * @param problem       why it is down, in words an operator can act on (never credentials), or empty
 */
public record DatabaseHealth(boolean up, String product, int schemaVersion, String problem) {
}
