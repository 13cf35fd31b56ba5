package org.sojourn.rest.internal;

import java.util.Arrays;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.ReferenceData;
import org.sojourn.cases.api.ReferenceEntry;
import org.sojourn.cases.api.ReferenceList;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/reference/{list}}: the reference lists for anyone's drop-downs (nationalities,
 * the list columns' codes, pickup offices, counties, districts with postal codes), and
 * {@code PUT /api/v1/admin/reference/{list}} for an administrator to replace one.
 */
@Component(service = ReferenceResource.class)
@JaxrsResource
@JSONRequired
@Path("v1")
public final class ReferenceResource {

    /** @param entries a list's new entries, in order */
    public record Replacement(List<ReferenceEntry> entries) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ReferenceData reference;

    /** @return the lists' ids */
    @GET
    @Path("reference")
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    public List<String> lists() {
        return Arrays.stream(ReferenceList.values()).map(ReferenceList::id).toList();
    }

    /** @return the list's entries, in order */
    @GET
    @Path("reference/{list}")
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    public List<ReferenceEntry> entries(@PathParam("list") String list) {
        return CaseServices.require(reference).entries(list(list));
    }

    /** @return the list as stored after the replacement */
    @PUT
    @Path("admin/reference/{list}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMINISTRATOR)
    public List<ReferenceEntry> replace(@Context SecurityContext security, @PathParam("list") String list, Replacement replacement) {
        ReferenceList which = list(list);
        return CaseServices.require(reference).replace(GroupAccess.actor(security), which, Requests.requireBody(replacement).entries());
    }

    private static ReferenceList list(String id) {
        return ReferenceList.byId(id).orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "REFERENCE_LIST_NOT_FOUND",
                "查無此參考清單。", "No such reference list; GET /api/v1/reference lists them."));
    }
}
