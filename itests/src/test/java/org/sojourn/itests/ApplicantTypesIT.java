package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The mainland, Hong Kong/Macao and no-household-registration types in the distribution on
 * PostgreSQL: a mainland student's own extension with the seed's checks of the permit number, a
 * Hong Kong student's own application on their portal only, and a school's no-household group
 * with the notice's document rules, each through to approval.
 */
public class ApplicantTypesIT extends SojournTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Taipei"));

    @Before
    public void ready() {
        awaitHealthy();
    }

    @Test
    public void everyRequestedTypeIsOffered() {
        var types = http().get("/api/v1/applicant-types").json();
        List<String> ids = new java.util.ArrayList<>();
        types.forEach(type -> ids.add(type.get("id").asText()));
        assertTrue(ids.toString(), ids.containsAll(List.of("foreign", "overseas-chinese", "mainland", "hk-macao", "no-household")));
    }

    @Test
    public void aMainlandStudentExtendsTheirOwnPermitAfterTheSeedsChecks() throws Exception {
        long account = accountId("cn-student");
        record("M40000001", account, "MULTIPLE_ENTRY_PERMIT", TODAY.plusMonths(2), Map.of("relation", "SELF",
                "chineseName", "張小明", "pinyinName", "ZHANG XIAOMING", "sex", "M", "birthDate", "2003-05-20",
                "birthProvince", "福建省", "school", "國立示範大學", "programme", "MASTER", "department", "資訊工程學系"));
        record("M40000002", null, "MULTIPLE_ENTRY_PERMIT", TODAY.plusMonths(2), Map.of());
        record("M40000003", account, "MULTIPLE_ENTRY_PERMIT", TODAY.plusMonths(8), Map.of("school", "國立示範大學"));
        Http student = as("cn-student");
        String group = studentGroup(student, "112", "多次證延期");

        assertEquals("the seed's 查無此證號資料", "CERTIFICATE_NOT_FOUND", extension(student, group, "M49999999").json().get("code").asText());
        Http.Answer someoneElses = extension(student, group, "M40000002");
        assertEquals("GRANT_NOT_YOURS", someoneElses.json().get("code").asText());
        assertEquals("帳號基資與案件資料不符。", someoneElses.json().at("/messages/zh-TW").asText());
        Http.Answer early = extension(student, group, "M40000003");
        assertEquals("OUTSIDE_EXTENSION_WINDOW", early.json().get("code").asText());
        assertTrue(early.body(), early.json().at("/messages/zh-TW").asText().contains("3 個月"));
        assertEquals("a mainland student files only mainland types", "UNKNOWN_APPLICANT_TYPE", student.postJson(
                "/api/v1/groups/" + group + "/applicants", "{\"applicantType\":\"hk-macao\",\"applicationKind\":\"EXTENSION\"}")
                .json().at("/errors/0/code").asText());

        Http.Answer added = extension(student, group, "M40000001");
        assertEquals(added.body(), 201, added.status());
        assertEquals("prefilled from the permit", "張小明", added.json().at("/fields/chineseName").asText());
        String applicant = added.json().at("/summary/applicantId").asText();
        Http.Answer otherSchool = student.put(Filing.applicantPath(group, applicant), "{\"fields\":{\"school\":\"另一所大學\"}}");
        assertEquals("the school is read-only in the student's own application", "READ_ONLY",
                otherSchool.json().at("/errors/0/code").asText());
        assertEquals(200, student.put(Filing.applicantPath(group, applicant), json(Map.of("fields", Map.of(
                "mainlandIdNumber", "11010519491231002X", "travelPermitNumber", "T12345678", "travelPermitExpiry",
                TODAY.plusYears(4).toString(), "addressPostalCode", "100", "addressCounty", "臺北市", "addressDistrict", "中正區",
                "addressStreet", "重慶南路一段", "addressNumber", "122號")))).status());
        for (String document : List.of("travelPermit", "currentPermit", "enrolmentProof")) {
            Http.Answer pdf = student.upload(Filing.applicantPath(group, applicant) + "/documents/" + document, document + ".pdf", pdf());
            assertEquals("PDF is accepted in self-service: " + pdf.body(), 201, pdf.status());
        }
        assertEquals(201, student.upload(Filing.applicantPath(group, applicant) + "/documents/photo", "photo.png", Filing.photo()).status());

        Http.Answer submitted = student.postJson("/api/v1/groups/" + group + "/submission", "{}");
        assertEquals(submitted.body(), 200, submitted.status());
        String receipt = submitted.json().at("/receipts/0/receiptNumber").asText();
        assertTrue("a mainland receipt number carries 6360: " + receipt, receipt.substring(3, 7).equals("6360"));
        assertTrue(submitted.json().get("groupNumber").asText().substring(2, 5).equals("112"));

        Http.Answer approved = approve(receipt);
        assertEquals("the extension fee", 300, approved.json().at("/grant/feeTwd").asInt());
        assertEquals("MULTIPLE_ENTRY_PERMIT", approved.json().at("/grant/documentKind").asText());
        assertEquals("the extension starts the day after the permit ends", TODAY.plusMonths(2).plusDays(1).toString(),
                approved.json().at("/grant/validFrom").asText());
    }

    @Test
    public void aHongKongStudentAppliesOnTheirPortalAndTheMainlandPortalDoesNotOfferIt() throws Exception {
        Http student = as("hk-student");
        assertEquals("the mainland lines are not the Hong Kong portal's", "UNKNOWN_BUSINESS_LINE", student.postJson("/api/v1/groups",
                groupJson("112", "多次證")).json().at("/errors/0/code").asText());
        String group = studentGroup(student, "108", "港澳生居留");
        Map<String, String> fields = new LinkedHashMap<>(Map.ofEntries(Map.entry("region", "HK"), Map.entry("chineseName", "陳美玲"),
                Map.entry("englishName", "CHAN Mei Ling"), Map.entry("sex", "F"), Map.entry("birthDate", "2003-11-02"),
                Map.entry("permanentIdNumber", "A123456(4)"), Map.entry("travelDocumentKind", "HKSAR_PASSPORT"),
                Map.entry("travelDocumentNumber", "K12345678"), Map.entry("travelDocumentExpiry", TODAY.plusYears(5).toString()),
                Map.entry("entryPermitNumber", "H98765432"), Map.entry("entryDate", TODAY.minusDays(20).toString()),
                Map.entry("school", "國立示範大學"), Map.entry("programme", "BACHELOR"), Map.entry("department", "法律學系"),
                Map.entry("addressPostalCode", "100"), Map.entry("addressCounty", "臺北市"), Map.entry("addressDistrict", "中正區"),
                Map.entry("addressStreet", "重慶南路一段"), Map.entry("addressNumber", "122號")));
        Http.Answer wrongId = student.postJson("/api/v1/groups/" + group + "/applicants", Filing.applicantJson("hk-macao", fields));
        assertEquals("INVALID_PERMANENT_ID", wrongId.json().at("/errors/0/code").asText());
        fields.put("permanentIdNumber", "A123456(3)");
        String applicant = Filing.addApplicant(student, group, "hk-macao", fields);
        assertEquals("one person in a student's own application", "GROUP_FULL", student.postJson("/api/v1/groups/" + group
                + "/applicants", Filing.applicantJson("hk-macao", fields)).json().get("code").asText());
        Filing.completeDocuments(student, group, applicant, List.of("permanentIdCard", "travelDocument", "entryPermit",
                "admissionProof", "healthCertificate"));
        Http.Answer submitted = student.postJson("/api/v1/groups/" + group + "/submission", "{}");
        assertEquals(submitted.body(), 200, submitted.status());
        assertTrue(submitted.json().get("groupNumber").asText().substring(2, 5).equals("108"));
        Http.Answer approved = approve(submitted.json().at("/receipts/0/receiptNumber").asText());
        assertEquals("HK_MACAO_RESIDENCE_PERMIT", approved.json().at("/grant/documentKind").asText());
    }

    @Test
    public void aSchoolFilesNoHouseholdStudentsAsTheNoticeSays() throws Exception {
        Http clerk = as("03734301");
        Http.Answer created = clerk.postJson("/api/v1/groups", groupJson("110", "無戶籍僑生居留").replace("}", ",\"sender\":"
                + "{\"name\":\"王小明\",\"nationalId\":\"A123456789\",\"phone\":\"02-2388-9393\",\"email\":\"clerk@ntu.edu.tw\"}}"));
        assertEquals(created.body(), 201, created.status());
        String group = created.json().get("groupId").asText();
        Filing.addDocument(clerk, group, null, "powerOfAttorney");

        String nineteen = Filing.addApplicant(clerk, group, "no-household", noHousehold("312340001", TODAY.minusYears(19), "CN"));
        List<String> missing = missingDocuments(clerk, group, nineteen);
        assertTrue("a 19-year-old brings the police record: " + missing, missing.contains("documents.policeRecord"));
        assertTrue("born in mainland China: " + missing, missing.contains("documents.mainlandStatusLoss"));
        String seventeen = Filing.addApplicant(clerk, group, "no-household", noHousehold("312340002", TODAY.minusYears(17), "MY"));
        List<String> young = missingDocuments(clerk, group, seventeen);
        assertTrue("no police record is demanded of a 17-year-old: " + young, !young.contains("documents.policeRecord"));
        assertTrue(!young.contains("documents.mainlandStatusLoss"));

        Map<String, String> stale = noHousehold("312340003", TODAY.minusYears(20), "MY");
        stale.put("healthCertificateIssued", TODAY.minusMonths(4).toString());
        assertEquals("HEALTH_CERTIFICATE_TOO_OLD", clerk.postJson("/api/v1/groups/" + group + "/applicants",
                Filing.applicantJson("no-household", stale)).json().at("/errors/0/code").asText());

        Filing.completeDocuments(clerk, group, nineteen, List.of("applicationForm", "overseasIdentity", "nationalityProof",
                "policeRecord", "healthCertificate", "mainlandStatusLoss", "placementNotice"));
        Filing.completeDocuments(clerk, group, seventeen, List.of("applicationForm", "overseasIdentity", "nationalityProof",
                "healthCertificate", "placementNotice"));
        Http.Answer submitted = clerk.postJson("/api/v1/groups/" + group + "/submission", "{}");
        assertEquals(submitted.body(), 200, submitted.status());
        String receipt = submitted.json().at("/receipts/0/receiptNumber").asText();

        Http first = as("officer-first");
        Http.Answer returned = first.postJson("/api/v1/review/cases/" + receipt + "/decisions",
                "{\"action\":\"RETURN_FOR_CORRECTION\",\"comment\":\"健康檢查證明不清楚\"}");
        assertEquals(returned.body(), 200, returned.status());
        LocalDate deadline = LocalDate.parse(returned.json().get("deadline").asText());
        assertTrue("15 days to correct, as the notice says (moved past a day off): " + deadline,
                !deadline.isBefore(TODAY.plusDays(15)) && deadline.isBefore(TODAY.plusDays(19)));
        assertEquals(200, clerk.postJson(Filing.applicantPath(group, nineteen) + "/resubmission", "{\"reply\":\"已重新上傳\"}").status());
        Http.Answer approved = approve(receipt);
        assertEquals("residence costs NT$500", 500, approved.json().at("/grant/feeTwd").asInt());
    }

    private Http.Answer approve(String receipt) throws Exception {
        Http.Answer passed = as("officer-first").postJson("/api/v1/review/cases/" + receipt + "/decisions",
                "{\"action\":\"PASS_FIRST_REVIEW\"}");
        assertEquals(passed.body(), 200, passed.status());
        Http.Answer approved = as("officer-second").postJson("/api/v1/review/cases/" + receipt + "/decisions",
                "{\"action\":\"APPROVE\"}");
        assertEquals(approved.body(), 200, approved.status());
        return approved;
    }

    private static Map<String, String> noHousehold(String passport, LocalDate birthDate, String birthPlace) {
        return new HashMap<>(Map.ofEntries(Map.entry("chineseName", "林僑生"), Map.entry("englishName", "LIM Kiew Seng"),
                Map.entry("sex", "M"), Map.entry("birthDate", birthDate.toString()), Map.entry("birthPlace", birthPlace),
                Map.entry("residenceCountry", "MY"), Map.entry("passportNumber", passport),
                Map.entry("passportExpiry", TODAY.plusYears(6).toString()), Map.entry("school", "國立示範大學"),
                Map.entry("programme", "BACHELOR"), Map.entry("department", "中國文學系"),
                Map.entry("enrolmentDate", TODAY.minusMonths(2).toString()), Map.entry("addressPostalCode", "100"),
                Map.entry("addressCounty", "臺北市"), Map.entry("addressDistrict", "中正區"),
                Map.entry("addressStreet", "重慶南路一段"), Map.entry("addressNumber", "122號")));
    }

    private static List<String> missingDocuments(Http clerk, String group, String applicant) {
        List<String> missing = new java.util.ArrayList<>();
        clerk.get(Filing.applicantPath(group, applicant)).json().get("missing").forEach(m -> missing.add(m.get("field").asText()));
        return missing;
    }

    private static String studentGroup(Http student, String line, String name) {
        Http.Answer created = student.postJson("/api/v1/groups", groupJson(line, name));
        assertEquals(created.body(), 201, created.status());
        return created.json().get("groupId").asText();
    }

    private static String groupJson(String line, String name) {
        return "{\"consent\":true,\"businessLine\":\"" + line + "\",\"applicationName\":\"" + name
                + "\",\"pickupOffice\":\"TAIPEI\"}";
    }

    private static Http.Answer extension(Http student, String group, String permit) {
        return student.postJson("/api/v1/groups/" + group + "/applicants", "{\"applicantType\":\"mainland\","
                + "\"applicationKind\":\"EXTENSION\",\"permitNumber\":\"" + permit + "\"}");
    }

    private long accountId(String login) throws Exception {
        try (Connection connection = openDirectConnection();
                PreparedStatement query = connection.prepareStatement("select id from account where login = ?")) {
            query.setString(1, login);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Writes what the agency's systems know of a permit it issued. */
    private void record(String permit, Long account, String kind, LocalDate validUntil, Map<String, String> values) throws Exception {
        try (Connection connection = openDirectConnection();
                PreparedStatement insert = connection.prepareStatement("insert into agency_student_record (kind, permit_number,"
                        + " name, birth_date, account_id, document_kind, valid_from, valid_until) values ('MAINLAND', ?, '張小明',"
                        + " date '2003-05-20', ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, permit);
            insert.setObject(2, account);
            insert.setString(3, kind);
            insert.setObject(4, validUntil.minusYears(1));
            insert.setObject(5, validUntil);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys(); PreparedStatement value = connection.prepareStatement(
                    "insert into agency_student_record_value (record_id, field_name, field_value) values (?, ?, ?)")) {
                key.next();
                for (Map.Entry<String, String> entry : values.entrySet()) {
                    value.setLong(1, key.getLong(1));
                    value.setString(2, entry.getKey());
                    value.setString(3, entry.getValue());
                    value.executeUpdate();
                }
            }
        }
    }

    /** A small valid PDF, as a scan saved from a phone app would be. */
    private static byte[] pdf() {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    private static String json(Object value) throws Exception {
        return JSON.writeValueAsString(value);
    }
}
