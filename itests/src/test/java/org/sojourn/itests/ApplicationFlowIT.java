package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A school files groups of foreign and overseas Chinese students through the API, officers take
 * them through both reviews, and bad input of every kind is refused with field errors and no change.
 */
public class ApplicationFlowIT extends SojournTestSupport {

    private static final List<String> DECISIONS = List.of("PASS_FIRST_REVIEW", "RETURN_FOR_CORRECTION",
            "REQUEST_SUPPLEMENT", "NOT_ACCEPT", "APPROVE", "NOT_APPROVE", "RETURN_TO_FIRST_REVIEW");
    private static final Set<String> FIRST_DESK = Set.of("PASS_FIRST_REVIEW", "RETURN_FOR_CORRECTION",
            "REQUEST_SUPPLEMENT", "NOT_ACCEPT");

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
    public void installedApplicantTypesDescribeTheirForms() {
        JsonNode types = http().get("/api/v1/applicant-types").json();
        assertEquals("foreign, hk-macao, mainland, no-household, overseas-chinese", 5, types.size());
        JsonNode foreign = types.get(0);
        assertEquals("foreign", foreign.get("id").asText());
        assertEquals("外生", foreign.get("labelZh").asText());
        assertEquals("102", foreign.at("/businessLines/0/groupCode").asText());
        assertTrue(foreign.get("fields").toString().contains("\"passportExpiry\""));
        JsonNode overseas = types.get(4);
        assertEquals("overseas-chinese", overseas.get("id").asText());
        assertTrue(overseas.get("documents").toString().contains("placementNotice"));
        assertFalse(foreign.get("documents").toString().contains("placementNotice"));
    }

    @Test
    public void aGroupGoesFromDraftThroughBothReviews() throws Exception {
        String group = Filing.completeGroup(clerk, "115 外籍及僑生", "foreign", 2, "FL");
        String overseas = Filing.addApplicant(clerk, group, "overseas-chinese", Filing.complete("FL999999"));
        assertEquals("overseas Chinese without placement notice and photo is incomplete", false,
                clerk.get(Filing.applicantPath(group, overseas)).json().at("/summary/complete").asBoolean());
        Http.Answer incomplete = clerk.postJson("/api/v1/groups/" + group + "/submission", "");
        assertEquals(400, incomplete.status());
        assertEquals("GROUP_INCOMPLETE", incomplete.json().get("code").asText());
        assertTrue(incomplete.body(), incomplete.body().contains("applicants[3].documents.placementNotice"));
        assertEquals(204, clerk.delete(Filing.applicantPath(group, overseas)).status());

        JsonNode submitted = clerk.postJson("/api/v1/groups/" + group + "/submission", "").json();
        String number = submitted.get("groupNumber").asText();
        assertTrue(number.matches("\\d{2}102\\d{4}"));
        List<String> receipts = new ArrayList<>();
        submitted.get("receipts").forEach(r -> receipts.add(r.get("receiptNumber").asText()));
        receipts.forEach(r -> assertTrue(r, r.matches("\\d{3}6965\\d{5}")));
        assertEquals("the same answer again", submitted, clerk.postJson("/api/v1/groups/" + group + "/submission", "").json());
        assertEquals(200, as("03734301").get("/api/v1/groups/" + number).status()); // the school's main account

        JsonNode queue = first.get("/api/v1/review/queue?status=AWAITING_FIRST_REVIEW&groupNumber=" + number).json();
        assertEquals(2, queue.get("total").asInt());
        assertEquals(receipts.get(0), queue.at("/items/0/receiptNumber").asText());

        Http.Answer early = decide(second, receipts.get(0), "APPROVE", null);
        assertEquals(409, early.status());
        assertEquals("TRANSITION_NOT_ALLOWED", early.json().get("code").asText());
        assertEquals(403, decide(second, receipts.get(0), "PASS_FIRST_REVIEW", null).status());
        assertEquals("AWAITING_FIRST_REVIEW", first.get("/api/v1/review/cases/" + receipts.get(0)).json().at("/summary/status").asText());

        assertEquals(200, decide(first, receipts.get(0), "PASS_FIRST_REVIEW", null).status());
        Http.Answer noReason = decide(first, receipts.get(1), "RETURN_FOR_CORRECTION", null);
        assertEquals("COMMENT_REQUIRED", noReason.json().get("code").asText());
        assertEquals("RETURNED_FOR_CORRECTION",
                decide(first, receipts.get(1), "RETURN_FOR_CORRECTION", "護照影本模糊，請重新上傳").json().at("/summary/status").asText());

        assertEquals(1, second.get("/api/v1/review/queue?status=AWAITING_SECOND_REVIEW&groupNumber=" + number).json()
                .get("total").asInt());
        JsonNode approved = decide(second, receipts.get(0), "APPROVE", null).json();
        assertEquals("AWAITING_PAYMENT", approved.at("/summary/status").asText());
        assertEquals(1000, approved.at("/grant/feeTwd").asInt());
        assertEquals("IC_CARD", approved.at("/grant/documentKind").asText());

        List<String> history = new ArrayList<>();
        clerk.get("/api/v1/groups/" + group + "/history").json().forEach(h -> history.add(h.get("action").asText()));
        assertTrue(history.toString(), history.containsAll(List.of("GROUP_CREATED", "APPLICANT_ADDED", "DOCUMENT_ADDED",
                "APPLICANT_DELETED", "SUBMIT", "GROUP_SUBMITTED", "PASS_FIRST_REVIEW", "RETURN_FOR_CORRECTION", "APPROVE")));
    }

