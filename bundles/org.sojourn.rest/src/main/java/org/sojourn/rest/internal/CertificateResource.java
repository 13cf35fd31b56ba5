package org.sojourn.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.documents.api.CertificateListing;
import org.sojourn.documents.api.Documents;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/certificates}: the download area's permits (許可證下載, §4.10) — the list, searched by
 * group, receipt number or payment days; each paid case's electronic certificate or permit as
 * {@code {group}/{receipt}r.pdf} (named as the seeds name them); and a group's as one ZIP archive —
 * signed, for the cases' own applicants and officers.
 */
@Component(service = CertificateResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/certificates")
@Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
    Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
public final class CertificateResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Documents documents;

    /**
     * A paid case as the list shows it.
     *
     * @param certificate what the list shows
     * @param download    where its PDF is; null for a card made at the card desk
     */
    public record Listed(CertificateListing certificate, String download) {
    }

    /** @return the caller's paid cases, newest payment first, by group, receipt number or payment days (at most 500) */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Listed> certificates(@Context SecurityContext security, @QueryParam("groupNumber") String groupNumber,
            @QueryParam("receiptNumber") String receiptNumber, @QueryParam("paidFrom") String paidFrom,
            @QueryParam("paidTo") String paidTo) {
        return DocumentResource.require(documents).certificates(GroupAccess.actor(security), Requests.blankToNull(groupNumber),
                Requests.blankToNull(receiptNumber), Requests.date("paidFrom", paidFrom), Requests.date("paidTo", paidTo)).stream()
                .map(listed -> new Listed(listed, listed.electronic()
                        ? "/api/v1/certificates/" + listed.groupNumber() + "/" + listed.receiptNumber() + "r.pdf" : null))
                .toList();
    }

    /** @return the group's certificates and permits as one ZIP archive of {@code {receipt}r.pdf}; 409 {@code NOT_PAID} or {@code NO_CERTIFICATE} */
    @GET
    @Path("{group}.zip")
    @Produces("application/zip")
    public Response archive(@Context SecurityContext security, @PathParam("group") String group) {
        byte[] zip = DocumentResource.require(documents).certificateArchive(GroupAccess.actor(security), group);
        return Response.ok(zip, "application/zip").header("Content-Disposition", "attachment; filename=\"" + group + ".zip\"").build();
    }

    /** @return the case's certificate, a signed PDF; 409 {@code NOT_PAID}, {@code GRANT_REVOKED} or {@code NO_CERTIFICATE} */
    @GET
    @Path("{group}/{receipt}r.pdf")
    @Produces("application/pdf")
    public Response certificate(@Context SecurityContext security, @PathParam("group") String group,
            @PathParam("receipt") String receipt) {
        byte[] pdf = DocumentResource.require(documents).certificate(GroupAccess.actor(security), group, receipt);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + receipt + "r.pdf\"").build();
    }
}
