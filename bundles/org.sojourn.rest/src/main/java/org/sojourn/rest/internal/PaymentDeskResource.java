package org.sojourn.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.payment.api.Discrepancy;
import org.sojourn.payment.api.Payments;
import org.sojourn.payment.api.Reconciliation;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/payment-desk}: what officers do about money: the discrepancies found (forged
 * callbacks, amount mismatches, payments twice), closing one with a note, running the repair job now,
 * and the daily reconciliation report as JSON or Excel.
 */
@Component(service = PaymentDeskResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/payment-desk")
public final class PaymentDeskResource {

    /** An officer's note on a discrepancy. */
    public record Resolution(String note) {
    }

    /** How many orders the repair job settled. */
    public record Repaired(int settled) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Payments payments;

    /** @return the discrepancies, newest first; {@code open=false} includes the resolved */
    @GET
    @Path("discrepancies")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public List<Discrepancy> discrepancies(@Context SecurityContext security, @QueryParam("open") @DefaultValue("true") String open) {
        return CaseServices.require(payments).discrepancies(GroupAccess.actor(security), !"false".equals(open));
    }

    /** @return the discrepancy, closed with the note */
    @POST
    @Path("discrepancies/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public Discrepancy resolve(@Context SecurityContext security, @PathParam("id") String id, Resolution resolution) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new DomainException(ErrorKind.NOT_FOUND, "DISCREPANCY_NOT_FOUND", "查無此異常紀錄。", "No such discrepancy.",
                    List.of(new FieldProblem("id", "NOT_A_NUMBER", "必須是數字", "Must be a number")));
        }
        return CaseServices.require(payments).resolve(GroupAccess.actor(security), number, Requests.requireBody(resolution).note());
    }

    /** @return the day's reconciliation report per channel, the day in Taiwan time ({@code yyyy-MM-dd}) */
    @GET
    @Path("reconciliation/{day}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public Reconciliation reconciliation(@Context SecurityContext security, @PathParam("day") String day) {
        return CaseServices.require(payments).reconciliation(GroupAccess.actor(security), Requests.date("day", day));
    }

    /** @return the same report as an Excel workbook to download */
    @GET
    @Path("reconciliation/{day}.xlsx")
    @Produces(ReconciliationWorkbook.MEDIA_TYPE)
    @Allowed({Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public Response workbook(@Context SecurityContext security, @PathParam("day") String day) {
        Reconciliation report = CaseServices.require(payments).reconciliation(GroupAccess.actor(security), Requests.date("day", day));
        StreamingOutput body = out -> ReconciliationWorkbook.write(report, out);
        return Response.ok(body, ReconciliationWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + ReconciliationWorkbook.fileName(report) + "\"")
                .build();
    }

    /** @return how many open orders the repair job settled, run now rather than on its schedule */
    @POST
    @Path("repair")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public Repaired repair(@Context SecurityContext security) {
        return new Repaired(CaseServices.require(payments).repairNow(GroupAccess.actor(security)));
    }
}