    @Test
    public void everyDecisionIsAllowedExactlyWhereTheGraphSays() throws Exception {
        String group = Filing.completeGroup(clerk, "狀態圖", "foreign", 3, "SG");
        JsonNode submitted = clerk.postJson("/api/v1/groups/" + group + "/submission", "").json();
        String awaitingFirst = submitted.at("/receipts/0/receiptNumber").asText();
        String awaitingSecond = submitted.at("/receipts/1/receiptNumber").asText();
        String notAccepted = submitted.at("/receipts/2/receiptNumber").asText();
        decide(first, awaitingSecond, "PASS_FIRST_REVIEW", null);
        decide(first, notAccepted, "NOT_ACCEPT", "不符申請資格");

        Map<String, Set<String>> allowed = Map.of(
                awaitingFirst, Set.of("PASS_FIRST_REVIEW", "RETURN_FOR_CORRECTION", "REQUEST_SUPPLEMENT", "NOT_ACCEPT"),
                awaitingSecond, Set.of("APPROVE", "NOT_APPROVE", "RETURN_TO_FIRST_REVIEW"),
                notAccepted, Set.of());
        for (Map.Entry<String, Set<String>> state : allowed.entrySet()) {
            String before = first.get("/api/v1/review/cases/" + state.getKey()).json().at("/summary/status").asText();
            for (String decision : DECISIONS) {
                if (state.getValue().contains(decision)) {
                    continue; // taking it would move the case; the allowed ones are taken in the flow test
                }
                Http.Answer refused = decide(FIRST_DESK.contains(decision) ? first : second, state.getKey(), decision, "理由");
                assertEquals(before + " × " + decision, 409, refused.status());
                assertEquals("TRANSITION_NOT_ALLOWED", refused.json().get("code").asText());
            }
            JsonNode after = first.get("/api/v1/review/cases/" + state.getKey()).json();
            assertEquals("refusals change nothing", before, after.at("/summary/status").asText());
            Set<String> offered = new TreeSet<>();
            after.get("allowedActions").forEach(a -> offered.add(a.asText()));
            offered.retainAll(DECISIONS);
            assertEquals(before, new TreeSet<>(state.getValue()), offered);
        }
    }

