package org.sojourn.cases.internal.migration;

/**
 * A migration that was already applied has been edited since. Sojourn refuses to run on such a
 * schema: applied migrations are history, a change needs a new migration.
 */
final class SchemaDriftException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SchemaDriftException(int version) {
        super("Schema migration " + version + " was changed after it was applied; add a new migration instead");
    }
}
