package org.sojourn.rest.internal;

import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.sojourn.security.api.NewSubAccount;
import org.sojourn.security.api.Role;
import org.sojourn.security.api.SchoolAccounts;
import org.sojourn.security.api.SchoolProfile;
import org.sojourn.security.api.SubAccount;

/**
 * {@code /api/v1/school}: a school's own profile (基本資料維護) and its sub-accounts (子帳號維護).
 * Sub-accounts may read the profile; only the main account changes anything.
 */
@Component(service = SchoolAccountResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/school")
@Allowed(Role.SCHOOL_MAIN)
public final class SchoolAccountResource {

    /**
     * A new password for a sub-account.
     *
     * @param password             the password
     * @param passwordConfirmation the same again
     */
    public record PasswordSet(String password, String passwordConfirmation) {
        @Override
        public String toString() {
            return "PasswordSet[]";
        }
    }

    /**
     * Whether a sub-account may sign in.
     *
     * @param enabled true to enable, false to disable
     */
    public record Enabled(boolean enabled) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SchoolAccounts accounts;

    @Context
    private HttpServletRequest http;

    /**
     * @param security the caller
     * @return the school's profile
     */
    @GET
    @Path("profile")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB})
    public SchoolProfile profile(@Context SecurityContext security) {
        return Requests.requireSecurity(accounts).profile(Requests.requireSession(security).caller());
    }

    /**
     * @param security the caller
     * @param profile  the new profile (school number and organisation name are the agency's and ignored)
     * @return the saved profile
     */
    @PUT
    @Path("profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SchoolProfile updateProfile(@Context SecurityContext security, SchoolProfile profile) {
        return Requests.requireSecurity(accounts).updateProfile(Requests.requireSession(security).caller(), Requests.requireBody(profile),
                Requests.source(http));
    }

    /**
     * @param security the caller
     * @return the sub-accounts with their last sign-in
     */
    @GET
    @Path("sub-accounts")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SubAccount> subAccounts(@Context SecurityContext security) {
        return Requests.requireSecurity(accounts).subAccounts(Requests.requireSession(security).caller());
    }

    /**
     * @param security the caller
     * @param request  the new sub-account
     * @return 201 with the sub-account and its login
     */
    @POST
    @Path("sub-accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createSubAccount(@Context SecurityContext security, NewSubAccount request) {
        SubAccount created = Requests.requireSecurity(accounts).createSubAccount(Requests.requireSession(security).caller(),
                Requests.requireBody(request), Requests.source(http));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /**
     * @param security the caller
     * @param login    the sub-account
     * @param request  the new password, twice
     * @return 204; the sub-account's sessions have ended
     */
    @PUT
    @Path("sub-accounts/{login}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setPassword(@Context SecurityContext security, @PathParam("login") String login, PasswordSet request) {
        Requests.requireBody(request);
        Requests.requireSecurity(accounts).setSubAccountPassword(Requests.requireSession(security).caller(), login, request.password(),
                request.passwordConfirmation(), Requests.source(http));
        return Response.noContent().build();
    }

    /**
     * @param security the caller
     * @param login    the sub-account
     * @param request  whether it may sign in
     * @return 204
     */
    @PUT
    @Path("sub-accounts/{login}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setEnabled(@Context SecurityContext security, @PathParam("login") String login, Enabled request) {
        Requests.requireSecurity(accounts).setSubAccountEnabled(Requests.requireSession(security).caller(), login,
                Requests.requireBody(request).enabled(), Requests.source(http));
        return Response.noContent().build();
    }

    /**
     * @param security the caller
     * @param login    the sub-account
     * @return 204
     */
    @DELETE
    @Path("sub-accounts/{login}")
    public Response delete(@Context SecurityContext security, @PathParam("login") String login) {
        Requests.requireSecurity(accounts).deleteSubAccount(Requests.requireSession(security).caller(), login, Requests.source(http));
        return Response.noContent().build();
    }

}