    @Test
    public void badInputGetsFieldErrorsAndChangesNothing() throws Exception {
        String group = Filing.draft(clerk, "錯誤輸入");
        Map<String, String> fields = Filing.complete("BAD00001");
        fields.put("birthDate", "2099-01-01");
        fields.put("passportExpiry", "2001-01-01");
        fields.put("nationality", "XX");
        Http.Answer refused = clerk.postJson("/api/v1/groups/" + group + "/applicants", Filing.applicantJson("foreign", fields));
        assertEquals(400, refused.status());
        Set<String> errors = new TreeSet<>();
        refused.json().get("errors").forEach(e -> errors.add(e.get("field").asText() + ":" + e.get("code").asText()));
        assertEquals(Set.of("birthDate:DATE_IN_FUTURE", "nationality:UNKNOWN_COUNTRY", "passportExpiry:DATE_NOT_IN_FUTURE"), errors);
        assertEquals(0, clerk.get("/api/v1/groups/" + group).json().get("applicants").size());

        Http.Answer unknownType = clerk.postJson("/api/v1/groups/" + group + "/applicants",
                Filing.applicantJson("martian", Map.of()));
        assertEquals("UNKNOWN_APPLICANT_TYPE", unknownType.json().at("/errors/0/code").asText());

        String applicant = Filing.addApplicant(clerk, group, "foreign", Map.of("englishName", "Kim Lee", "passportNumber", "DUP12345"));
        JsonNode partial = clerk.get(Filing.applicantPath(group, applicant)).json();
        assertFalse(partial.at("/summary/complete").asBoolean());
        assertTrue(partial.get("missing").toString().contains("\"birthDate\""));
        Http.Answer duplicate = clerk.postJson("/api/v1/groups/" + group + "/applicants",
                Filing.applicantJson("foreign", Map.of("passportNumber", "dup12345")));
        assertEquals("DUPLICATE_PASSPORT", duplicate.json().at("/errors/0/code").asText());

        String documents = Filing.applicantPath(group, applicant) + "/documents/";
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals("UNSUPPORTED_FILE_TYPE", clerk.upload(documents + "passport", "passport.jpg", exe).json().get("code").asText());
        byte[] png = Filing.photo();
        assertEquals("UNREADABLE_FILE", clerk.upload(documents + "photo", "photo.png", Arrays.copyOf(png, png.length - 40))
                .json().get("code").asText());
        assertEquals("FILE_TOO_LARGE", clerk.upload(documents + "passport", "big.jpg", Arrays.copyOf(Filing.scan(100), 513 * 1024))
                .json().get("code").asText());
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals("PDF_NOT_ALLOWED", clerk.upload(documents + "passport", "passport.pdf", pdf).json().get("code").asText());
        assertEquals(0, clerk.get(Filing.applicantPath(group, applicant)).json().get("documents").size());

        Http.Answer notComplete = clerk.postJson("/api/v1/groups/" + group + "/submission", "");
        assertEquals("GROUP_INCOMPLETE", notComplete.json().get("code").asText());
        assertTrue(notComplete.body().contains("applicants[1].birthDate"));
        assertTrue(clerk.get("/api/v1/groups/" + group).json().get("groupNumber").isNull());

        addSchool("22099131");
        Http otherSchool = as("22099131");
        assertEquals(404, otherSchool.get("/api/v1/groups/" + group).status());
        assertEquals(404, otherSchool.delete("/api/v1/groups/" + group).status());
        assertEquals(404, otherSchool.postJson("/api/v1/groups/" + group + "/submission", "").status());
        assertEquals(200, clerk.get("/api/v1/groups/" + group).status());
    }

    @Test
    public void aGroupTakesThirtyApplicantsAndNoMore() throws Exception {
        String group = Filing.draft(clerk, "滿團");
        for (int i = 0; i < 30; i++) {
            Filing.addApplicant(clerk, group, "foreign", Map.of("passportNumber", "FULL" + (1000 + i)));
        }
        Http.Answer thirtyFirst = clerk.postJson("/api/v1/groups/" + group + "/applicants",
                Filing.applicantJson("foreign", Map.of("passportNumber", "FULL9999")));
        assertEquals(409, thirtyFirst.status());
        assertEquals("GROUP_FULL", thirtyFirst.json().get("code").asText());
        assertEquals(30, clerk.get("/api/v1/groups/" + group).json().get("applicants").size());
        assertEquals(204, clerk.delete("/api/v1/groups/" + group).status());
        assertEquals(404, clerk.get("/api/v1/groups/" + group).status());
    }

