package org.sojourn.rest.internal;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.sojourn.cases.api.ApplicantView;
import org.sojourn.cases.api.Applications;
import org.sojourn.cases.api.CommentView;
import org.sojourn.cases.api.DocumentContent;
import org.sojourn.cases.api.DocumentView;
import org.sojourn.cases.api.GroupInput;
import org.sojourn.cases.api.GroupView;
import org.sojourn.cases.api.HistoryEntry;
import org.sojourn.cases.api.Page;
import org.sojourn.cases.api.Sender;
import org.sojourn.cases.api.Submission;
import org.sojourn.cases.api.Upload;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Role;
import org.sojourn.security.api.SchoolAccounts;
import org.sojourn.security.api.SchoolProfile;

/**
 * {@code /api/v1/groups}: a school's (or a student's) groups, saved step by step as drafts
 * (§4.2): application data, sender, group documents, submission and history. Officers read them.
 * A group is addressed by its id, or by its group number once submitted.
 */
@Component(service = GroupResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/groups")
public final class GroupResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Applications applications;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SchoolAccounts schools;

    /**
     * Creates a draft group; the terms must be accepted ({@code consent: true}) and the sender is
     * prefilled from the account when not given.
     *
     * @return 201 with the draft and its Location
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    // Students file for themselves, on the business lines of the types their portal offers.
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public Response create(@Context SecurityContext security, GroupInput input) {
        Caller caller = Requests.requireSession(security).caller();
        Requests.requireBody(input);
        SchoolProfile profile = profile(caller);
        GroupView created = CaseServices.require(applications).createGroup(
                GroupAccess.actor(caller, profile == null ? null : profile.organisationName()), input, prefill(caller, profile));
        return Response.created(URI.create("v1/groups/" + created.groupId())).entity(created).build();
    }

    /**
     * @param draft true for drafts (暫存申請資料), false for submitted groups, absent for both
     * @return the groups the caller reaches, newest first
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
        Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public Page<GroupView> list(@Context SecurityContext security, @QueryParam("draft") Boolean draft,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        int[] paging = Requests.page(page, size);
        return CaseServices.require(applications).groups(GroupAccess.actor(security), draft, paging[0], paging[1]);
    }

    /** @return the group with its applicants and documents */
    @GET
    @Path("{group}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
        Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public GroupView get(@Context SecurityContext security, @PathParam("group") String group) {
        return CaseServices.require(applications).group(GroupAccess.actor(security), group);
    }

    /** Changes a draft's application data or sender; parts not sent keep their values. */
    @PUT
    @Path("{group}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public GroupView update(@Context SecurityContext security, @PathParam("group") String group, GroupInput input) {
        return CaseServices.require(applications).updateGroup(GroupAccess.actor(security), group, Requests.requireBody(input));
    }

    /** Deletes a draft with everything in it. */
    @DELETE
    @Path("{group}")
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public Response delete(@Context SecurityContext security, @PathParam("group") String group) {
        CaseServices.require(applications).deleteGroup(GroupAccess.actor(security), group);
        return Response.noContent().build();
    }

    /**
     * Submits a complete draft (送件): group number, receipt numbers, first review. Sending it
     * again answers the same numbers.
     */
    @POST
    @Path("{group}/submission")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public Submission submit(@Context SecurityContext security, @PathParam("group") String group) {
        return CaseServices.require(applications).submit(GroupAccess.actor(security), group);
    }

    /**
     * Resubmits every returned case of the group (after a group-level return), with one optional reply.
     *
     * @return the cases resubmitted
     */
    @POST
    @Path("{group}/resubmission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public List<ApplicantView> resubmit(@Context SecurityContext security, @PathParam("group") String group,
            ApplicantResource.Resubmission answer) {
        return CaseServices.require(applications).resubmitGroup(GroupAccess.actor(security), group,
                answer == null ? null : answer.reply());
    }

    /** @return the group's history, oldest first */
    @GET
    @Path("{group}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
        Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public List<HistoryEntry> history(@Context SecurityContext security, @PathParam("group") String group) {
        return CaseServices.require(applications).history(GroupAccess.actor(security), group);
    }

    /** @return the reviewers' comments on the group's cases and the replies, oldest first */
    @GET
    @Path("{group}/comments")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
        Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public List<CommentView> comments(@Context SecurityContext security, @PathParam("group") String group) {
        return CaseServices.require(applications).comments(GroupAccess.actor(security), group);
    }

    /**
     * Uploads one group document (委託書 {@code powerOfAttorney}, {@code other}); the body is the file.
     *
     * @param fileName the file's name, for display
     * @return 201 with what was stored
     */
    @POST
    @Path("{group}/documents/{type}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public Response upload(@Context SecurityContext security, @PathParam("group") String group,
            @PathParam("type") String type, @HeaderParam("Sojourn-File-Name") String fileName, InputStream content) {
        DocumentView stored = CaseServices.require(applications).addDocument(GroupAccess.actor(security), group, null, type,
                new Upload(Uploads.fileName(fileName), Uploads.read(content)));
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    /** @return one uploaded file of the group or of one of its applicants */
    @GET
    @Path("{group}/documents/{document}")
    @Produces(MediaType.WILDCARD)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
        Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public Response download(@Context SecurityContext security, @PathParam("group") String group,
            @PathParam("document") String document) {
        return Uploads.download(CaseServices.require(applications).document(GroupAccess.actor(security), group, document));
    }

    /** Removes one file of a draft, the group's or an applicant's. */
    @DELETE
    @Path("{group}/documents/{document}")
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public Response deleteDocument(@Context SecurityContext security, @PathParam("group") String group,
            @PathParam("document") String document) {
        CaseServices.require(applications).deleteDocument(GroupAccess.actor(security), group, document);
        return Response.noContent().build();
    }

    /** The school's profile for school accounts, to prefill school and sender; null when unavailable. */
    private SchoolProfile profile(Caller caller) {
        SchoolAccounts accounts = schools;
        if (accounts == null || caller.schoolNumber() == null) {
            return null;
        }
        return accounts.profile(caller);
    }

    private static Sender prefill(Caller caller, SchoolProfile profile) {
        if (profile == null || profile.handler() == null) {
            return new Sender(caller.displayName(), null, null, null, null);
        }
        String phone = profile.handler().landline() == null || profile.handler().landline().isEmpty()
                ? profile.handler().mobile() : profile.handler().landline();
        return new Sender(profile.handler().name(), profile.handler().nationalId(), phone, profile.handler().email(),
                profile.address() == null ? null : Uploads.oneLine(profile.address()));
    }
}
