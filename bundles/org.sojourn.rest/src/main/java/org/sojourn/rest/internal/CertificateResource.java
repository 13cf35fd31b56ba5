package org.sojourn.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.documents.api.Documents;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/certificates/{group}/{receipt}r.pdf}: a paid case's electronic certificate or
 * permit (§4.10, named as the seeds name them), signed, for the case's own applicants and officers.
 */
@Component(service = CertificateResource.class)
@JaxrsResource
@Path("v1/certificates")
@Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
    Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
public final class CertificateResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Documents documents;

    /** @return the case's certificate, a signed PDF; 409 {@code NOT_PAID} or {@code NO_CERTIFICATE} */
    @GET
    @Path("{group}/{receipt}r.pdf")
    @Produces("application/pdf")
    public Response certificate(@Context SecurityContext security, @PathParam("group") String group,
            @PathParam("receipt") String receipt) {
        byte[] pdf = DocumentResource.require(documents).certificate(GroupAccess.actor(security), group, receipt);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + receipt + "r.pdf\"").build();
    }
}
