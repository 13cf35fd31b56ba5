package org.sojourn.rest.internal;

import java.time.LocalDate;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.sojourn.security.api.StudentRegistration;
import org.sojourn.security.api.StudentRegistrations;

/**
 * {@code /api/v1/students}: mainland and Hong Kong/Macao students register on their portal and
 * activate the account with the mailed link.
 */
@Component(service = StudentRegistrationResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/students")
@Public
public final class StudentRegistrationResource {

    /**
     * The registration form.
     *
     * @param portal               {@code mainland} or {@code hk-macao}
     * @param account              the login to choose
     * @param password             the password
     * @param passwordConfirmation the same again
     * @param name                 the name as in the agency's records
     * @param birthDate            the date of birth, {@code YYYY-MM-DD}
     * @param permitNumber         the number of the permit the agency issued
     * @param email                where the activation link goes
     * @param captchaId            from {@code GET /api/v1/captcha}
     * @param captchaAnswer        the digits in its picture
     */
    public record RegistrationForm(String portal, String account, String password, String passwordConfirmation,
            String name, LocalDate birthDate, String permitNumber, String email, String captchaId, String captchaAnswer) {
        @Override
        public String toString() {
            return "RegistrationForm[portal=" + portal + "]";
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StudentRegistrations registrations;

    @Context
    private HttpServletRequest http;

    /**
     * @param form the registration
     * @return 201; the account waits for activation by the mailed link
     */
    @POST
    @Path("registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(RegistrationForm form) {
        Requests.requireBody(form);
        String login = Requests.requireSecurity(registrations).register(new StudentRegistration(form.portal(), form.account(), form.password(),
                form.passwordConfirmation(), form.name(), form.birthDate(), form.permitNumber(), form.email(),
                form.captchaId(), form.captchaAnswer(), Requests.source(http)));
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("account", login, "status", "PENDING_ACTIVATION"))
                .build();
    }

    /**
     * @param token the token from the mailed link
     * @return 204; the account can sign in on its portal
     */
    @PUT
    @Path("activations/{token}")
    public Response activate(@PathParam("token") String token) {
        Requests.requireSecurity(registrations).activate(token, Requests.source(http));
        return Response.noContent().build();
    }

}
