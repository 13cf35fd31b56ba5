package org.sojourn.cases.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway database for one test: a fresh PostgreSQL database on the server named by the
 * {@code sojourn.it.pg.*} system properties, or an in-memory H2 in the PostgreSQL mode the embedded
 * default runs in. Closing drops it.
 */
public final class TestDatabase implements AutoCloseable {

    /** Which database product to use. */
    public enum Kind { POSTGRESQL, H2 }

    private final Kind kind;
    private final String name;
    private final DataSource dataSource;

    private TestDatabase(Kind kind, String name, DataSource dataSource) {
        this.kind = kind;
        this.name = name;
        this.dataSource = dataSource;
    }

    /**
     * @param kind which product
     * @return a new, empty database
     * @throws SQLException when the server cannot be reached
     */
    public static TestDatabase create(Kind kind) throws SQLException {
        String name = "sojourn_ut_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (kind == Kind.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            return new TestDatabase(kind, name, h2);
        }
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(adminUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
        pg.setUser(System.getProperty("sojourn.it.pg.user", "postgres"));
        pg.setPassword(System.getProperty("sojourn.it.pg.password", ""));
        return new TestDatabase(kind, name, pg);
    }

    /** @return the data source of the new database */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        if (kind == Kind.H2) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("shutdown");
            }
            return;
        }
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    private static String adminUrl() {
        return System.getProperty("sojourn.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    private static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(adminUrl(), System.getProperty("sojourn.it.pg.user", "postgres"),
                System.getProperty("sojourn.it.pg.password", ""));
    }
}
