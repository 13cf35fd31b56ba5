package org.sojourn.rest.internal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.security.api.Authentication;
import org.sojourn.security.api.IssuedSession;
import org.sojourn.security.api.SignIn;

/** {@code POST /api/v1/sessions}: sign in with account, password and captcha. Public. */
@Component(service = SignInResource.class)
@JaxrsResource
@Public
@JSONRequired
@Path("v1/sessions")
public final class SignInResource {

    /**
     * A sign-in.
     *
     * @param account       the account (a school's business number, {@code {main}-{NN}}, …)
     * @param password      the password
     * @param captchaId     from {@code GET /api/v1/captcha}
     * @param captchaAnswer the digits in its picture
     * @param portal        the portal signed in on: {@code mainland} or {@code hk-macao} (required for
     *                      students), {@code school}, {@code agency}, or absent
     */
    public record SignInRequest(String account, String password, String captchaId, String captchaAnswer, String portal) {
        @Override
        public String toString() {
            return "SignInRequest[account=" + account + "]";
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Authentication authentication;

    @Context
    private HttpServletRequest http;

    /**
     * @param request account, password and captcha answer
     * @return 201 with the token, its expiry and the account
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response signIn(SignInRequest request) {
        Requests.requireBody(request);
        IssuedSession issued = Requests.requireSecurity(authentication).signIn(new SignIn(request.account(), request.password(),
                request.captchaId(), request.captchaAnswer(), Requests.source(http), request.portal()));
        return SecurityViews.created(issued);
    }
}
