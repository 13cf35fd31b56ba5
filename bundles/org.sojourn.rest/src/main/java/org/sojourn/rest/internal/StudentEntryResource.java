package org.sojourn.rest.internal;

import java.time.LocalDate;

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
import org.sojourn.security.api.StudentEntry;

/**
 * {@code POST /api/v1/students/entries}: a foreign or overseas Chinese student's individual entry
 * (外生/僑生個人申請), matched against the schools' imported lists; a match answers like a sign-in.
 */
@Component(service = StudentEntryResource.class)
@JaxrsResource
@Public
@JSONRequired
@Path("v1/students/entries")
public final class StudentEntryResource {

    /**
     * What the student types.
     *
     * @param academicYear   the ROC academic year, e.g. 115
     * @param passportNumber the passport number
     * @param englishName    the English name as in the passport
     * @param birthDate      the date of birth, {@code YYYY-MM-DD}
     * @param captchaId      from {@code GET /api/v1/captcha}
     * @param captchaAnswer  the digits in its picture
     */
    public record EntryRequest(int academicYear, String passportNumber, String englishName, LocalDate birthDate, String captchaId,
            String captchaAnswer) {
        @Override
        public String toString() {
            return "EntryRequest[" + academicYear + "]";
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Authentication authentication;

    @Context
    private HttpServletRequest http;

    /** @return 201 with the session's token and expiry, as a sign-in answers */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response enter(EntryRequest request) {
        EntryRequest body = Requests.requireBody(request);
        return SecurityViews.created(Requests.requireSecurity(authentication).enter(new StudentEntry(body.academicYear(),
                body.passportNumber(), body.englishName(), body.birthDate(), body.captchaId(), body.captchaAnswer(),
                Requests.source(http))));
    }
}
