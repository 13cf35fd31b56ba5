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
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.documents.api.Documents;
import org.sojourn.payment.api.FeeReceipt;
import org.sojourn.payment.api.Payments;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/fee-receipts}: the download area's fee receipts (§4.10) — the list, searched by group,
 * case receipt number or payment days, and each as a signed PDF — for the groups' own applicants and
 * for officers. (A root of its own: under {@code v1/groups/{group}} it would
 * take over every request to the groups' resource.)
 */
@Component(service = DocumentResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/fee-receipts")
@Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
    Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
public final class DocumentResource {

    private static final String PDF = "application/pdf";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Documents documents;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Payments payments;

    /**
     * A fee receipt as the download area lists it.
     *
     * @param receipt  what the receipt shows
     * @param download where its PDF is
     */
    public record Listed(FeeReceipt receipt, String download) {
    }

    /** @return the caller's paid groups' receipts, newest first, by group, case receipt number or payment days (at most 500) */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Listed> receipts(@Context SecurityContext security, @QueryParam("groupNumber") String groupNumber,
            @QueryParam("receiptNumber") String receiptNumber, @QueryParam("paidFrom") String paidFrom,
            @QueryParam("paidTo") String paidTo) {
        return CaseServices.require(payments).receipts(GroupAccess.actor(security), Requests.blankToNull(groupNumber),
                Requests.blankToNull(receiptNumber), Requests.date("paidFrom", paidFrom), Requests.date("paidTo", paidTo)).stream()
                .map(receipt -> new Listed(receipt, "/api/v1/fee-receipts/" + receipt.groupNumber() + ".pdf")).toList();
    }

    /** @return the group's fee receipt, a signed PDF; 409 {@code NOT_PAID} before payment */
    @GET
    @Path("{group}.pdf")
    @Produces(PDF)
    public Response feeReceipt(@Context SecurityContext security, @PathParam("group") String group) {
        byte[] pdf = DocumentResource.require(documents).feeReceipt(GroupAccess.actor(security), group);
        return Response.ok(pdf, PDF).header("Content-Disposition", "attachment; filename=\"fee-receipt-" + group + ".pdf\"").build();
    }

    /**
     * @param documents the documents service, null while it is not running
     * @return it
     * @throws DomainException {@code DOCUMENTS_UNAVAILABLE} (503) when it is not running
     */
    static Documents require(Documents documents) {
        if (documents == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "DOCUMENTS_UNAVAILABLE", "文件服務暫時無法使用，請稍後再試。",
                    "Documents are unavailable right now; try again shortly.");
        }
        return documents;
    }
}
