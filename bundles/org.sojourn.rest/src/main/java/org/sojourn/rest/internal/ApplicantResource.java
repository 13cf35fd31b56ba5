package org.sojourn.rest.internal;

import java.io.InputStream;
import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.sojourn.cases.api.ApplicantInput;
import org.sojourn.cases.api.ApplicantView;
import org.sojourn.cases.api.Applications;
import org.sojourn.cases.api.DocumentView;
import org.sojourn.cases.api.Timeline;
import org.sojourn.cases.api.Upload;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Role;
import org.sojourn.security.api.SchoolAccounts;

/**
 * {@code /api/v1/groups/{group}/applicants}: the applicants of a draft (申請人列表), each of an
 * installed applicant type, with their forms and documents.
 */
@Component(service = ApplicantResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/groups/{group}/applicants")
public final class ApplicantResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Applications applications;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SchoolAccounts schools;

    /**
     * Adds an applicant: a type and kind, and for renewal, extension or data change the current
     * resident certificate number, whose case prefills the form.
     *
     * @return 201 with the applicant, what it still misses, and its Location
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public Response add(@Context SecurityContext security, @PathParam("group") String group, ApplicantInput input) {
        Caller caller = Requests.requireSession(security).caller();
        Requests.requireBody(input);
        ApplicantView added = CaseServices.require(applications)
                .addApplicant(GroupAccess.actor(caller, GroupAccess.schoolName(schools, caller)), group, input);
        return Response.created(URI.create("v1/groups/" + added.groupId() + "/applicants/" + added.summary().applicantId()))
                .entity(added).build();
    }

    /** @return the applicant with its form, documents and what it still misses */
    @GET
    @Path("{applicant}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
        Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public ApplicantView get(@Context SecurityContext security, @PathParam("group") String group,
            @PathParam("applicant") String applicant) {
        return CaseServices.require(applications).applicant(GroupAccess.actor(security), group, applicant);
    }

    /** @return the case's history, its running deadline and when its next decision is expected */
    @GET
    @Path("{applicant}/timeline")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
        Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public Timeline timeline(@Context SecurityContext security, @PathParam("group") String group,
            @PathParam("applicant") String applicant) {
        return CaseServices.require(applications).timeline(GroupAccess.actor(security), group, applicant);
    }

    /** Changes the fields sent; an empty string clears one. */
    @PUT
    @Path("{applicant}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public ApplicantView update(@Context SecurityContext security, @PathParam("group") String group,
            @PathParam("applicant") String applicant, ApplicantInput input) {
        return CaseServices.require(applications).updateApplicant(GroupAccess.actor(security), group, applicant,
                Requests.requireBody(input));
    }

    /** Removes the applicant and its documents from the draft. */
    @DELETE
    @Path("{applicant}")
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public Response delete(@Context SecurityContext security, @PathParam("group") String group,
            @PathParam("applicant") String applicant) {
        CaseServices.require(applications).deleteApplicant(GroupAccess.actor(security), group, applicant);
        return Response.noContent().build();
    }

    /**
     * Uploads one file of a document type of the applicant's type; the body is the file.
     *
     * @return 201 with what was stored
     */
    @POST
    @Path("{applicant}/documents/{type}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public Response upload(@Context SecurityContext security, @PathParam("group") String group,
            @PathParam("applicant") String applicant, @PathParam("type") String type,
            @HeaderParam("Sojourn-File-Name") String fileName, InputStream content) {
        DocumentView stored = CaseServices.require(applications).addDocument(GroupAccess.actor(security), group, applicant, type,
                new Upload(Uploads.fileName(fileName), Uploads.read(content)));
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    /**
     * An answer to a return for correction or supplementary documents.
     *
     * @param reply the optional reply to the reviewer's comment
     */
    public record Resubmission(String reply) {
    }

    /**
     * Sends a case returned for correction (補正) or supplement (補件) back to the first review, after
     * the same checks as submission.
     *
     * @return the case, awaiting its first review again
     */
    @POST
    @Path("{applicant}/resubmission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public ApplicantView resubmit(@Context SecurityContext security, @PathParam("group") String group,
            @PathParam("applicant") String applicant, Resubmission answer) {
        return CaseServices.require(applications).resubmit(GroupAccess.actor(security), group, applicant,
                answer == null ? null : answer.reply());
    }
}
