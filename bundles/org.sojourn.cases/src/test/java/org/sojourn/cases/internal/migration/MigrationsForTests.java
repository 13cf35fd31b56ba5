package org.sojourn.cases.internal.migration;

import java.io.IOException;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Lets tests in other packages bring a test database to the shipped schema. */
public final class MigrationsForTests {

    private MigrationsForTests() {
    }

    /**
     * @param dataSource the test database
     * @throws SQLException when a script fails
     * @throws IOException  when the scripts cannot be read
     */
    public static void migrate(DataSource dataSource) throws SQLException, IOException {
        new Migrator(dataSource, MigratorTest.shippedMigrations()).migrate();
    }
}
