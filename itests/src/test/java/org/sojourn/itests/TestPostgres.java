package org.sojourn.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PostgreSQL server the integration tests use, named by the {@code sojourn.it.pg.*} system
 * properties (see the README). Every database a test creates is dropped when the test JVM exits,
 * after the distributions using it have stopped.
 */
public final class TestPostgres {

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropAll, "drop-test-databases"));
    }

    private TestPostgres() {
    }

    /** @return the JDBC URL of the server's administrative database */
    public static String adminUrl() {
        return System.getProperty("sojourn.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    /** @return the user the tests connect as */
    public static String user() {
        return System.getProperty("sojourn.it.pg.user", "postgres");
    }

    /** @return that user's password, possibly empty */
    public static String password() {
        return System.getProperty("sojourn.it.pg.password", "");
    }

    /** @return a fresh database name, not created yet */
    public static String newName() {
        return "sojourn_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /**
     * @return the name of a new, empty database, dropped when the JVM exits
     * @throws SQLException when the server cannot be reached
     */
    public static String createDatabase() throws SQLException {
        String name = newName();
        create(name);
        return name;
    }

    /**
     * @param name a name from {@link #newName()}
     * @throws SQLException when the server cannot be reached
     */
    public static void create(String name) throws SQLException {
        CREATED.add(name);
        execute("create database " + name);
    }

    /**
     * @param database a database name
     * @return its JDBC URL on the test server
     */
    public static String urlOf(String database) {
        return adminUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    }

    /**
     * @param database a database name
     * @return a connection to it as the test user
     * @throws SQLException when it cannot be reached
     */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(urlOf(database), user(), password());
    }

    private static void dropAll() {
        for (String name : CREATED) {
            try {
                execute("drop database if exists " + name + " with (force)");
            } catch (SQLException e) {
                // The JVM is exiting; a leftover database is harmless and named sojourn_it_*.
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl(), user(), password());
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
