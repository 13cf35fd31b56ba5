package org.sojourn.rest.internal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.security.api.PasswordResets;

/**
 * {@code /api/v1/password-resets}: forgotten passwords. Asking always answers 202, whether or not
 * the account exists; the link arrives by mail.
 */
@Component(service = PasswordResetResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/password-resets")
@Public
public final class PasswordResetResource {

    /**
     * A request for a reset link.
     *
     * @param account       the account
     * @param captchaId     from {@code GET /api/v1/captcha}
     * @param captchaAnswer the digits in its picture
     */
    public record ResetRequest(String account, String captchaId, String captchaAnswer) {
    }

    /**
     * A new password.
     *
     * @param password             the password
     * @param passwordConfirmation the same again
     */
    public record NewPassword(String password, String passwordConfirmation) {
        @Override
        public String toString() {
            return "NewPassword[]";
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PasswordResets resets;

    @Context
    private HttpServletRequest http;

    /**
     * @param request the account and captcha
     * @return 202, whatever the account
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(ResetRequest request) {
        Requests.requireBody(request);
        Requests.requireSecurity(resets).request(request.account(), request.captchaId(), request.captchaAnswer(), Requests.source(http));
        return Response.accepted().build();
    }

    /**
     * @param token   the token from the mailed link
     * @param request the new password, twice
     * @return 204; every session of the account has ended
     */
    @PUT
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reset(@PathParam("token") String token, NewPassword request) {
        Requests.requireBody(request);
        Requests.requireSecurity(resets).reset(token, request.password(), request.passwordConfirmation(), Requests.source(http));
        return Response.noContent().build();
    }

}
