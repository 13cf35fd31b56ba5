package org.sojourn.rest.internal;

import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.roster.api.ImportReport;
import org.sojourn.roster.api.Nationality;
import org.sojourn.roster.api.Rosters;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/roster}: a school's admission and registration list (匯入錄取/註冊資料): the template to
 * download, and the import — a dry run first, then the commit that writes all rows or none.
 */
@Component(service = RosterResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/roster")
@Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB})
public final class RosterResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String XLS = "application/vnd.ms-excel";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Rosters rosters;

    /** @return the template as .xlsx */
    @GET
    @Path("template.xlsx")
    @Produces(XLSX)
    public Response templateXlsx() {
        return file(require().template(Rosters.Format.XLSX), XLSX, "Student_List.xlsx");
    }

    /** @return the template as .xls */
    @GET
    @Path("template.xls")
    @Produces(XLS)
    public Response templateXls() {
        return file(require().template(Rosters.Format.XLS), XLS, "Student_List.xls");
    }

    /**
     * @param academicYear the ROC academic year (學年度)
     * @param semester     1 or 2
     * @param commit       true to write; by default a dry run that writes nothing
     * @param fileName     {@code Sojourn-File-Name}, the file's name
     * @param content      the .xls or .xlsx file as the raw body
     * @return every row's problems and the summary
     */
    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importList(@Context SecurityContext security, @QueryParam("academicYear") @DefaultValue("0") String academicYear,
            @QueryParam("semester") @DefaultValue("0") String semester, @QueryParam("commit") @DefaultValue("false") String commit,
            @HeaderParam("Sojourn-File-Name") String fileName, InputStream content) {
        return require().importList(Requests.requireSession(security).caller(), number(academicYear), number(semester),
                Uploads.fileName(fileName), content, "true".equals(commit));
    }

    /** @return the nationalities, for forms and the template's list */
    @GET
    @Path("nationalities")
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    public List<Nationality> nationalities() {
        return require().nationalities();
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0; // refused by the roster's own checks, with the field named
        }
    }

    private static Response file(byte[] content, String mediaType, String name) {
        return Response.ok(content, mediaType).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private Rosters require() {
        Rosters current = rosters;
        if (current == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "ROSTER_UNAVAILABLE", "名冊服務暫時無法使用，請稍後再試。",
                    "The student lists are unavailable right now; try again later.");
        }
        return current;
    }
}
