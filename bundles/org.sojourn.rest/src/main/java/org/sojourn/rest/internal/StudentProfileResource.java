package org.sojourn.rest.internal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
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
import org.sojourn.security.api.Role;
import org.sojourn.security.api.StudentProfile;
import org.sojourn.security.api.StudentProfiles;

/** {@code /api/v1/students/me}: a signed-in student's own details (個人資料維護). */
@Component(service = StudentProfileResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/students/me")
@Allowed({Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO})
public final class StudentProfileResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StudentProfiles profiles;

    @Context
    private HttpServletRequest http;

    /** @return the student's details */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StudentProfile profile(@Context SecurityContext security) {
        return Requests.requireSecurity(profiles).profile(Requests.requireSession(security).caller());
    }

    /** @return the details saved: e-mail (with the current password when it changes), phone, address */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public StudentProfile update(@Context SecurityContext security, StudentProfile changes) {
        return Requests.requireSecurity(profiles).update(Requests.requireSession(security).caller(), Requests.requireBody(changes),
                Requests.source(http));
    }
}
