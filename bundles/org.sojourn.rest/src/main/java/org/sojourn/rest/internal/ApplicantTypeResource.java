package org.sojourn.rest.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicantTypeDescriptor;
import org.sojourn.applicant.spi.Descriptors;
import org.sojourn.cases.api.ReferenceData;
import org.sojourn.cases.api.ReferenceList;

/**
 * {@code /api/v1/applicant-types} and {@code /api/v1/pickup-offices}: what clients render forms
 * from, as installed right now. Public: forms are no secret, and the sign-up pages need them.
 */
@Component(service = ApplicantTypeResource.class)
@JaxrsResource
@JSONRequired
@Path("v1")
public final class ApplicantTypeResource {

    /**
     * One pickup office.
     *
     * @param code   the code groups use
     * @param nameZh its name in Traditional Chinese
     * @param nameEn its name in English
     */
    public record Office(String code, String nameZh, String nameEn) {
    }

    private final List<ApplicantType> types = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ReferenceData reference;

    /** A type came. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(ApplicantType type) {
        types.add(type);
    }

    /** A type went. */
    void remove(ApplicantType type) {
        types.remove(type);
    }

    /**
     * @return the installed applicant types, the newest version of each (the one new cases take):
     *         versions, labels, business lines, form schema, documents; types the core refuses
     *         (a broken descriptor) are left out
     */
    @GET
    @Path("applicant-types")
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    public List<ApplicantTypeDescriptor> applicantTypes() {
        Map<String, ApplicantTypeDescriptor> newest = new TreeMap<>();
        for (ApplicantType type : types) {
            try {
                ApplicantTypeDescriptor descriptor = type.descriptor();
                if (Descriptors.problems(descriptor).isEmpty()) {
                    newest.merge(descriptor.id(), descriptor, (a, b) -> Version.parseVersion(a.version())
                            .compareTo(Version.parseVersion(b.version())) >= 0 ? a : b);
                }
            } catch (RuntimeException broken) {
                // A plugin whose descriptor fails is refused by the core, which logs it; it is not offered.
            }
        }
        return List.copyOf(newest.values());
    }

    /** @return the service stations where cards are picked up */
    @GET
    @Path("pickup-offices")
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    public List<Office> pickupOffices() {
        return CaseServices.require(reference).entries(ReferenceList.PICKUP_OFFICE).stream()
                .map(office -> new Office(office.code(), office.nameZh(), office.nameEn())).toList();
    }
}
