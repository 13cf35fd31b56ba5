package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The progress query and the dashboard (§4.6, §3): filters, scoping by account, exports to Excel, and refused queries. */
public class ProgressIT extends SojournTestSupport {

    private Http clerk;

    @Before
    public void signIn() throws Exception {
        awaitHealthy();
        clerk = as("03734301-01");
    }

    @Test
    public void filtersScopingAndTheDashboard() throws Exception {
        String first = Filing.completeGroup(clerk, "查詢一", "foreign", 2, "PQ");
        String second = Filing.draft(clerk, "查詢二");
        Filing.addDocument(clerk, second, null, "powerOfAttorney");
        Map<String, String> lee = Filing.complete("PQLEE001");
        lee.put("englishName", "Lee Min-jun");
        lee.put("birthDate", "2001-12-31");
        String leeId = Filing.addApplicant(clerk, second, "foreign", lee);
        Filing.completeDocuments(clerk, second, leeId, Filing.FOREIGN_DOCUMENTS);
        Filing.draft(clerk, "未送件的草稿");
        JsonNode one = clerk.postJson("/api/v1/groups/" + first + "/submission", "").json();
        JsonNode two = clerk.postJson("/api/v1/groups/" + second + "/submission", "").json();
        String leeReceipt = two.at("/receipts/0/receiptNumber").asText();
        Http officer = as("officer-first");
        officer.postJson("/api/v1/review/cases/" + leeReceipt + "/decisions",
                "{\"action\":\"REQUEST_SUPPLEMENT\",\"comment\":\"請補件\"}");

        JsonNode all = clerk.get("/api/v1/progress").json();
        assertEquals("drafts are not in progress", 2, all.get("total").asInt());
        JsonNode newest = all.at("/items/0");
        assertEquals(two.get("groupNumber").asText(), newest.get("groupNumber").asText());
        JsonNode oldest = clerk.get("/api/v1/progress?sort=oldest").json().at("/items/0");
        assertEquals(one.get("groupNumber").asText(), oldest.get("groupNumber").asText());
        assertEquals(2, oldest.get("cases").asInt());
        assertEquals(one.at("/receipts/0/receiptNumber").asText(), oldest.get("firstReceipt").asText());
        assertEquals(one.at("/receipts/1/receiptNumber").asText(), oldest.get("lastReceipt").asText());
        assertEquals(2, oldest.at("/stages/AWAITING_FIRST_REVIEW").asInt());

        assertEquals(2, total("?statusGroup=UNDER_REVIEW"));
        assertEquals(0, total("?statusGroup=AWAITING_PAYMENT"));
        assertEquals(1, total("?name=lee"));
        assertEquals("a typed % is taken literally", 0, total("?name=%25"));
        assertEquals(1, total("?birthDate=2001-12-31"));
        assertEquals(1, total("?receiptNumber=" + leeReceipt));
        assertEquals(1, total("?groupNumber=" + one.get("groupNumber").asText()));
        assertEquals(2, total("?businessLine=102&submittedFrom=2020-01-01"));
        assertEquals(0, total("?submittedTo=2020-01-01"));

        assertEquals("the main account sees its sub-accounts' groups", 2,
                as("03734301").get("/api/v1/progress").json().get("total").asInt());
        assertEquals("a sibling sub-account does not", 0, as("03734301-02").get("/api/v1/progress").json().get("total").asInt());

        JsonNode line = clerk.get("/api/v1/dashboard").json().get(0);
        assertEquals("102", line.get("businessLine").asText());
        assertEquals(2, line.get("newCases").asInt());
        assertEquals(1, line.get("awaitingSupplements").asInt());
        clerk.postJson(Filing.applicantPath(second, leeId) + "/resubmission", "{}");
        JsonNode after = clerk.get("/api/v1/dashboard").json().get(0);
        assertEquals("back among the new cases", 3, after.get("newCases").asInt());
        assertEquals(0, after.get("awaitingSupplements").asInt());
    }

