package org.sojourn.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.cases.api.ApplicantView;
import org.sojourn.cases.api.Reviews;
import org.sojourn.security.api.Role;

/** {@code /api/v1/card-desk}: the service station's counter finds a ready card and records its pickup (§4.11). */
@Component(service = CardDeskResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/card-desk")
public final class CardDeskResource {

    /**
     * A pickup at the counter.
     *
     * @param receiptNumber the receipt number on the fee receipt
     * @param payerName     the payer's name on it
     */
    public record Pickup(String receiptNumber, String payerName) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Reviews reviews;

    /** @return the case of that receipt number, when the payer's name belongs to it */
    @GET
    @Path("cases/{receipt}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.OFFICER_CARD_DESK)
    public ApplicantView find(@Context SecurityContext security, @PathParam("receipt") String receipt,
            @QueryParam("payerName") String payerName) {
        return CaseServices.require(reviews).cardDeskCase(GroupAccess.actor(security), receipt, payerName);
    }

    /** Records the pickup (已領證); the receipt serves once. */
    @POST
    @Path("pickups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.OFFICER_CARD_DESK)
    public ApplicantView pickUp(@Context SecurityContext security, Pickup pickup) {
        Requests.requireBody(pickup);
        return CaseServices.require(reviews).recordPickup(GroupAccess.actor(security), pickup.receiptNumber(),
                pickup.payerName());
    }
}
