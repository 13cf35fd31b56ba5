package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * After submission (§4.7, §4.8): a correction loop and a supplement loop to approval, with the
 * reviewer's comment and the school's reply; withdrawal of one case and of a whole group; and every
 * refusal of the issue with no change.
 */
public class CorrectionsIT extends SojournTestSupport {

    private Http clerk;
    private Http first;
    private Http second;

    @Before
    public void signIn() throws Exception {
        awaitHealthy();
        clerk = as("03734301-01");
        first = as("officer-first");
        second = as("officer-second");
    }

    @Test
    public void aCorrectionGoesBackToTheOfficerAndOnToApproval() throws Exception {
        String group = Filing.completeGroup(clerk, "補正", "foreign", 1, "CR");
        String receipt = submit(group).get(0);
        String applicant = applicantOf(group);
        String path = Filing.applicantPath(group, applicant);
        assertEquals(409, clerk.put(path, "{\"fields\":{\"department\":\"化學系\"}}").status());
        Http.Answer early = clerk.postJson(path + "/resubmission", "{}");
        assertEquals("TRANSITION_NOT_ALLOWED", early.json().get("code").asText());

        decide(first, receipt, "RETURN_FOR_CORRECTION", "就讀系所有誤，護照影本模糊");
        JsonNode comments = clerk.get("/api/v1/groups/" + group + "/comments").json();
        assertEquals("就讀系所有誤，護照影本模糊", comments.at("/0/body").asText());
        assertEquals(receipt, comments.at("/0/receiptNumber").asText());

        Http.Answer corrected = clerk.put(path, "{\"fields\":{\"department\":\"化學系\"}}");
        assertEquals(corrected.body(), 200, corrected.status());
        String oldPassport = documentOf(clerk.get(path).json(), "passport");
        assertEquals(204, clerk.delete("/api/v1/groups/" + group + "/documents/" + oldPassport).status());
        Http.Answer incomplete = clerk.postJson(path + "/resubmission", "{}");
        assertEquals("APPLICANT_INCOMPLETE", incomplete.json().get("code").asText());
        assertTrue(incomplete.body().contains("documents.passport"));
        Filing.addDocument(clerk, group, applicant, "passport");

        JsonNode resubmitted = clerk.postJson(path + "/resubmission", "{\"reply\":\"已更正系所並重新上傳護照\"}").json();
        assertEquals("AWAITING_FIRST_REVIEW", resubmitted.at("/summary/status").asText());
        assertEquals(receipt, resubmitted.at("/summary/receiptNumber").asText());
        assertEquals("REPLY", clerk.get("/api/v1/groups/" + group + "/comments").json().at("/1/kind").asText());
        assertEquals("化學系", first.get("/api/v1/review/cases/" + receipt).json().at("/fields/department").asText());

        JsonNode timeline = clerk.get(path + "/timeline").json();
        List<String> steps = new ArrayList<>();
        timeline.get("entries").forEach(e -> steps.add(e.get("action").asText()));
        assertTrue(steps.toString(), steps.containsAll(List.of("APPLICANT_ADDED", "SUBMIT", "GROUP_SUBMITTED",
                "RETURN_FOR_CORRECTION", "APPLICANT_UPDATED", "DOCUMENT_DELETED", "RESUBMIT")));
        assertTrue("a decision is expected while the officer has it", timeline.hasNonNull("decisionExpected"));
        assertTrue("no deadline runs for the applicant now", timeline.get("deadline").isNull());

        decide(first, receipt, "PASS_FIRST_REVIEW", null);
        assertEquals("AWAITING_PAYMENT", decide(second, receipt, "APPROVE", null).at("/summary/status").asText());
        JsonNode approved = clerk.get(path + "/timeline").json();
        assertTrue("the payment deadline runs", approved.hasNonNull("deadline"));
        assertTrue(approved.get("decisionExpected").isNull());
        assertEquals(409, clerk.put(path, "{\"fields\":{\"department\":\"物理系\"}}").status());
    }

