package org.sojourn.cases.internal.migration;

/**
 * A migration script was refused by a reachable database: a defect in the script, which retrying
 * will not mend. Its changes were rolled back; the migrations before it stay applied.
 */
final class MigrationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MigrationFailedException(Migration migration, Throwable cause) {
        super("Schema migration " + migration.version() + " (" + migration.description() + ") failed: "
                + cause.getMessage(), cause);
    }
}
