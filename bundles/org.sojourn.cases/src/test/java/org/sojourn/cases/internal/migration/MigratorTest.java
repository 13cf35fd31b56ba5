package org.sojourn.cases.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sojourn.cases.internal.TestDatabase;

/** Runs the real migration scripts on PostgreSQL and on the embedded H2. */
class MigratorTest {

    static List<Migration> shippedMigrations() throws IOException {
        Path folder = Path.of("src/main/resources/db/migration");
        List<Migration> migrations = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                migrations.add(Migration.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return migrations;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void appliesEveryShippedScriptOnceAndRecordsIt(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<Migration> shipped = shippedMigrations();
            int newest = shipped.stream().mapToInt(Migration::version).max().orElseThrow();

            assertEquals(newest, new Migrator(db.dataSource(), shipped).migrate());
            assertEquals(newest, new Migrator(db.dataSource(), shipped).migrate(), "second start changes nothing");

            assertEquals(shipped.size(), count(db, "select count(*) from schema_history"));
            assertEquals(0, count(db, "select count(*) from case_group"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rollsBackAFailingScriptAndKeepsWhatCameBefore(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<Migration> migrations = new ArrayList<>(shippedMigrations());
            migrations.add(Migration.of("V900__broken.sql", "create table half_made (id integer);\nselect * from no_such_table;"));

            MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                    () -> new Migrator(db.dataSource(), migrations).migrate());

            assertTrue(failure.getMessage().startsWith("Schema migration 900 (broken) failed"), failure.getMessage());

            assertEquals(0, count(db, "select count(*) from schema_history where version = 900"));
            assertEquals(shippedMigrations().size(), count(db, "select count(*) from schema_history"));
        }
    }

    @org.junit.jupiter.api.Test
    void anUnreachableDatabaseIsAConnectionProblemToRetryNotAScriptDefect() {
        org.postgresql.ds.PGSimpleDataSource nowhere = new org.postgresql.ds.PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/none");

        SQLException failure = assertThrows(SQLException.class, () -> new Migrator(nowhere, List.of()).migrate());

        assertTrue(failure.getSQLState().startsWith("08"), failure.getSQLState());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void refusesAScriptEditedAfterItWasApplied(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            new Migrator(db.dataSource(), List.of(Migration.of("V1__first.sql", "create table t (id integer);"))).migrate();

            Migrator edited = new Migrator(db.dataSource(),
                    List.of(Migration.of("V1__first.sql", "create table t (id bigint);")));

            assertThrows(SchemaDriftException.class, edited::migrate);
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = "POSTGRESQL")
    void nodesStartingTogetherMigrateOnce(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<Migration> shipped = shippedMigrations();
            ExecutorService nodes = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Integer>> starts = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    starts.add(() -> new Migrator(db.dataSource(), shipped).migrate());
                }
                for (Future<Integer> result : nodes.invokeAll(starts)) {
                    result.get();
                }
            } finally {
                nodes.shutdownNow();
            }
            assertEquals(shipped.size(), count(db, "select count(*) from schema_history"));
        }
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
