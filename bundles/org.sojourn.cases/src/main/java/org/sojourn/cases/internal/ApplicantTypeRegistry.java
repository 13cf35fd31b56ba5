package org.sojourn.cases.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.BusinessLine;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;

/**
 * The applicant types installed right now, tracked as they come and go; the core names none.
 * When two bundles offer the same id, the one registered last wins, which is what an upgrade does.
 */
@Component(service = ApplicantTypeRegistry.class)
public final class ApplicantTypeRegistry {

    private final Map<String, ApplicantType> byId = new ConcurrentHashMap<>();

    /** A type came. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(ApplicantType type) {
        byId.put(type.descriptor().id(), type);
    }

    /** A type went. */
    void remove(ApplicantType type) {
        byId.remove(type.descriptor().id(), type);
    }

    /** @return the type with that id, if installed */
    Optional<ApplicantType> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /**
     * @return the type a case is pinned to
     * @throws DomainException {@code APPLICANT_TYPE_MISSING} (503) while its plugin is not installed:
     *                         the case can be read, not changed or decided
     */
    ApplicantType require(ApplicantEntity applicant) {
        return find(applicant.applicantType).orElseThrow(() -> new DomainException(ErrorKind.UNAVAILABLE,
                "APPLICANT_TYPE_MISSING", "此案件的身分別（" + applicant.applicantType + "）目前未安裝，暫時只能查看。",
                "This case's applicant type (" + applicant.applicantType + ") is not installed now; it can only be read."));
    }

    /** @return every installed type, by id */
    List<ApplicantType> all() {
        Collection<ApplicantType> types = byId.values();
        return types.stream().sorted(Comparator.comparing(type -> type.descriptor().id())).toList();
    }

    /** @return the business line with that group code, from any installed type */
    Optional<BusinessLine> line(String groupCode) {
        return all().stream().flatMap(type -> type.descriptor().businessLines().stream())
                .filter(line -> line.groupCode().equals(groupCode)).findFirst();
    }
}
