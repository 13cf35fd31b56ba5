package org.sojourn.cases.internal.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the newest schema by applying, in version order, each migration it has not
 * applied yet, each in its own transaction together with its history row: a failing script leaves
 * the ones before it applied and nothing of itself (on PostgreSQL, where DDL is transactional).
 *
 * <p>Several nodes may start at once against one database: each step holds a row lock on
 * {@code schema_lock}, so one node migrates while the others wait and then find nothing to do.
 */
public final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final int BOOKKEEPING_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final List<Migration> migrations;

    Migrator(DataSource dataSource, List<Migration> migrations) {
        this.dataSource = dataSource;
        this.migrations = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
        for (int i = 1; i < this.migrations.size(); i++) {
            if (this.migrations.get(i).version() == this.migrations.get(i - 1).version()) {
                throw new IllegalArgumentException("Two migrations share version " + this.migrations.get(i).version());
            }
        }
    }

    /**
     * Applies what is missing.
     *
     * @return the schema version now in place
     * @throws SQLException              when the database cannot be reached
     * @throws MigrationFailedException  when the database refuses a script (that script's changes
     *                                   are rolled back)
     * @throws SchemaDriftException      when an applied script was changed afterwards
     */
    int migrate() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            createBookkeepingTables(connection);
            connection.setAutoCommit(false);
            while (true) {
                try {
                    lock(connection);
                    Map<Integer, String> applied = appliedChecksums(connection);
                    Migration next = null;
                    for (Migration migration : migrations) {
                        String checksum = applied.get(migration.version());
                        if (checksum == null && next == null) {
                            next = migration;
                        } else if (checksum != null && !checksum.equals(migration.checksum())) {
                            throw new SchemaDriftException(migration.version());
                        }
                    }
                    if (next == null) {
                        connection.commit();
                        // A newer node may already have applied versions this one does not know.
                        return Math.max(applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0),
                                migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version());
                    }
                    apply(connection, next);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        }
    }

    private static void createBookkeepingTables(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        for (int attempt = 1;; attempt++) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table if not exists schema_history ("
                        + " version integer not null primary key,"
                        + " description varchar(200) not null,"
                        + " checksum varchar(64) not null,"
                        + " applied_at timestamp not null)");
                statement.execute("create table if not exists schema_lock (id integer not null primary key)");
                statement.execute("insert into schema_lock (id) select 1 where not exists (select 1 from schema_lock)");
                return;
            } catch (SQLException e) {
                // Nodes creating these tables at the same moment collide in PostgreSQL's catalog or on
                // the lock row (23505); the next attempt finds what the other node made.
                if (attempt == BOOKKEEPING_ATTEMPTS || (e.getSQLState() != null && e.getSQLState().startsWith("08"))) {
                    throw e;
                }
                LOG.debug("Another node is creating the migration tables; trying again", e);
                pause(attempt * 50L);
            }
        }
    }

    private static void pause(long millis) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for another node's migration", "08000", e);
        }
    }

    private static void lock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Holding the row lock until commit is the point; the row itself is not needed.
            statement.executeQuery("select id from schema_lock where id = 1 for update").close();
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version, checksum from schema_history")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        return applied;
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        LOG.info("Applying schema migration {} ({})", migration.version(), migration.description());
        try (Statement statement = connection.createStatement()) {
            for (String sql : SqlStatements.split(migration.sql())) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw e; // the connection broke: worth another try
            }
            throw new MigrationFailedException(migration, e);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into schema_history (version, description, checksum, applied_at) values (?, ?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setString(3, migration.checksum());
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
