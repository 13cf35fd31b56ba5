package org.sojourn.cases.internal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.internal.DatabaseProblems;

/**
 * Migrates Sojourn's database when its connection pool ({@code sojourn-pool}) appears, then
 * publishes the same pool as {@code sojourn}, the data source the persistence unit names. So the
 * persistence unit and everything built on it start only on a current schema, and start by
 * themselves whenever the database becomes reachable. While it cannot be reached this retries with
 * growing pauses and says once, in one log line, which setting to check; it never blocks the
 * framework.
 */
@Component(immediate = true)
public final class SchemaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    /** The JNDI-style name the persistence unit looks the migrated data source up by. */
    public static final String MIGRATED_NAME = "sojourn";
    /** The service property carrying the schema version of the migrated data source. */
    public static final String SCHEMA_VERSION = "sojourn.schema.version";

    private final BundleContext context;
    private final DataSource pool;
    private final Migrator migrator;
    private final String url;
    private final ScheduledExecutorService executor;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile String lastProblem;
    /** Guarded by this: set once migrated, cleared on deactivation. */
    private ServiceRegistration<DataSource> registration;
    /** Guarded by this: no registration may happen after deactivation. */
    private boolean closed;

    /**
     * @param context    this bundle's context, to read the scripts and register the result
     * @param pool       Sojourn's connection pool with its service properties
     */
    @Activate
    public SchemaMigration(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=sojourn-pool)") Map.Entry<Map<String, Object>, DataSource> pool) {
        this.context = context;
        this.pool = pool.getValue();
        this.url = Objects.toString(pool.getKey().get("url"), null);
        this.migrator = new Migrator(this.pool, scripts(context.getBundle()));
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sojourn-schema-migration");
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(this::attempt);
    }

    @Deactivate
    synchronized void deactivate() {
        closed = true;
        executor.shutdownNow();
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                LOG.debug("Migrated data source already unregistered", alreadyGone);
            }
            registration = null;
        }
    }

    private void attempt() {
        try {
            int version = migrator.migrate();
            LOG.info("Database schema is at version {}", version);
            publish(version);
        } catch (SQLException e) {
            String problem = DatabaseProblems.describe(e, url);
            if (!problem.equals(lastProblem)) {
                LOG.warn("{}; retrying until it answers", problem);
                lastProblem = problem;
            } else {
                LOG.debug("Database still not usable", e);
            }
            retryLater();
        } catch (SchemaDriftException | MigrationFailedException e) {
            // Retrying cannot mend a script; the operator must, and restarts the bundle or Sojourn.
            LOG.error("{}. Sojourn will not use this database until it is fixed.", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Schema migration failed unexpectedly; retrying", e);
            retryLater();
        }
    }

    private synchronized void publish(int version) {
        if (closed) {
            return;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jndi.service.name", MIGRATED_NAME);
        properties.put(SCHEMA_VERSION, version);
        registration = context.registerService(DataSource.class, pool, properties);
    }

    private void retryLater() {
        long pause = Math.min(FIRST_PAUSE.toMillis() << Math.min(attempts.getAndIncrement(), 5),
                LONGEST_PAUSE.toMillis());
        if (!executor.isShutdown()) {
            executor.schedule(this::attempt, pause, TimeUnit.MILLISECONDS);
        }
    }

    private static List<Migration> scripts(Bundle bundle) {
        Enumeration<URL> entries = bundle.findEntries("db/migration", "V*.sql", false);
        List<Migration> migrations = new ArrayList<>();
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = entry.getPath();
            try (InputStream in = entry.openStream()) {
                migrations.add(Migration.of(path.substring(path.lastIndexOf('/') + 1),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read migration " + path, e);
            }
        }
        return migrations;
    }
}