    @Test
    public void aCaseWhoseApplicantTypeIsUninstalledStaysReadable() throws Exception {
        String group = Filing.draft(clerk, "外掛移除");
        String applicant = Filing.addApplicant(clerk, group, "overseas-chinese", Map.of("passportNumber", "GONE1234"));
        Bundle plugin = Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getSymbolicName().equals("org.sojourn.applicant.overseaschinese")).findFirst().orElseThrow();
        plugin.stop();
        try {
            http().await("/api/v1/applicant-types", answer -> answer.json().size() == 4, java.time.Duration.ofSeconds(30));
            JsonNode orphan = clerk.get(Filing.applicantPath(group, applicant)).json();
            assertTrue(orphan.at("/summary/handlerMissing").asBoolean());
            assertEquals("GONE1234", orphan.at("/fields/passportNumber").asText());
            Http.Answer edit = clerk.put(Filing.applicantPath(group, applicant), "{\"fields\":{\"englishName\":\"X\"}}");
            assertEquals(503, edit.status());
            assertEquals("APPLICANT_TYPE_MISSING", edit.json().get("code").asText());
        } finally {
            plugin.start();
        }
        http().await("/api/v1/applicant-types", answer -> answer.json().size() == 5, java.time.Duration.ofSeconds(30));
        assertFalse(clerk.get(Filing.applicantPath(group, applicant)).json().at("/summary/handlerMissing").asBoolean());
    }

    @Test
    public void aSixMonthECertificateIsRenewedByItsNumberAndExtensionsWaitForTheirWindow() throws Exception {
        String group = Filing.draft(clerk, "六個月電子居留證");
        Filing.addDocument(clerk, group, null, "powerOfAttorney");
        Map<String, String> admitted = Filing.complete("EC123456");
        admitted.put("studyStatus", "ADMITTED_NOT_REGISTERED");
        String applicant = Filing.addApplicant(clerk, group, "foreign", admitted);
        Filing.completeDocuments(clerk, group, applicant, Filing.FOREIGN_DOCUMENTS);
        String receipt = clerk.postJson("/api/v1/groups/" + group + "/submission", "").json().at("/receipts/0/receiptNumber").asText();
        decide(first, receipt, "PASS_FIRST_REVIEW", null);
        JsonNode grant = decide(second, receipt, "APPROVE", null).json().get("grant");
        assertEquals("E_CERTIFICATE_6_MONTHS", grant.get("documentKind").asText());
        String certificate = grant.get("certificateNumber").asText();
        assertTrue(certificate, certificate.matches("A8\\d{8}"));

        String renewals = Filing.draft(clerk, "換證");
        String renewal = "{\"applicantType\":\"foreign\",\"applicationKind\":\"RENEWAL\",\"residentCertificateNumber\":\""
                + certificate + "\",\"fields\":{\"studyStatus\":\"REGISTERED\"}}";
        Http.Answer unpaid = clerk.postJson("/api/v1/groups/" + renewals + "/applicants", renewal);
        assertEquals("NO_CURRENT_GRANT", unpaid.json().get("code").asText());

        recordPaymentOf(receipt); // what the payment module (issue 7) records when the fee arrives
        Http.Answer renewed = clerk.postJson("/api/v1/groups/" + renewals + "/applicants", renewal);
        assertEquals(renewed.body(), 201, renewed.status());
        assertEquals("RENEWAL", renewed.json().at("/summary/applicationKind").asText());
        assertEquals("prefilled from the certificate's case", "Ana Silva", renewed.json().at("/fields/englishName").asText());
        assertEquals("REGISTERED", renewed.json().at("/fields/studyStatus").asText());

        Http.Answer extension = clerk.postJson("/api/v1/groups/" + renewals + "/applicants",
                renewal.replace("RENEWAL", "EXTENSION"));
        assertEquals("OUTSIDE_EXTENSION_WINDOW", extension.json().get("code").asText());
        addSchool("22099131");
        Http.Answer elsewhere = as("22099131").postJson("/api/v1/groups/" + Filing.draft(as("22099131"), "他校") + "/applicants",
                renewal);
        assertEquals("another school's certificate prefills nothing", "GRANT_NOT_YOURS", elsewhere.json().get("code").asText());
    }

    private void recordPaymentOf(String receipt) throws Exception {
        try (java.sql.Connection connection = openDirectConnection(); java.sql.PreparedStatement paid = connection.prepareStatement(
                "update case_applicant set status = 'PAID' where receipt_number = ? and status = 'AWAITING_PAYMENT'")) {
            paid.setString(1, receipt);
            assertEquals(1, paid.executeUpdate());
        }
    }

    private static Http.Answer decide(Http officer, String receipt, String action, String comment) {
        String body = comment == null ? "{\"action\":\"" + action + "\"}"
                : "{\"action\":\"" + action + "\",\"comment\":\"" + comment + "\"}";
        return officer.postJson("/api/v1/review/cases/" + receipt + "/decisions", body);
    }
}
