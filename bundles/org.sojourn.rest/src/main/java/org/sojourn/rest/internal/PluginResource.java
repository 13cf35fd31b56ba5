package org.sojourn.rest.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.PluginState;
import org.sojourn.cases.api.PluginStates;
import org.sojourn.payment.api.ChannelOption;
import org.sojourn.payment.api.Payments;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/admin/plugins}: administrators list, install and remove applicant-type and
 * payment-channel plugins while the system runs (§1). Plugins come as Karaf features from the
 * configured repositories and are installed without refreshing other bundles (stack.md pitfall
 * 12), so CXF, the endpoints and the persistence unit keep serving. Only plugin features can be
 * managed here; the core is not the administrator's to remove through the API.
 */
@Component(service = PluginResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/admin/plugins")
@Designate(ocd = PluginResource.Config.class)
public final class PluginResource {

    /** Where plugin features come from. */
    @ObjectClassDefinition(pid = "org.sojourn.plugins", name = "Sojourn: plugin repositories")
    public @interface Config {
        @AttributeDefinition(description = "Feature repository URIs to install plugins from; empty: this release's"
                + " mvn:org.sojourn/sojourn-plugin-features/<version>/xml/features")
        String[] repositories() default {};
    }

    /**
     * A plugin to install.
     *
     * @param feature the feature's name, e.g. {@code sojourn-applicant-exchange}
     * @param version its version, or null for the newest the repositories offer
     */
    public record Install(String feature, String version) {
    }

    /**
     * One plugin feature of the repositories.
     *
     * @param name        the feature's name
     * @param version     its version
     * @param description what it is
     * @param installed   whether it is installed now
     */
    public record PluginFeature(String name, String version, String description, boolean installed) {
    }

    /**
     * What is installed and what could be.
     *
     * @param applicantTypes  every applicant-type service, serving or refused with the reason
     * @param paymentChannels the payment channels serving now, with their versions
     * @param features        the plugin features the repositories offer
     */
    public record Plugins(List<PluginState> applicantTypes, List<ChannelOption> paymentChannels, List<PluginFeature> features) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PluginResource.class);
    private static final Pattern PLUGIN_FEATURE = Pattern.compile("sojourn-(applicant|payment)-[a-z0-9-]+");
    /** Install and remove without refreshing anything else: the endpoints, CXF and JPA keep running. */
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles,
            FeaturesService.Option.NoAutoRefreshManagedBundles);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FeaturesService features;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PluginStates states;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Payments payments;

    private final List<URI> repositories;

    /**
     * @param context this bundle's context, for this release's version
     * @param config  the plugin repositories
     */
    @Activate
    public PluginResource(BundleContext context, Config config) {
        String[] configured = config.repositories();
        repositories = configured.length > 0 ? Arrays.stream(configured).map(String::strip).map(URI::create).toList()
                : List.of(URI.create("mvn:org.sojourn/sojourn-plugin-features/" + context.getBundle().getHeaders()
                        .get("Sojourn-Version") + "/xml/features"));
    }

    /** @return the applicant types with their state, the payment channels, and the plugin features on offer */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMINISTRATOR)
    public Plugins list() throws Exception {
        FeaturesService service = require();
        addRepositories(service);
        List<PluginFeature> offered = new ArrayList<>();
        for (Feature feature : service.listFeatures()) {
            if (PLUGIN_FEATURE.matcher(feature.getName()).matches()) {
                offered.add(new PluginFeature(feature.getName(), feature.getVersion(), feature.getDescription(),
                        service.isInstalled(feature)));
            }
        }
        offered.sort(java.util.Comparator.comparing(PluginFeature::name).thenComparing(PluginFeature::version));
        Payments serving = payments;
        return new Plugins(states == null ? List.of() : states.applicantTypes(), serving == null ? List.of() : serving.channels(), offered);
    }

    /** Installs a plugin feature; it serves within seconds, nothing else restarts. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMINISTRATOR)
    public PluginFeature install(Install request) throws Exception {
        Requests.requireBody(request);
        FeaturesService service = require();
        addRepositories(service);
        Feature feature = find(service, request.feature(), request.version());
        try {
            service.installFeature(feature.getName(), feature.getVersion(), NO_REFRESH);
        } catch (Exception e) {
            LOG.error("Installing plugin {} {} failed", feature.getName(), feature.getVersion(), e);
            throw new DomainException(ErrorKind.INVALID_INPUT, "PLUGIN_REFUSED", "外掛無法安裝：" + e.getMessage(),
                    "The plugin cannot be installed: " + e.getMessage());
        }
        LOG.info("Installed plugin {} {}", feature.getName(), feature.getVersion());
        return new PluginFeature(feature.getName(), feature.getVersion(), feature.getDescription(), true);
    }

    /** Removes an installed plugin feature; its cases stay readable and say that the handler is missing. */
    @DELETE
    @Path("{feature}/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMINISTRATOR)
    public PluginFeature uninstall(@PathParam("feature") String name, @PathParam("version") String version) throws Exception {
        FeaturesService service = require();
        Feature feature = find(service, name, version);
        if (!service.isInstalled(feature)) {
            throw new DomainException(ErrorKind.CONFLICT, "PLUGIN_NOT_INSTALLED", "此外掛未安裝。", "This plugin is not installed.");
        }
        try {
            service.uninstallFeature(feature.getName(), feature.getVersion(), NO_REFRESH);
        } catch (IllegalArgumentException onlyADependency) {
            // Installed, but only because another feature needs it: Karaf removes roots only.
            throw new DomainException(ErrorKind.CONFLICT, "PLUGIN_REQUIRED", "此外掛隨其他功能一併安裝，不能單獨移除。",
                    "This plugin came with another feature and cannot be removed on its own.");
        }
        LOG.info("Uninstalled plugin {} {}", feature.getName(), feature.getVersion());
        return new PluginFeature(feature.getName(), feature.getVersion(), feature.getDescription(), false);
    }

    private Feature find(FeaturesService service, String name, String version) throws Exception {
        if (name == null || !PLUGIN_FEATURE.matcher(name).matches()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "NOT_A_PLUGIN", "只能安裝或移除 sojourn-applicant-* 或 sojourn-payment-* 外掛。",
                    "Only sojourn-applicant-* and sojourn-payment-* plugins are managed here.");
        }
        Feature feature = version == null || version.isBlank() ? service.getFeature(name) : service.getFeature(name, version);
        if (feature == null) {
            throw new DomainException(ErrorKind.NOT_FOUND, "PLUGIN_NOT_FOUND", "設定的外掛庫中沒有此外掛。",
                    "No configured plugin repository offers this plugin.");
        }
        return feature;
    }

    private void addRepositories(FeaturesService service) throws Exception {
        Set<URI> known = new java.util.HashSet<>();
        Arrays.stream(service.listRepositories()).forEach(repository -> known.add(repository.getURI()));
        for (URI uri : repositories) {
            if (!known.contains(uri)) {
                // Adding a repository installs nothing; its features wait for an install.
                service.addRepository(uri, false);
            }
        }
    }

    private FeaturesService require() {
        if (features == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "PLUGINS_UNAVAILABLE", "外掛管理暫時無法使用。",
                    "Plugin management is unavailable right now.");
        }
        return features;
    }
}
