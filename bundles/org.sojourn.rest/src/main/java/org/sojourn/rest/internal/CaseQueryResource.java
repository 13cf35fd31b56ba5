package org.sojourn.rest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.BeanParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
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

    /** The progress query's filters, the same for the list and its export. */
    public static final class Filters {
        @QueryParam("businessLine")
        public String businessLine;
        /** {@code ALL}, {@code UNDER_REVIEW}, {@code AWAITING_PAYMENT}, {@code PAID} or {@code GROUP_WITHDRAWN}. */
        @QueryParam("statusGroup")
        public String statusGroup;
        @QueryParam("groupNumber")
        public String groupNumber;
        @QueryParam("receiptNumber")
        public String receiptNumber;
        /** The start of a Chinese or English name. */
        @QueryParam("name")
        public String name;
        @QueryParam("birthDate")
        public String birthDate;
        @QueryParam("submittedFrom")
        public String from;
        @QueryParam("submittedTo")
        public String to;
        /** {@code newest} (default) or {@code oldest} submission first. */
        @QueryParam("sort")
        @DefaultValue("newest")
        public String sort;

        ProgressQuery query(int page, int size) {
            if (!sort.equals("newest") && !sort.equals("oldest")) {
                throw invalid("sort", "newest, oldest");
            }
            return new ProgressQuery(Requests.blankToNull(businessLine), statusGroup(statusGroup),
                    Requests.blankToNull(groupNumber), Requests.blankToNull(receiptNumber), Requests.blankToNull(name),
                    Requests.date("birthDate", birthDate), Requests.date("submittedFrom", from), Requests.date("submittedTo", to),
                    sort.equals("newest"), page, size);
        }
    }

    private static final List<String> COLUMNS = List.of("團體案號 Group no.", "申請名稱 Application", "業務別 Business line",
            "收據號碼（起）First receipt no.", "收據號碼（迄）Last receipt no.", "件數 Cases", "階段", "Stage", "送件時間 Submitted at");

    /** @return one page of groups with matching cases: number, application, line, receipt range, stage, count, date */
    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
        Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public Page<ProgressRow> progress(@Context SecurityContext security, @BeanParam Filters filters,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        int[] paging = Requests.page(page, size);
        return CaseServices.require(queries).progress(GroupAccess.actor(security), filters.query(paging[0], paging[1]));
    }

    /** @return every matching group, as the list shows them, in an .xlsx to download (at most 50,000) */
    @GET
    @Path("progress.xlsx")
    @Produces(ReconciliationWorkbook.MEDIA_TYPE)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL,
        Role.OFFICER_FIRST_REVIEW, Role.OFFICER_SECOND_REVIEW, Role.OFFICER_CARD_DESK})
    public Response progressWorkbook(@Context SecurityContext security, @BeanParam Filters filters) {
        ProgressQuery query = filters.query(0, 1);
        CaseQueries service = CaseServices.require(queries);
        ExportWorkbook workbook = new ExportWorkbook("progress", "案件進度查詢 Progress", COLUMNS);
        try {
            service.exportProgress(GroupAccess.actor(security), query, ExportWorkbook.LIMIT, group -> write(workbook, group));
            return workbook.download();
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    private static void write(ExportWorkbook workbook, ProgressRow group) {
        Row row = workbook.row();
        SheetCells.text(row, 0, group.groupNumber());
        SheetCells.text(row, 1, group.applicationName());
        SheetCells.text(row, 2, group.businessLine());
        SheetCells.text(row, 3, group.firstReceipt());
        SheetCells.text(row, 4, group.lastReceipt());
        SheetCells.number(row, 5, group.cases(), workbook.styles().number);
        SheetCells.text(row, 6, group.stages().entrySet().stream().map(stage -> stage.getKey().nameZh() + " " + stage.getValue())
                .collect(Collectors.joining("、")));
        SheetCells.text(row, 7, group.stages().entrySet().stream().map(stage -> stage.getKey().nameEn() + " " + stage.getValue())
                .collect(Collectors.joining("; ")));
        SheetCells.time(row, 8, group.submittedAt(), workbook.styles());
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
