package org.sojourn.cases.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.payment.spi.ChannelDescriptor;
import org.sojourn.payment.spi.PaymentChannel;

/**
 * The payment channels installed right now, tracked as they come and go; the core names none. Each
 * channel is called through its own bounded pool, so a slow provider holds only its own threads.
 * When a channel leaves, its orders stay readable; callbacks for it are stored and answered 503 (the
 * provider retries) until it returns.
 */
@Component(service = PaymentChannelRegistry.class)
public final class PaymentChannelRegistry {

    /** A channel's service property that overrides the default call timeout, in milliseconds. */
    public static final String TIMEOUT_PROPERTY = "sojourn.payment.callTimeoutMillis";

    private static final Logger LOG = LoggerFactory.getLogger(PaymentChannelRegistry.class);

    /** A channel with its descriptor, read once, and its pool. */
    record Installed(PaymentChannel channel, ChannelDescriptor descriptor, ChannelCalls calls, String bundle) {
    }

    private final Map<String, Installed> byId = new ConcurrentHashMap<>();

    /** A channel came. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(PaymentChannel channel, ServiceReference<PaymentChannel> reference) {
        Bundle bundle = reference.getBundle();
        Object timeout = reference.getProperty(TIMEOUT_PROPERTY);
        long millis = 0;
        try {
            millis = timeout == null ? 0 : Long.parseLong(timeout.toString().strip());
        } catch (NumberFormatException e) {
            LOG.warn("Payment channel service property {} is not a number; the default timeout applies", TIMEOUT_PROPERTY);
        }
        register(channel, bundle == null ? "?" : bundle.getSymbolicName() + "/" + bundle.getVersion(), millis);
    }

    /**
     * A channel came from that origin (a bundle, or a test).
     *
     * @param timeoutMillis the channel's own call timeout, 0 for the default
     */
    void register(PaymentChannel channel, String origin, long timeoutMillis) {
        ChannelDescriptor descriptor;
        try {
            descriptor = channel.descriptor();
        } catch (RuntimeException e) {
            LOG.error("Refused payment channel of bundle {}: descriptor() failed", origin, e);
            return;
        }
        if (descriptor.id() == null || !descriptor.id().matches("[a-z][a-z0-9-]{1,39}")) {
            LOG.error("Refused payment channel of bundle {}: id must be 2-40 of [a-z0-9-]", origin);
            return;
        }
        Installed previous = byId.put(descriptor.id(), new Installed(channel, descriptor,
                new ChannelCalls(descriptor.id(), timeoutMillis), origin));
        if (previous != null) {
            previous.calls().close();
        }
        LOG.info("Serving payment channel {} {} of bundle {}", descriptor.id(), descriptor.version(), origin);
    }

    /** A channel went. */
    void remove(PaymentChannel channel) {
        byId.values().removeIf(installed -> {
            if (installed.channel() == channel) {
                installed.calls().close();
                LOG.info("Payment channel {} {} left", installed.descriptor().id(), installed.descriptor().version());
                return true;
            }
            return false;
        });
    }

    @Deactivate
    void stop() {
        byId.values().forEach(installed -> installed.calls().close());
        byId.clear();
    }

    /** @return the channel with that id, when it is installed */
    Optional<Installed> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** @return the channels, by id */
    List<Installed> all() {
        return byId.values().stream().sorted(Comparator.comparing(installed -> installed.descriptor().id())).toList();
    }
}
