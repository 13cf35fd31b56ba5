package org.sojourn.cases.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicantTypeDescriptor;
import org.sojourn.applicant.spi.BusinessLine;
import org.sojourn.applicant.spi.Descriptors;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.PluginProperties;
import org.sojourn.cases.api.PluginState;
import org.sojourn.cases.api.PluginStates;

/**
 * The applicant types installed right now, tracked as they come and go; the core names none.
 * Several versions of one type may be installed side by side: a new case takes the newest, a case
 * keeps the version that created it while that version is installed, and otherwise the newest of
 * the same major version (a compatible upgrade). A type whose descriptor is broken is refused, logged
 * and shown to administrators; the rest keeps running.
 */
@Component(service = {ApplicantTypeRegistry.class, PluginStates.class})
public final class ApplicantTypeRegistry implements PluginStates {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicantTypeRegistry.class);

    private final Map<String, NavigableMap<Version, ApplicantType>> byId = new ConcurrentHashMap<>();
    private final Map<ApplicantType, PluginState> states = new ConcurrentHashMap<>();

    /** A type came, from a bundle outside tests. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(ApplicantType type, ServiceReference<ApplicantType> reference) {
        Bundle bundle = reference.getBundle();
        register(type, bundle == null ? "?" : bundle.getSymbolicName() + "/" + bundle.getVersion());
    }

    /** A type came from that origin (a bundle, or a test). */
    void register(ApplicantType type, String bundle) {
        ApplicantTypeDescriptor descriptor;
        List<String> problems;
        try {
            descriptor = type.descriptor();
            problems = Descriptors.problems(descriptor);
        } catch (RuntimeException e) {
            descriptor = null;
            problems = List.of("descriptor() failed: " + e);
        }
        if (!problems.isEmpty()) {
            String id = descriptor == null ? "?" : descriptor.id();
            String version = descriptor == null ? "?" : descriptor.version();
            LOG.error("Refused applicant type {} {} of bundle {}: {}", id, version, bundle, String.join("; ", problems));
            states.put(type, new PluginState(PluginProperties.KIND_APPLICANT_TYPE, id, version, bundle, false,
                    "身分別外掛的描述不完整或有誤，未啟用：" + String.join("；", problems), String.join("; ", problems)));
            return;
        }
        byId.computeIfAbsent(descriptor.id(), id -> new ConcurrentSkipListMap<>())
                .put(Version.parseVersion(descriptor.version()), type);
        states.put(type, new PluginState(PluginProperties.KIND_APPLICANT_TYPE, descriptor.id(), descriptor.version(), bundle,
                true, null, null));
        LOG.info("Serving applicant type {} {} of bundle {}", descriptor.id(), descriptor.version(), bundle);
    }

    /** A type went. */
    void remove(ApplicantType type) {
        PluginState state = states.remove(type);
        if (state != null && state.serving()) {
            NavigableMap<Version, ApplicantType> versions = byId.get(state.id());
            if (versions != null) {
                versions.remove(Version.parseVersion(state.version()), type);
            }
            LOG.info("Applicant type {} {} left", state.id(), state.version());
        }
    }

    /** @return the newest installed version of the type with that id, for new cases */
    Optional<ApplicantType> find(String id) {
        NavigableMap<Version, ApplicantType> versions = id == null ? null : byId.get(id);
        return Optional.ofNullable(versions == null ? null : lastValue(versions));
    }

    /**
     * @return the version a case is pinned to, or the newest of its major version
     */
    Optional<ApplicantType> forCase(String id, String version) {
        NavigableMap<Version, ApplicantType> versions = id == null ? null : byId.get(id);
        if (versions == null) {
            return Optional.empty();
        }
        Version pinned = Version.parseVersion(version);
        ApplicantType exact = versions.get(pinned);
        if (exact != null) {
            return Optional.of(exact);
        }
        Map.Entry<Version, ApplicantType> compatible = versions.floorEntry(new Version(pinned.getMajor(), Integer.MAX_VALUE, 0));
        return compatible != null && compatible.getKey().getMajor() == pinned.getMajor()
                ? Optional.of(compatible.getValue()) : Optional.empty();
    }

    /** @return the type handling a case, if installed */
    Optional<ApplicantType> forCase(ApplicantEntity applicant) {
        return forCase(applicant.applicantType, applicant.typeVersion);
    }

    /**
     * @return the type a case is pinned to
     * @throws DomainException {@code APPLICANT_TYPE_MISSING} (503) while its plugin is not installed:
     *                         the case can be read, not changed or decided
     */
    ApplicantType require(ApplicantEntity applicant) {
        return forCase(applicant).orElseThrow(() -> new DomainException(ErrorKind.UNAVAILABLE,
                "APPLICANT_TYPE_MISSING", "此案件的身分別（" + applicant.applicantType + " " + applicant.typeVersion
                        + "）目前未安裝，暫時只能查看。",
                "This case's applicant type (" + applicant.applicantType + " " + applicant.typeVersion
                        + ") is not installed now; it can only be read."));
    }

    /** @return the newest version of every installed type, by id */
    List<ApplicantType> all() {
        List<ApplicantType> newest = new ArrayList<>();
        byId.values().forEach(versions -> Optional.ofNullable(lastValue(versions)).ifPresent(newest::add));
        newest.sort(Comparator.comparing(type -> type.descriptor().id()));
        return newest;
    }

    /** @return the business line with that group code, from any installed type */
    Optional<BusinessLine> line(String groupCode) {
        return all().stream().flatMap(type -> type.descriptor().businessLines().stream())
                .filter(line -> line.groupCode().equals(groupCode)).findFirst();
    }

    @Override
    public List<PluginState> applicantTypes() {
        return states.values().stream()
                .sorted(Comparator.comparing(PluginState::id).thenComparing(PluginState::version)).toList();
    }

    private static ApplicantType lastValue(NavigableMap<Version, ApplicantType> versions) {
        Map.Entry<Version, ApplicantType> last = versions.lastEntry();
        return last == null ? null : last.getValue();
    }
}
