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
import org.sojourn.security.api.ApiKeys;
import org.sojourn.security.api.ApiScope;
import org.sojourn.security.api.IssuedApiKey;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/api-keys}: a school's main account issues, lists and revokes the API keys its own
 * student system calls Sojourn with ({@code X-Api-Key}). Only a signed-in person manages keys: a key
 * cannot reach this resource ({@link ApiKeyScopes}).
 */
@Component(service = ApiKeyResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/api-keys")
@Allowed(Role.SCHOOL_MAIN)
public final class ApiKeyResource {

    /**
     * A key to issue.
     *
     * @param name   what it is for
     * @param scopes what it may do
     */
    public record NewKey(String name, Set<ApiScope> scopes) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ApiKeys keys;

    @Context
    private HttpServletRequest http;

    /** @return the school's keys, newest first, without their secrets */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ApiKey> list(@Context SecurityContext security) {
        return Requests.requireSecurity(keys).list(Requests.requireSession(security).caller());
    }

    /** @return 201 with the key and its secret, shown this once */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(@Context SecurityContext security, NewKey request) {
        NewKey body = Requests.requireBody(request);
        IssuedApiKey issued = Requests.requireSecurity(keys).issue(Requests.requireSession(security).caller(), body.name(), body.scopes(),
                Requests.source(http));
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    /** @return the key, revoked: requests with it are refused from now on */
    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ApiKey revoke(@Context SecurityContext security, @PathParam("id") String id) {
        return Requests.requireSecurity(keys).revoke(Requests.requireSession(security).caller(), id, Requests.source(http));
    }
}
