package org.sojourn.rest.internal;

import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
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
import org.sojourn.security.api.ApiKey;
import org.sojourn.security.api.IssuedApiKey;
import org.sojourn.security.api.PaymentPartner;
import org.sojourn.security.api.PaymentPartners;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/admin/payment-partners}: an administrator registers the providers behind payment
 * channels and issues, lists and revokes their API keys (scope {@code SETTLEMENTS_READ}).
 */
@Component(service = PaymentPartnerResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/admin/payment-partners")
@Allowed(Role.ADMINISTRATOR)
public final class PaymentPartnerResource {

    /**
     * A partner to register.
     *
     * @param login      {@code partner-…}
     * @param name       its name
     * @param channelIds the channels it runs
     */
    public record NewPartner(String login, String name, Set<String> channelIds) {
    }

    /** @param name what the key is for */
    public record NewKey(String name) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PaymentPartners partners;

    @Context
    private HttpServletRequest http;

    /** @return every partner */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PaymentPartner> list(@Context SecurityContext security) {
        return Requests.requireSecurity(partners).list(Requests.requireSession(security).caller());
    }

    /** @return 201 with the partner */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@Context SecurityContext security, NewPartner request) {
        NewPartner body = Requests.requireBody(request);
        PaymentPartner registered = Requests.requireSecurity(partners).register(Requests.requireSession(security).caller(),
                body.login(), body.name(), body.channelIds(), Requests.source(http));
        return Response.status(Response.Status.CREATED).entity(registered).build();
    }

    /** @return the partner's keys, newest first, without their secrets */
    @GET
    @Path("{login}/api-keys")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ApiKey> keys(@Context SecurityContext security, @PathParam("login") String login) {
        return Requests.requireSecurity(partners).keys(Requests.requireSession(security).caller(), login);
    }

    /** @return 201 with the key and its secret, shown this once, to hand to the partner */
    @POST
    @Path("{login}/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response issueKey(@Context SecurityContext security, @PathParam("login") String login, NewKey request) {
        IssuedApiKey issued = Requests.requireSecurity(partners).issueKey(Requests.requireSession(security).caller(), login,
                Requests.requireBody(request).name(), Requests.source(http));
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    /** @return the key, revoked */
    @DELETE
    @Path("{login}/api-keys/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ApiKey revokeKey(@Context SecurityContext security, @PathParam("login") String login, @PathParam("id") String id) {
        return Requests.requireSecurity(partners).revokeKey(Requests.requireSession(security).caller(), login, id,
                Requests.source(http));
    }
}
