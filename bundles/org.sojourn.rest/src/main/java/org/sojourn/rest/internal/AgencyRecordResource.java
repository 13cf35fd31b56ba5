package org.sojourn.rest.internal;

import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
import org.sojourn.security.api.AgencyRecord;
import org.sojourn.security.api.AgencyRecords;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/admin/agency-records}: an administrator feeds the agency's records of issued
 * permits (from the agency's own systems) that mainland and Hong Kong/Macao students register
 * against and continue; all or nothing, keyed by kind and permit number.
 */
@Component(service = AgencyRecordResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/admin/agency-records")
@Allowed(Role.ADMINISTRATOR)
public final class AgencyRecordResource {

    /** @param records the records to write, at most 5,000 */
    public record Batch(List<AgencyRecord> records) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AgencyRecords records;

    @Context
    private HttpServletRequest http;

    /** @return how many records were new and how many updated */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AgencyRecords.Imported importRecords(@Context SecurityContext security, Batch batch) {
        return Requests.requireSecurity(records).importRecords(Requests.requireSession(security).caller(),
                Requests.requireBody(batch).records(), Requests.source(http));
    }
}
