package org.sojourn.itests;

import static org.junit.Assert.assertEquals;

import java.util.Map;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The progress query and the dashboard (§4.6, §3): filters, scoping by account, and refused queries. */
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
