package org.sojourn.cases.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.sojourn.cases.api.DatabaseHealth;
import org.sojourn.cases.api.DatabaseStatus;
import org.sojourn.cases.internal.migration.SchemaMigration;

/**
 * Checks the database with a short validity test on a pooled connection. The pool's own connection
 * timeout bounds how long a check can wait when the server does not answer.
 */
@Component
public final class DataSourceStatus implements DatabaseStatus {

    private static final int VALIDITY_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final String url;

    /** Present once the schema is migrated; its properties carry the schema version. */
    @Reference(service = DataSource.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, target = "(osgi.jndi.service.name=" + SchemaMigration.MIGRATED_NAME + ")")
    private volatile Map<String, Object> migrated;

    /** @param pool Sojourn's connection pool with its service properties */
    @Activate
    public DataSourceStatus(
            @Reference(target = "(osgi.jndi.service.name=sojourn-pool)") Map.Entry<Map<String, Object>, DataSource> pool) {
        this.dataSource = pool.getValue();
        this.url = Objects.toString(pool.getKey().get("url"), null);
    }

    @Override
    public DatabaseHealth check() {
        Map<String, Object> current = migrated;
        int version = current == null ? 0 : ((Number) current.get(SchemaMigration.SCHEMA_VERSION)).intValue();
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDITY_TIMEOUT_SECONDS)) {
                return new DatabaseHealth(false, "", version, "The database did not answer a validity check in time");
            }
            String product = connection.getMetaData().getDatabaseProductName();
            if (current == null) {
                return new DatabaseHealth(false, product, 0, "The database schema is not migrated yet");
            }
            return new DatabaseHealth(true, product, version, "");
        } catch (SQLException e) {
            return new DatabaseHealth(false, "", version, DatabaseProblems.describe(e, url));
        }
    }
}
