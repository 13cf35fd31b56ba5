package org.sojourn.rest.internal;

import java.net.URI;
import java.time.Instant;

import javax.ws.rs.Consumes;
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
import org.sojourn.cases.api.CaseGroup;
import org.sojourn.cases.api.CaseGroups;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.GroupNumber;
import org.sojourn.cases.api.NewCaseGroup;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Role;

/**
 * {@code /api/v1/groups}: schools create case groups and read them back by group number; officers
 * and the filing student read them too ({@link GroupAccess}). The endpoint stays registered while
 * the case store is unavailable and answers 503 then, rather than disappearing into 404s.
 */
@Component(service = CaseGroupResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/groups")
public final class CaseGroupResource {

    /**
     * A request to create a group.
     *
     * @param applicationName the application name (申請名稱), 1–100 characters
     * @param businessCode    the three-digit business code, e.g. {@code 102}
     */
    public record CreateGroup(String applicationName, String businessCode) {
    }

    /**
     * A group as clients see it.
     *
     * @param groupNumber     the group number (團號), nine digits
     * @param applicationName the application name
     * @param createdAt       when it was created (UTC)
     */
    public record GroupView(String groupNumber, String applicationName, Instant createdAt) {
        static GroupView of(CaseGroup group) {
            return new GroupView(group.groupNumber().toString(), group.applicationName(), group.createdAt());
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CaseGroups groups;

    /**
     * @param security the caller
     * @param request  the group to create
     * @return 201 with the group and its Location
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB})
    public Response create(@Context SecurityContext security, CreateGroup request) {
        Caller caller = Requests.requireSession(security).caller();
        Requests.requireBody(request);
        GroupView created = GroupView.of(store().create(new NewCaseGroup(request.applicationName(), request.businessCode()),
                GroupAccess.ownerFor(caller)));
        return Response.created(URI.create("v1/groups/" + created.groupNumber())).entity(created).build();
    }

    /**
     * @param security    the caller
     * @param groupNumber the group number, nine digits
     * @return the group, when the caller may see it
     */
    @GET
    @Path("{groupNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW,
        Role.OFFICER_CARD_DESK, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO})
    public GroupView get(@Context SecurityContext security, @PathParam("groupNumber") String groupNumber) {
        Caller caller = Requests.requireSession(security).caller();
        GroupNumber number = GroupNumber.parse(groupNumber);
        return store().find(number).filter(group -> GroupAccess.maySee(caller, group)).map(GroupView::of)
                .orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "GROUP_NOT_FOUND",
                        "查無此團號：" + number + "。", "No group has number " + number + "."));
    }

    private CaseGroups store() {
        CaseGroups current = groups;
        if (current == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "CASES_UNAVAILABLE", "案件資料暫時無法使用，請稍後再試。",
                    "Case data is unavailable right now; try again shortly.");
        }
        return current;
    }
}
