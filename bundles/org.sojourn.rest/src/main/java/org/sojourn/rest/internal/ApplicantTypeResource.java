package org.sojourn.rest.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicantTypeDescriptor;
import org.sojourn.cases.api.PickupOffice;

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

    private final Map<String, ApplicantType> types = new ConcurrentHashMap<>();

    /** A type came. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(ApplicantType type) {
        types.put(type.descriptor().id(), type);
    }

    /** A type went. */
    void remove(ApplicantType type) {
        types.remove(type.descriptor().id(), type);
    }

    /** @return the installed applicant types: versions, labels, business lines, form schema, documents */
    @GET
    @Path("applicant-types")
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    public List<ApplicantTypeDescriptor> applicantTypes() {
        return types.values().stream().map(ApplicantType::descriptor)
                .sorted(Comparator.comparing(ApplicantTypeDescriptor::id)).toList();
    }

    /** @return the service stations where cards are picked up */
    @GET
    @Path("pickup-offices")
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    public List<Office> pickupOffices() {
        return Arrays.stream(PickupOffice.values()).map(o -> new Office(o.name(), o.nameZh(), o.nameEn())).toList();
    }
}
