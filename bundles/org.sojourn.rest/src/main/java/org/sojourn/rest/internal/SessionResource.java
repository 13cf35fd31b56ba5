package org.sojourn.rest.internal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.security.api.Authentication;

/** {@code /api/v1/session}: the caller's own session — who am I, and sign out. Signed-in callers only. */
@Component(service = SessionResource.class)
@JaxrsResource
@SignedIn
@JSONRequired
@Path("v1/session")
public final class SessionResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Authentication authentication;

    @Context
    private HttpServletRequest http;

    /**
     * @param security the request's caller
     * @return the session and its account
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SecurityViews.SessionView current(@Context SecurityContext security) {
        return SecurityViews.SessionView.of(Requests.requireSession(security));
    }

    /**
     * A password change.
     *
     * @param currentPassword the password now
     * @param newPassword     the new password
     */
    public record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[]";
        }
    }

    /**
     * Changes the caller's password and ends all its sessions, this one included: the account signs
     * in again everywhere with the new password.
     *
     * @param security      the request's caller
     * @param authorization the bearer token
     * @param change        current and new password
     * @return 204
     */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@Context SecurityContext security, @Context HttpHeaders authorization,
            PasswordChange change) {
        Requests.requireSession(security);
        Requests.requireBody(change);
        Requests.requireSecurity(authentication).changePassword(bearer(authorization), change.currentPassword(),
                change.newPassword(), Requests.source(http));
        return Response.noContent().build();
    }

    /**
     * Signs out: the token stops working at once, on every node.
     *
     * @param security      the request's caller
     * @param authorization the bearer token
     * @return 204
     */
    @DELETE
    public Response signOut(@Context SecurityContext security, @Context HttpHeaders authorization) {
        Requests.requireSession(security);
        Requests.requireSecurity(authentication).signOut(bearer(authorization), Requests.source(http));
        return Response.noContent().build();
    }

    private static String bearer(HttpHeaders headers) {
        return headers.getHeaderString(HttpHeaders.AUTHORIZATION).substring("Bearer ".length()).strip();
    }
}