    @Test
    public void aSupplementTakesFilesButNotFieldChanges() throws Exception {
        String group = Filing.completeGroup(clerk, "補件", "foreign", 1, "SP");
        String receipt = submit(group).get(0);
        String applicant = applicantOf(group);
        String path = Filing.applicantPath(group, applicant);
        Http.Answer fromAbroad = first.postJson("/api/v1/review/cases/" + receipt + "/decisions",
                "{\"action\":\"REQUEST_SUPPLEMENT\",\"comment\":\"請補附母國財力證明\",\"documentsFromAbroad\":true}");
        assertEquals(fromAbroad.body(), 200, fromAbroad.status());
        java.time.LocalDate deadline = java.time.LocalDate.parse(fromAbroad.json().get("deadline").asText());
        assertTrue("3 months for documents from abroad: " + deadline,
                deadline.isAfter(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei")).plusDays(85)));

        Http.Answer fields = clerk.put(path, "{\"fields\":{\"department\":\"化學系\"}}");
        assertEquals(409, fields.status());
        assertEquals("FIELDS_READ_ONLY", fields.json().get("code").asText());
        assertEquals("資訊工程學系", clerk.get(path).json().at("/fields/department").asText());
        Filing.addDocument(clerk, group, applicant, "other");
        Http.Answer groupFile = clerk.upload("/api/v1/groups/" + group + "/documents/other", "x.jpg", Filing.scan(10));
        assertEquals("while a case is returned, the group's files may be what is missing", 201, groupFile.status());

        assertEquals("AWAITING_FIRST_REVIEW", clerk.postJson(path + "/resubmission", "{}").json().at("/summary/status").asText());
        decide(first, receipt, "PASS_FIRST_REVIEW", null);
        assertEquals("AWAITING_PAYMENT", decide(second, receipt, "APPROVE", null).at("/summary/status").asText());
    }

    @Test
    public void casesAndGroupsAreWithdrawnOnlyWhileUnderReview() throws Exception {
        String group = Filing.completeGroup(clerk, "撤銷", "foreign", 3, "WD");
        List<String> receipts = submit(group);
        String number = clerk.get("/api/v1/groups/" + group).json().get("groupNumber").asText();

        Http.Answer unconfirmed = clerk.postJson("/api/v1/withdrawals", "{\"receiptNumber\":\"" + receipts.get(0) + "\"}");
        assertEquals("CONFIRMATION_REQUIRED", unconfirmed.json().at("/errors/0/code").asText());
        addSchool("22099131");
        assertEquals("someone else's case", 404, as("22099131").postJson("/api/v1/withdrawals",
                "{\"receiptNumber\":\"" + receipts.get(0) + "\",\"confirm\":true}").status());

        JsonNode one = clerk.postJson("/api/v1/withdrawals", "{\"receiptNumber\":\"" + receipts.get(0) + "\",\"confirm\":true}").json();
        assertEquals("WITHDRAWN", one.get("status").asText());
        Http.Answer again = clerk.postJson("/api/v1/withdrawals", "{\"receiptNumber\":\"" + receipts.get(0) + "\",\"confirm\":true}");
        assertEquals(409, again.status());
        assertEquals("WITHDRAWAL_NOT_ALLOWED", again.json().get("code").asText());

        decide(first, receipts.get(1), "PASS_FIRST_REVIEW", null);
        decide(second, receipts.get(1), "APPROVE", null);
        Http.Answer approved = clerk.postJson("/api/v1/withdrawals", "{\"receiptNumber\":\"" + receipts.get(1) + "\",\"confirm\":true}");
        assertEquals("review finished", "WITHDRAWAL_NOT_ALLOWED", approved.json().get("code").asText());
        Http.Answer wholeGroup = clerk.postJson("/api/v1/withdrawals", "{\"groupNumber\":\"" + number + "\",\"confirm\":true}");
        assertEquals("WITHDRAWAL_NOT_ALLOWED", wholeGroup.json().get("code").asText());
        assertEquals("AWAITING_FIRST_REVIEW", first.get("/api/v1/review/cases/" + receipts.get(2)).json().at("/summary/status").asText());

        String other = Filing.completeGroup(clerk, "整團撤銷", "foreign", 2, "WG");
        List<String> otherReceipts = submit(other);
        String otherNumber = clerk.get("/api/v1/groups/" + other).json().get("groupNumber").asText();
        JsonNode all = clerk.postJson("/api/v1/withdrawals", "{\"groupNumber\":\"" + otherNumber + "\",\"confirm\":true}").json();
        assertEquals("GROUP_WITHDRAWN", all.get("status").asText());
        assertEquals(otherReceipts.size(), all.get("receiptNumbers").size());
        assertEquals(0, first.get("/api/v1/review/queue?status=AWAITING_FIRST_REVIEW&groupNumber=" + otherNumber).json()
                .get("total").asInt());
    }

    @Test
    public void aWholeGroupIsReturnedAndResubmittedAtOnce() throws Exception {
        String group = Filing.completeGroup(clerk, "整團補正", "foreign", 2, "GR");
        List<String> receipts = submit(group);
        String number = clerk.get("/api/v1/groups/" + group).json().get("groupNumber").asText();
        assertEquals(409, clerk.upload("/api/v1/groups/" + group + "/documents/powerOfAttorney", "新委託書.jpg",
                Filing.scan(12)).status());
        Http.Answer returned = first.postJson("/api/v1/review/groups/" + number + "/decisions",
                "{\"action\":\"RETURN_FOR_CORRECTION\",\"comment\":\"委託書未簽章\"}");
        assertEquals(returned.body(), 200, returned.status());
        assertEquals(2, returned.json().size());
        JsonNode comments = clerk.get("/api/v1/groups/" + group + "/comments").json();
        assertEquals("one comment on the group", 1, comments.size());
        assertTrue(comments.at("/0/applicantId").isNull());

        assertEquals("the group's files can be replaced now", 201, clerk.upload("/api/v1/groups/" + group
                + "/documents/powerOfAttorney", "新委託書.jpg", Filing.scan(12)).status());
        Http.Answer resubmitted = clerk.postJson("/api/v1/groups/" + group + "/resubmission", "{\"reply\":\"已補簽章\"}");
        assertEquals(resubmitted.body(), 200, resubmitted.status());
        assertEquals(2, resubmitted.json().size());
        assertEquals(2, first.get("/api/v1/review/queue?status=AWAITING_FIRST_REVIEW&groupNumber=" + number).json()
                .get("total").asInt());
        assertEquals("REPLY", clerk.get("/api/v1/groups/" + group + "/comments").json().at("/1/kind").asText());
        assertEquals("nothing left to resubmit", 409, clerk.postJson("/api/v1/groups/" + group + "/resubmission", "{}").status());
        assertEquals("nothing to approve in the first queue", 409, second.postJson("/api/v1/review/groups/" + number
                + "/decisions", "{\"action\":\"APPROVE\"}").status());
        assertEquals(2, receipts.size());
    }

    @Test
    public void aMissedCorrectionDeadlineEndsInNotAccepted() throws Exception {
        String group = Filing.completeGroup(clerk, "逾期", "foreign", 1, "DL");
        String receipt = submit(group).get(0);
        JsonNode returned = decide(first, receipt, "RETURN_FOR_CORRECTION", "請更正地址");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei"));
        java.time.LocalDate deadline = java.time.LocalDate.parse(returned.get("deadline").asText());
        assertTrue("3 working days: " + deadline, deadline.isAfter(today.plusDays(2)) && deadline.isBefore(today.plusDays(15)));

        // Let the deadline pass: what the calendar would do in three working days, done to the row.
        try (java.sql.Connection connection = openDirectConnection(); java.sql.PreparedStatement passed = connection
                .prepareStatement("update case_applicant set deadline = ? where receipt_number = ?")) {
            passed.setObject(1, today.minusDays(1));
            passed.setString(2, receipt);
            assertEquals(1, passed.executeUpdate());
        }
        first.await("/api/v1/review/cases/" + receipt,
                answer -> answer.json().at("/summary/status").asText().equals("NOT_ACCEPTED"), java.time.Duration.ofSeconds(30));
        JsonNode comments = clerk.get("/api/v1/groups/" + group + "/comments").json();
        assertTrue(comments.toString(), comments.at("/1/body").asText().startsWith("逾期未補正"));
        assertEquals("SYSTEM", comments.at("/1/authorRole").asText());
        Http.Answer late = clerk.postJson(Filing.applicantPath(group, applicantOf(group)) + "/resubmission", "{}");
        assertEquals("TRANSITION_NOT_ALLOWED", late.json().get("code").asText());
    }

    @Override
    protected org.ops4j.pax.exam.Option[] extraOptions() {
        return new org.ops4j.pax.exam.Option[] {
            org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut("etc/org.sojourn.demo.cfg",
                    "enabled", "true"),
            org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut("etc/org.sojourn.deadlines.cfg",
                    "sweepSeconds", "1"),
        };
    }

    private List<String> submit(String group) {
        Http.Answer submitted = clerk.postJson("/api/v1/groups/" + group + "/submission", "");
        assertEquals(submitted.body(), 200, submitted.status());
        List<String> receipts = new ArrayList<>();
        submitted.json().get("receipts").forEach(r -> receipts.add(r.get("receiptNumber").asText()));
        return receipts;
    }

    private String applicantOf(String group) {
        return clerk.get("/api/v1/groups/" + group).json().at("/applicants/0/applicantId").asText();
    }

    private static String documentOf(JsonNode applicant, String type) {
        for (JsonNode document : applicant.get("documents")) {
            if (document.get("documentType").asText().equals(type)) {
                return document.get("documentId").asText();
            }
        }
        throw new AssertionError("no " + type);
    }

    private static JsonNode decide(Http officer, String receipt, String action, String comment) {
        String body = comment == null ? "{\"action\":\"" + action + "\"}"
                : "{\"action\":\"" + action + "\",\"comment\":\"" + comment + "\"}";
        Http.Answer answer = officer.postJson("/api/v1/review/cases/" + receipt + "/decisions", body);
        assertEquals(answer.body(), 200, answer.status());
        return answer.json();
    }
}
