package org.sojourn.rest.internal;

import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.apache.poi.ss.usermodel.Row;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.cases.api.ApplicantView;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.Decision;
import org.sojourn.cases.api.Page;
import org.sojourn.cases.api.QueueEntry;
import org.sojourn.cases.api.ReviewQuery;
import org.sojourn.cases.api.Reviews;
import org.sojourn.security.api.Role;

/** {@code /api/v1/review}: the officers' queues and their decisions on single cases. */
@Component(service = ReviewResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/review")
public final class ReviewResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Reviews reviews;

    /** A queue and its filters, the same for the list and its export. */
    public static final class Filters {
        /** The queue: {@code AWAITING_FIRST_REVIEW} or {@code AWAITING_SECOND_REVIEW}. */
        @QueryParam("status")
        public String status;
        @QueryParam("businessLine")
        public String businessLine;
        @QueryParam("applicantType")
        public String applicantType;
        @QueryParam("groupNumber")
        public String groupNumber;
        @QueryParam("submittedFrom")
        public String from;
        @QueryParam("submittedTo")
        public String to;

        ReviewQuery query(int page, int size) {
            return new ReviewQuery(status(status), Requests.blankToNull(businessLine), Requests.blankToNull(applicantType),
                    Requests.blankToNull(groupNumber), Requests.date("submittedFrom", from), Requests.date("submittedTo", to),
                    page, size);
        }
    }

    private static final List<String> COLUMNS = List.of("收據號碼 Receipt no.", "團體案號 Group no.", "申請類別", "Applicant type",
            "中文姓名 Chinese name", "英文姓名 English name", "業務別 Business line", "學校統一編號 School", "送件時間 Submitted at");

    /** @return one page of the queue, oldest submission first */
    @GET
    @Path("queue")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW})
    public Page<QueueEntry> queue(@Context SecurityContext security, @BeanParam Filters filters,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        int[] paging = Requests.page(page, size);
        return CaseServices.require(reviews).queue(GroupAccess.actor(security), filters.query(paging[0], paging[1]));
    }

    /** @return the whole queue, oldest first, in an .xlsx to download (at most 50,000 cases) */
    @GET
    @Path("queue.xlsx")
    @Produces(ReconciliationWorkbook.MEDIA_TYPE)
    @Allowed({Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW})
    public Response queueWorkbook(@Context SecurityContext security, @BeanParam Filters filters) {
        ReviewQuery query = filters.query(0, 1);
        Reviews service = CaseServices.require(reviews);
        ExportWorkbook workbook = new ExportWorkbook("queue", "審查佇列 Review queue " + query.status(), COLUMNS);
        try {
            service.exportQueue(GroupAccess.actor(security), query, ExportWorkbook.LIMIT, entry -> write(workbook, entry));
            return workbook.download();
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    private static void write(ExportWorkbook workbook, QueueEntry entry) {
        Row row = workbook.row();
        SheetCells.text(row, 0, entry.receiptNumber());
        SheetCells.text(row, 1, entry.groupNumber());
        SheetCells.text(row, 2, entry.applicant().typeLabelZh());
        SheetCells.text(row, 3, entry.applicant().typeLabelEn());
        SheetCells.text(row, 4, entry.applicant().chineseName());
        SheetCells.text(row, 5, entry.applicant().englishName());
        SheetCells.text(row, 6, entry.businessLine());
        SheetCells.text(row, 7, entry.schoolNumber());
        SheetCells.time(row, 8, entry.submittedAt(), workbook.styles());
    }

    /** @return the case with its form, documents, grant and the decisions possible now */
    @GET
    @Path("cases/{receipt}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW})
    public ApplicantView reviewCase(@Context SecurityContext security, @PathParam("receipt") String receipt) {
        return CaseServices.require(reviews).reviewCase(GroupAccess.actor(security), receipt);
    }

    /**
     * Takes a decision: first review {@code PASS_FIRST_REVIEW}, {@code RETURN_FOR_CORRECTION},
     * {@code REQUEST_SUPPLEMENT}, {@code NOT_ACCEPT}; second review {@code APPROVE},
     * {@code NOT_APPROVE}, {@code RETURN_TO_FIRST_REVIEW}; card desk {@code MARK_CARD_READY} once the
     * fee is paid. One the graph does not allow gets 409, one of another desk 403.
     *
     * @return the case after the decision
     */
    @POST
    @Path("cases/{receipt}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public ApplicantView decide(@Context SecurityContext security, @PathParam("receipt") String receipt,
            Decision decision) {
        return CaseServices.require(reviews).decide(GroupAccess.actor(security), receipt, Requests.requireBody(decision));
    }

    private static CaseStatus status(String raw) {
        try {
            return raw == null ? null : CaseStatus.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            return null; // the service names the queues it knows
        }
    }

    /**
     * Takes one decision on every case of a group the graph allows it for, e.g. returns the whole
     * group for correction with one comment.
     *
     * @return the cases decided
     */
    @POST
    @Path("groups/{groupNumber}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW})
    public List<ApplicantView> decideGroup(@Context SecurityContext security,
            @PathParam("groupNumber") String groupNumber, Decision decision) {
        return CaseServices.require(reviews).decideGroup(GroupAccess.actor(security), groupNumber,
                Requests.requireBody(decision));
    }
}
