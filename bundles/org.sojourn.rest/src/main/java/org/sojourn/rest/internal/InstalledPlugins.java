package org.sojourn.rest.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.sojourn.cases.api.PluginProperties;

/**
 * Knows which plugins are installed right now, from the service properties every plugin service
 * carries ({@link PluginProperties}); it names no plugin and no plugin interface.
 */
@Component(service = InstalledPlugins.class)
public final class InstalledPlugins {

    /**
     * One installed plugin.
     *
     * @param id      the plugin's id
     * @param version the plugin's version
     */
    public record Plugin(String id, String version) {
    }

    private final ServiceTracker<Object, Object> tracker;

    /** @param context this bundle's context */
    @Activate
    public InstalledPlugins(BundleContext context) throws InvalidSyntaxException {
        tracker = new ServiceTracker<>(context, context.createFilter("(" + PluginProperties.KIND + "=*)"), null);
        tracker.open(true);
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    /**
     * @param kind a plugin kind, e.g. {@link PluginProperties#KIND_APPLICANT_TYPE}
     * @return the installed plugins of that kind, by id
     */
    public List<Plugin> ofKind(String kind) {
        ServiceReference<Object>[] references = tracker.getServiceReferences();
        if (references == null) {
            return List.of();
        }
        return java.util.Arrays.stream(references)
                .filter(reference -> kind.equals(reference.getProperty(PluginProperties.KIND)))
                .map(reference -> new Plugin(Objects.toString(reference.getProperty(PluginProperties.ID), "?"),
                        Objects.toString(reference.getProperty(PluginProperties.VERSION), "?")))
                .distinct()
                .sorted(Comparator.comparing(Plugin::id))
                .toList();
    }
}
