package org.sojourn.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import org.sojourn.payment.api.ChannelOption;
import org.sojourn.payment.api.PayableGroup;
import org.sojourn.payment.api.PaymentOrderRequest;
import org.sojourn.payment.api.PaymentOrderView;
import org.sojourn.payment.api.PaymentQuote;
import org.sojourn.payment.api.Payments;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/payments}: online payment (線上繳費) for schools and students: the groups awaiting
 * payment, the detail with each channel's fee, starting a payment with an idempotency key, and its state.
 */
@Component(service = PaymentResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/payments")
public final class PaymentResource {

    /** The groups asked about. */
    public record GroupChoice(List<String> groupNumbers) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Payments payments;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Documents documents;

    /** @return the caller's groups awaiting payment (待繳費), earliest deadline first */
    @GET
    @Path("payable")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public List<PayableGroup> payable(@Context SecurityContext security) {
        return require().payable(GroupAccess.actor(security));
    }

    /**
     * @param choice {@code {groupNumbers}}
     * @return the detail (明細): per-group lines, the agency fee, each channel's fee apart
     */
    @POST
    @Path("quote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public PaymentQuote quote(@Context SecurityContext security, GroupChoice choice) {
        return require().quote(GroupAccess.actor(security), Requests.requireBody(choice).groupNumbers());
    }

    /**
     * Starts paying. Send the same {@code Idempotency-Key} again (a retry after a timeout) and the
     * answer is the same order, 200 instead of 201; never a second payment.
     *
     * @param key     the client's key for this attempt
     * @param request {@code {groupNumbers, channelId, payerNationalId}}
     * @return the order, with the form to post to the provider or the slip's instructions
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public Response start(@Context SecurityContext security, @HeaderParam("Idempotency-Key") String key,
            PaymentOrderRequest request) {
        PaymentOrderView order = require().start(GroupAccess.actor(security), Requests.requireBody(request), key);
        return Response.status(order.created() ? 201 : 200).entity(order).build();
    }

    /** @return one of the caller's payments (officers: any) */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
        Role.OFFICER_FIRST_REVIEW,
        Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public PaymentOrderView order(@Context SecurityContext security, @PathParam("id") String id) {
        return require().order(GroupAccess.actor(security), id);
    }

    /** @return the slip to pay an offline order at a bank or store, a signed PDF; 409 {@code NO_SLIP} for others */
    @GET
    @Path("{id}/slip.pdf")
    @Produces("application/pdf")
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public Response slip(@Context SecurityContext security, @PathParam("id") String id) {
        byte[] pdf = DocumentResource.require(documents).paymentSlip(GroupAccess.actor(security), id);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"payment-slip.pdf\"").build();
    }

    /** @return the payment channels installed now, with their versions and fees */
    @GET
    @Path("channels")
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    public List<ChannelOption> channels() {
        return require().channels();
    }

    private Payments require() {
        Payments service = payments;
        if (service == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "PAYMENTS_UNAVAILABLE", "線上繳費暫時無法使用，請稍後再試。",
                    "Online payment is unavailable right now; try again shortly.");
        }
        return service;
    }
}
