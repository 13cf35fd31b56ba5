package org.sojourn.rest.internal;

import java.util.Arrays;
import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.cases.api.CaseQueries;
import org.sojourn.cases.api.DashboardLine;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.Page;
import org.sojourn.cases.api.ProgressQuery;
import org.sojourn.cases.api.ProgressRow;
import org.sojourn.cases.api.StatusGroup;
import org.sojourn.security.api.Role;

/** {@code /api/v1/progress} (案件進度查詢) and {@code /api/v1/dashboard} (優先處理事項), scoped by the caller's reach. */
@Component(service = CaseQueryResource.class)
@JaxrsResource
@JSONRequired
@Path("v1")
public final class CaseQueryResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CaseQueries queries;

    /**
     * @param statusGroup {@code ALL}, {@code UNDER_REVIEW}, {@code AWAITING_PAYMENT}, {@code PAID} or {@code GROUP_WITHDRAWN}
     * @param name        the start of a Chinese or English name
     * @param sort        {@code newest} (default) or {@code oldest} submission first
     * @return one page of groups with matching cases: number, application, line, receipt range, stage, count, date
     */
    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
        Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public Page<ProgressRow> progress(@Context SecurityContext security, @QueryParam("businessLine") String businessLine,
            @QueryParam("statusGroup") String statusGroup, @QueryParam("groupNumber") String groupNumber,
            @QueryParam("receiptNumber") String receiptNumber, @QueryParam("name") String name,
            @QueryParam("birthDate") String birthDate, @QueryParam("submittedFrom") String from,
            @QueryParam("submittedTo") String to, @QueryParam("sort") @DefaultValue("newest") String sort,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        int[] paging = Requests.page(page, size);
        if (!sort.equals("newest") && !sort.equals("oldest")) {
            throw invalid("sort", "newest, oldest");
        }
        ProgressQuery query = new ProgressQuery(Requests.blankToNull(businessLine), statusGroup(statusGroup),
                Requests.blankToNull(groupNumber), Requests.blankToNull(receiptNumber), Requests.blankToNull(name),
                Requests.date("birthDate", birthDate), Requests.date("submittedFrom", from), Requests.date("submittedTo", to),
                sort.equals("newest"), paging[0], paging[1]);
        return CaseServices.require(queries).progress(GroupAccess.actor(security), query);
    }

    /** @return per business line: new cases, awaiting supplements, awaiting payment, refused groups and cases */
    @GET
    @Path("dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
        Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public List<DashboardLine> dashboard(@Context SecurityContext security) {
        return CaseServices.require(queries).dashboard(GroupAccess.actor(security));
    }

    private static StatusGroup statusGroup(String raw) {
        String value = Requests.blankToNull(raw);
        if (value == null) {
            return null;
        }
        return Arrays.stream(StatusGroup.values()).filter(group -> group.name().equals(value)).findFirst()
                .orElseThrow(() -> invalid("statusGroup", "ALL, UNDER_REVIEW, AWAITING_PAYMENT, PAID, GROUP_WITHDRAWN"));
    }

    private static DomainException invalid(String field, String choices) {
        return new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "查詢條件有誤：" + field + " 應為 " + choices + "。",
                "The filter " + field + " takes " + choices + ".", List.of(new FieldProblem(field, "NOT_A_CHOICE",
                        "應為 " + choices + "。", "One of " + choices + ".")));
    }
}
