package org.sojourn.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.cases.api.Applications;
import org.sojourn.cases.api.DatabaseHealth;
import org.sojourn.cases.api.DatabaseStatus;
import org.sojourn.cases.api.PluginProperties;
import org.sojourn.security.api.Authentication;

/**
 * {@code GET /api/v1/health}: whether this node can serve, for load balancers (200 or 503) and
 * operators (the body). UP only when the database answers and the case store and the sign-in
 * service built on it are running, so no traffic is sent to a node that would refuse it — after a
 * restart the sign-in service comes up a moment after the case store. Answers even while the
 * database is down or unconfigured.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@Public
@JSONRequired
@Path("v1/health")
public final class HealthResource {

    /**
     * The health report.
     *
     * @param status          {@code UP} when the node can serve requests, else {@code DOWN}
     * @param version         Sojourn's version
     * @param database        the database's state
     * @param caseStore       {@code UP} when the case store (persistence unit on a migrated schema)
     *                        runs, else {@code DOWN}
     * @param signIn          {@code UP} when the sign-in service (accounts and sessions) runs, else
     *                        {@code DOWN}
     * @param applicantTypes  the applicant-type plugins installed
     * @param paymentChannels the payment-channel plugins installed
     */
    public record Health(String status, String version, DatabaseHealth database, String caseStore, String signIn,
            List<InstalledPlugins.Plugin> applicantTypes, List<InstalledPlugins.Plugin> paymentChannels) {
    }

    private static final DatabaseHealth NOT_CONFIGURED = new DatabaseHealth(false, "", 0,
            "No database is configured: check etc/org.ops4j.datasource-sojourn.cfg and the SOJOURN_DB_* settings");

    private final String version;
    private final InstalledPlugins plugins;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DatabaseStatus database;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Applications applications;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Authentication authentication;

    /**
     * @param context this bundle's context, for the product version
     * @param plugins the installed plugins
     */
    @Activate
    public HealthResource(BundleContext context, @Reference InstalledPlugins plugins) {
        this.version = context.getBundle().getHeaders().get("Sojourn-Version");
        this.plugins = plugins;
    }

    /** @return 200 with the report when the node can serve, 503 with the report when not */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        DatabaseStatus status = database;
        DatabaseHealth db = status == null ? NOT_CONFIGURED : status.check();
        boolean caseStore = applications != null;
        boolean signIn = authentication != null;
        boolean up = db.up() && caseStore && signIn;
        Health health = new Health(up ? "UP" : "DOWN", version, db, caseStore ? "UP" : "DOWN", signIn ? "UP" : "DOWN",
                plugins.ofKind(PluginProperties.KIND_APPLICANT_TYPE),
                plugins.ofKind(PluginProperties.KIND_PAYMENT_CHANNEL));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(up ? 200 : 503).entity(health).cacheControl(noStore).build();
    }
}