    @Test
    public void theListAndTheReviewQueueDownloadAsExcelAsTheyAreShown() throws Exception {
        // Another school, so the demo school's counts in the other test stay its own.
        addSchool("12345675");
        Http school = as("12345675");
        for (int applicants = 1; applicants <= 3; applicants++) {
            String group = Filing.completeGroup(school, "匯出" + applicants, "foreign", applicants, "PX" + applicants);
            assertEquals(200, school.postJson("/api/v1/groups/" + group + "/submission", "").status());
        }
        JsonNode shown = school.get("/api/v1/progress?sort=oldest&size=100").json();
        assertEquals(3, shown.get("total").asInt());
        List<List<String>> rows = rows(school.download("/api/v1/progress.xlsx?sort=oldest"));
        assertEquals(shown.get("total").asInt(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode group = shown.get("items").get(i);
            List<String> row = rows.get(i);
            assertEquals(group.get("groupNumber").asText(), row.get(0));
            assertEquals(group.get("applicationName").asText(), row.get(1));
            assertEquals(group.get("firstReceipt").asText(), row.get(3));
            assertEquals(group.get("lastReceipt").asText(), row.get(4));
            assertEquals(group.get("cases").asText(), row.get(5));
            assertTrue(row.get(6), row.get(6).contains("待初審 " + group.at("/stages/AWAITING_FIRST_REVIEW").asText()));
        }
        String receipt = shown.at("/items/1/firstReceipt").asText();
        List<List<String>> one = rows(school.download("/api/v1/progress.xlsx?receiptNumber=" + receipt));
        assertEquals("the filters apply", 1, one.size());
        assertEquals(shown.at("/items/1/groupNumber").asText(), one.get(0).get(0));
        for (List<String> row : rows(clerk.download("/api/v1/progress.xlsx"))) {
            assertTrue("another school's export holds none of them", shown.toString().indexOf(row.get(0)) < 0);
        }

        Http officer = as("officer-first");
        JsonNode queue = officer.get("/api/v1/review/queue?status=AWAITING_FIRST_REVIEW&size=100").json();
        List<List<String>> queued = rows(officer.download("/api/v1/review/queue.xlsx?status=AWAITING_FIRST_REVIEW"));
        assertEquals(queue.get("total").asInt(), queued.size());
        for (int i = 0; i < queued.size(); i++) {
            JsonNode entry = queue.get("items").get(i);
            assertEquals(entry.get("receiptNumber").asText(), queued.get(i).get(0));
            assertEquals(entry.at("/applicant/englishName").asText(), queued.get(i).get(5));
        }

        Http.Answer sideways = school.get("/api/v1/progress.xlsx?sort=sideways");
        assertEquals("a problem, not a file", 400, sideways.status());
        assertEquals("INVALID_INPUT", sideways.json().get("code").asText());
        assertEquals("UNKNOWN_QUEUE", officer.get("/api/v1/review/queue.xlsx?status=PAID").json().get("code").asText());
        assertEquals(403, clerk.get("/api/v1/review/queue.xlsx?status=AWAITING_FIRST_REVIEW").status());
        assertEquals(401, http().get("/api/v1/progress.xlsx").status());
    }

    /** @return the data rows of an export's first sheet (after its title and headings), each cell as text */
    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().contains(" "));
            for (int number = 3; number <= sheet.getLastRowNum(); number++) {
                List<String> cells = new ArrayList<>();
                sheet.getRow(number).forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    public void malformedQueriesAreRefused() {
        assertEquals("INVALID_DATE", clerk.get("/api/v1/progress?birthDate=2001-13-01").json().get("code").asText());
        assertEquals("INVALID_DATE", clerk.get("/api/v1/progress?submittedFrom=yesterday").json().get("code").asText());
        assertEquals("INVALID_PAGE", clerk.get("/api/v1/progress?size=1000").json().get("code").asText());
        assertEquals("INVALID_PAGE", clerk.get("/api/v1/progress?page=-1").json().get("code").asText());
        assertEquals(400, clerk.get("/api/v1/progress?page=abc").status());
        assertEquals("INVALID_INPUT", clerk.get("/api/v1/progress?statusGroup=SOMETIMES").json().get("code").asText());
        assertEquals("INVALID_GROUP_NUMBER", clerk.get("/api/v1/progress?groupNumber=12").json().get("code").asText());
        assertEquals(401, http().get("/api/v1/progress").status());
    }

    private int total(String query) {
        Http.Answer answer = clerk.get("/api/v1/progress" + query);
        assertEquals(answer.body(), 200, answer.status());
        return answer.json().get("total").asInt();
    }
}
