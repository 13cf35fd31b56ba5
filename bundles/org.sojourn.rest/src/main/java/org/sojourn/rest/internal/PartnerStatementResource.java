package org.sojourn.rest.internal;

import javax.ws.rs.GET;
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
import org.sojourn.payment.api.Payments;
import org.sojourn.payment.api.Reconciliation;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.PaymentPartners;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/partner}: what a payment partner's system reads with its API key — the day's
 * statement of the channels it runs, to check against its own settlement before it pays out.
 */
@Component(service = PartnerStatementResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/partner")
@Allowed(Role.PAYMENT_PARTNER)
public final class PartnerStatementResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PaymentPartners partners;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Payments payments;

    /** @return the partner's statement of the day, in Taiwan time ({@code yyyy-MM-dd}) */
    @GET
    @Path("statements/{day}")
    @Produces(MediaType.APPLICATION_JSON)
    public Reconciliation statement(@Context SecurityContext security, @PathParam("day") String day) {
        Caller partner = Requests.requireSession(security).caller();
        return CaseServices.require(payments).statement(GroupAccess.actor(partner, null), Requests.date("day", day),
                Requests.requireSecurity(partners).self(partner).channelIds());
    }
}
