package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The documents a paid case receives, on PostgreSQL, paid through the provider simulator over real
 * HTTP: each type's certificate or permit laid out by its plugin, read back with PDFBox in both
 * languages and checked against the signing certificate; a group's archive; the download area's
 * list; and verification by code and by file for genuine, changed and revoked documents.
 */
public class DocumentsIT extends PaymentTestSupport {

    private static final Pattern CODE = Pattern.compile("/api/v1/verify/(C\\.[0-9]+\\.[A-Za-z0-9_-]{22})");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Taipei"));

    @Test
    public void aPaidGroupsCertificatesDownloadOneByOneAndAsOneArchiveAndVerify() throws Exception {
        String draft = Filing.draft(clerk, "電子居留證");
        Filing.addDocument(clerk, draft, null, "powerOfAttorney");
        for (String passport : List.of("PEC100001", "PEC100002", "PEC100003")) {
            Map<String, String> student = Filing.complete(passport);
            student.put("studyStatus", passport.endsWith("3") ? "REGISTERED" : "ADMITTED_NOT_REGISTERED");
            Filing.completeDocuments(clerk, draft, Filing.addApplicant(clerk, draft, "foreign", student), Filing.FOREIGN_DOCUMENTS);
        }
        String group = clerk.postJson("/api/v1/groups/" + draft + "/submission", "").json().get("groupNumber").asText();
        approve(group);
        List<String> receipts = receipts(group);
        String path = "/api/v1/certificates/" + group + "/" + receipts.get(0) + "r.pdf";
        assertEquals("NOT_PAID", clerk.get(path).json().get("code").asText());
        assertEquals("NOT_PAID", clerk.get("/api/v1/certificates/" + group + ".zip").json().get("code").asText());
        payByCard(group);

        // The download area lists the paid cases; the registered student's IC card is made at the desk.
        JsonNode listed = clerk.get("/api/v1/certificates?groupNumber=" + group).json();
        assertEquals(listed.toString(), 3, listed.size());
        Map<String, JsonNode> byReceipt = new TreeMap<>();
        listed.forEach(item -> byReceipt.put(item.at("/certificate/receiptNumber").asText(), item));
        assertEquals(path, byReceipt.get(receipts.get(0)).get("download").asText());
        assertTrue("the IC card has no download", byReceipt.get(receipts.get(2)).get("download").isNull());
        assertEquals("席安娜 Ana Silva", byReceipt.get(receipts.get(0)).at("/certificate/holder").asText());
        assertEquals(1, clerk.get("/api/v1/certificates?receiptNumber=" + receipts.get(1)).json().size());
        assertEquals(0, clerk.get("/api/v1/certificates?paidFrom=2099-01-01").json().size());
        assertEquals("INVALID_DATE", clerk.get("/api/v1/certificates?paidTo=tomorrow").json().get("code").asText());
        assertEquals("NO_CERTIFICATE", clerk.get("/api/v1/certificates/" + group + "/" + receipts.get(2) + "r.pdf").json()
                .get("code").asText());

        // One certificate: every field in both languages, the photo, signed with the configured key.
        String certificateNumber = first.get("/api/v1/review/cases/" + receipts.get(0)).json().at("/grant/certificateNumber").asText();
        String validUntil = first.get("/api/v1/review/cases/" + receipts.get(0)).json().at("/grant/validUntil").asText();
        byte[] certificate = clerk.download(path);
        assertTrue("each certificate stays under 200 KB: " + certificate.length, certificate.length < 200 * 1024);
        String text = SignedPdfs.text(certificate);
        for (String expected : List.of("中華民國居留證", "ROC (Taiwan) Resident Certificate", "六個月電子居留證", "席安娜 Ana Silva",
            "PEC100001", "5 Apr 2003 (20030405)", "女 Female", certificateNumber, "內政部移民署 National Immigration Agency",
            "就學 Study", "巴西 Brazil", "106 臺北市大安區羅斯福路四段1號", "逾期居留者處新臺幣二千元以上",
            "overstaying is fined NT$2,000 to NT$10,000", "Verify this document")) {
            assertTrue(expected + " in " + text, text.contains(expected));
        }
        assertFalse(text, text.contains("null"));
        try (PDDocument document = Loader.loadPDF(certificate)) {
            assertEquals("the applicant's photo", 1, count(document.getPage(0).getResources().getXObjectNames()));
        }
        X509Certificate configured = SignedPdfs.developmentCertificate();
        assertTrue("signed with the configured key", SignedPdfs.signedBy(certificate, configured));
        byte[] changed = certificate.clone();
        changed[certificate.length / 3] ^= 1;
        assertFalse("a byte changed after signing fails", SignedPdfs.signedBy(changed, configured));

        // The group's archive: one signed {receipt}r.pdf per printed certificate.
        Map<String, byte[]> archived = unzip(clerk.download("/api/v1/certificates/" + group + ".zip"));
        assertEquals(List.of(receipts.get(0) + "r.pdf", receipts.get(1) + "r.pdf"), new ArrayList<>(archived.keySet()));
        for (byte[] pdf : archived.values()) {
            assertTrue(SignedPdfs.signedBy(pdf, configured));
        }
        assertTrue(SignedPdfs.text(archived.get(receipts.get(1) + "r.pdf")).contains("PEC100002"));

        // Anyone checks it by its QR code's link, and sees no more than is needed to compare.
        Matcher link = CODE.matcher(text);
        assertTrue(text, link.find());
        JsonNode verified = http().get("/api/v1/verify/" + link.group(1)).json();
        assertTrue(verified.toString(), verified.get("genuine").asBoolean());
        assertEquals("CERTIFICATE", verified.get("kind").asText());
        assertEquals("VALID", verified.get("status").asText());
        assertEquals(certificateNumber, verified.get("documentNumber").asText());
        assertEquals("A. S.", verified.get("holder").asText());
        assertEquals(validUntil, verified.get("validUntil").asText());
        assertFalse("nothing personal in the answer", verified.toString().contains("Silva") || verified.toString().contains("PEC1"));
        Http.Answer page = http().get("/api/v1/verify/" + link.group(1), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(page.contentType(), page.contentType().startsWith("text/html"));
        assertTrue(page.body(), page.body().contains("本署核發之文件：有效") && page.body().contains("Issued by the agency: Valid")
                && page.body().contains(certificateNumber) && !page.body().contains("Silva"));
        Http.Answer malformedPage = http().get("/api/v1/verify/%3Cscript%3E", "text/html");
        assertEquals(400, malformedPage.status());
        assertFalse(malformedPage.body(), malformedPage.body().contains("<script>"));
        assertTrue(http().upload("/api/v1/verify", "c.pdf", certificate).json().get("genuine").asBoolean());
        assertFalse("changed after signing", http().upload("/api/v1/verify", "c.pdf", changed).json().get("genuine").asBoolean());

        // Revoked by the second review: its code answers REVOKED, it no longer downloads, the holder is told.
        String revokedCode = CODE.matcher(SignedPdfs.text(archived.get(receipts.get(1) + "r.pdf"))).results().findFirst()
                .orElseThrow().group(1);
        assertEquals("COMMENT_REQUIRED", second.postJson("/api/v1/review/cases/" + receipts.get(1) + "/decisions",
                "{\"action\":\"REVOKE_GRANT\"}").json().get("code").asText());
        assertEquals("NOT_YOUR_DECISION", first.postJson("/api/v1/review/cases/" + receipts.get(1) + "/decisions",
                "{\"action\":\"REVOKE_GRANT\",\"comment\":\"休學\"}").json().get("code").asText());
        Http.Answer revoked = second.postJson("/api/v1/review/cases/" + receipts.get(1) + "/decisions",
                "{\"action\":\"REVOKE_GRANT\",\"comment\":\"學生已休學 The student has left the school\"}");
        assertEquals(revoked.body(), "GRANT_REVOKED", revoked.json().at("/summary/status").asText());
        JsonNode nowRevoked = http().get("/api/v1/verify/" + revokedCode).json();
        assertTrue(nowRevoked.get("genuine").asBoolean());
        assertEquals("REVOKED", nowRevoked.get("status").asText());
        assertTrue(http().get("/api/v1/verify/" + revokedCode, "text/html").body().contains("已廢止"));
        assertEquals("GRANT_REVOKED", clerk.get("/api/v1/certificates/" + group + "/" + receipts.get(1) + "r.pdf").json()
                .get("code").asText());
        assertEquals("the archive holds only what stands", List.of(receipts.get(0) + "r.pdf"),
                new ArrayList<>(unzip(clerk.download("/api/v1/certificates/" + group + ".zip")).keySet()));
        assertEquals(2, clerk.get("/api/v1/certificates?groupNumber=" + group).json().size());
        assertEquals("the school is told", 1, count("select count(*) from mail_outbox where subject like ?", "%許可已廢止%"));
        String forged = link.group(1).replace(receipts.get(0), receipts.get(1));
        assertFalse("another case's number under this tag", http().get("/api/v1/verify/" + forged).json().get("genuine").asBoolean());

        // Renewed to the IC card and paid: the 6-month certificate is superseded.
        String renewals = Filing.draft(clerk, "換證");
        Filing.addDocument(clerk, renewals, null, "powerOfAttorney");
        Http.Answer renewal = clerk.postJson("/api/v1/groups/" + renewals + "/applicants", "{\"applicantType\":\"foreign\","
                + "\"applicationKind\":\"RENEWAL\",\"residentCertificateNumber\":\"" + certificateNumber
                + "\",\"fields\":{\"studyStatus\":\"REGISTERED\"}}");
        assertEquals(renewal.body(), 201, renewal.status());
        String renewed = renewal.json().at("/summary/applicantId").asText();
        for (JsonNode missing : clerk.get(Filing.applicantPath(renewals, renewed)).json().get("missing")) {
            String field = missing.get("field").asText();
            if (field.startsWith("documents.") && !field.equals("documents.photo")) {
                Filing.addDocument(clerk, renewals, renewed, field.substring("documents.".length()));
            }
        }
        Filing.completeDocuments(clerk, renewals, renewed, List.of());
        String renewalGroup = clerk.postJson("/api/v1/groups/" + renewals + "/submission", "").json().get("groupNumber").asText();
        approve(renewalGroup);
        assertEquals("VALID", http().get("/api/v1/verify/" + link.group(1)).json().get("status").asText());
        payByCard(renewalGroup);
        assertEquals("SUPERSEDED", http().get("/api/v1/verify/" + link.group(1)).json().get("status").asText());

        // Nobody else's.
        addSchool("22099131");
        Http otherSchool = as("22099131");
        assertEquals(404, otherSchool.get(path).status());
        assertEquals(404, otherSchool.get("/api/v1/certificates/" + group + ".zip").status());
        assertEquals(0, otherSchool.get("/api/v1/certificates").json().size());
    }

    @Test
    public void mainlandAndHongKongStudentsPermitsAreLaidOutByTheirTypes() throws Exception {
        String mainland = Filing.draft(clerk, "陸生單次證", "116");
        Filing.addDocument(clerk, mainland, null, "powerOfAttorney");
        Map<String, String> student = new LinkedHashMap<>(Map.ofEntries(Map.entry("relation", "SELF"), Map.entry("chineseName", "李小華"),
                Map.entry("pinyinName", "LI XIAOHUA"), Map.entry("sex", "F"), Map.entry("birthDate", "2004-03-15"),
                Map.entry("birthProvince", "福建省"), Map.entry("mainlandIdNumber", "11010519491231002X"),
                Map.entry("travelPermitNumber", "T12345678"), Map.entry("travelPermitExpiry", TODAY.plusYears(3).toString()),
                Map.entry("school", "國立示範大學"), Map.entry("programme", "MASTER"), Map.entry("department", "資訊工程學系"),
                Map.entry("addressPostalCode", "100"), Map.entry("addressCounty", "臺北市"), Map.entry("addressDistrict", "中正區"),
                Map.entry("addressStreet", "重慶南路一段"), Map.entry("addressNumber", "122號")));
        Filing.completeDocuments(clerk, mainland, Filing.addApplicant(clerk, mainland, "mainland", student),
                List.of("travelPermit", "admissionLetter"));
        String hongKong = Filing.draft(clerk, "港澳生居留", "108");
        Filing.addDocument(clerk, hongKong, null, "powerOfAttorney");
        Map<String, String> hk = new LinkedHashMap<>(Map.ofEntries(Map.entry("region", "MO"), Map.entry("chineseName", "陳美玲"),
                Map.entry("englishName", "CHAN Mei Ling"), Map.entry("sex", "F"), Map.entry("birthDate", "2003-11-02"),
                Map.entry("permanentIdNumber", "1234567(2)"), Map.entry("travelDocumentKind", "MSAR_PASSPORT"),
                Map.entry("travelDocumentNumber", "MA1234567"), Map.entry("travelDocumentExpiry", TODAY.plusYears(5).toString()),
                Map.entry("entryPermitNumber", "H98765432"), Map.entry("school", "國立示範大學"), Map.entry("programme", "BACHELOR"),
                Map.entry("department", "法律學系"), Map.entry("addressPostalCode", "100"), Map.entry("addressCounty", "臺北市"),
                Map.entry("addressDistrict", "中正區"), Map.entry("addressStreet", "重慶南路一段"), Map.entry("addressNumber", "122號")));
        Filing.completeDocuments(clerk, hongKong, Filing.addApplicant(clerk, hongKong, "hk-macao", hk),
                List.of("permanentIdCard", "travelDocument", "entryPermit", "admissionProof", "healthCertificate"));
        List<String> groups = new ArrayList<>();
        for (String draft : List.of(mainland, hongKong)) {
            Http.Answer submitted = clerk.postJson("/api/v1/groups/" + draft + "/submission", "");
            assertEquals(submitted.body(), 200, submitted.status());
            groups.add(submitted.json().get("groupNumber").asText());
            approve(groups.get(groups.size() - 1));
        }
        payByCard(groups.toArray(String[]::new));

        String permitReceipt = receipts(groups.get(0)).get(0);
        String permit = SignedPdfs.text(clerk.download("/api/v1/certificates/" + groups.get(0) + "/" + permitReceipt + "r.pdf"));
        for (String expected : List.of("中華民國臺灣地區入出境許可證", "Exit & Entry Permit, Taiwan, Republic of China",
            "就學入臺單次證 Single-entry study permit", "李小華 LI XIAOHUA", "15 Mar 2004 (20040315)", "福建省", "T12345678",
            "陸生本人 Mainland student", "國立示範大學 資訊工程學系", "本證限入境一次", "good for one entry")) {
            assertTrue(expected + " in " + permit, permit.contains(expected));
        }
        String formReceipt = receipts(groups.get(1)).get(0);
        byte[] form = clerk.download("/api/v1/certificates/" + groups.get(1) + "/" + formReceipt + "r.pdf");
        String inspection = SignedPdfs.text(form);
        for (String expected : List.of("港澳僑生居留入出境查驗表", "Entry/Exit Inspection Form", "陳美玲 CHAN Mei Ling", "澳門 Macao",
            "1234567(2)", "澳門特區護照 MSAR passport MA1234567", "H98765432", "100 臺北市中正區重慶南路一段122號")) {
            assertTrue(expected + " in " + inspection, inspection.contains(expected));
        }
        assertFalse("no entry date was given: no line for it", inspection.contains("Date of entry"));
        assertTrue(SignedPdfs.signedBy(form, SignedPdfs.developmentCertificate()));
        Matcher code = CODE.matcher(inspection);
        assertTrue(code.find());
        assertEquals("C. M. L.", http().get("/api/v1/verify/" + code.group(1)).json().get("holder").asText());
        Matcher permitCode = CODE.matcher(permit);
        assertTrue(permitCode.find());
        assertEquals("a name in Chinese alone shows its first character", "李○○",
                http().get("/api/v1/verify/" + permitCode.group(1)).json().get("holder").asText());
    }

    // --- helpers --------------------------------------------------------------------------------

    /** The group's receipt numbers, in order. */
    private List<String> receipts(String group) {
        List<String> receipts = new ArrayList<>();
        for (JsonNode applicant : clerk.get("/api/v1/groups/" + group).json().get("applicants")) {
            receipts.add(applicant.get("receiptNumber").asText());
        }
        receipts.sort(null);
        return receipts;
    }

    /** Pays the groups by card as the payer's browser does, through the provider simulator's page. */
    private void payByCard(String... groups) {
        String numbers = String.join("\",\"", groups);
        Http.Answer started = clerk.postJson("/api/v1/payments", UUID.randomUUID().toString(),
                "{\"groupNumbers\":[\"" + numbers + "\"],\"channelId\":\"card\"}");
        assertEquals(started.body(), 201, started.status());
        JsonNode order = started.json();
        String url = order.at("/redirect/url").asText();
        StringBuilder form = new StringBuilder();
        order.at("/redirect/fields").fields().forEachRemaining(field -> form.append(form.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(field.getKey(), java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(field.getValue().asText(), java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(200, simulator.post(url.substring(url.indexOf('/', "http://".length())), "application/x-www-form-urlencoded",
                form.toString()).status());
        assertEquals(200, simulator.post("/sim/pay", "application/x-www-form-urlencoded", "reference=" + order.get("reference").asText()
                + "&outcome=paid").status());
        clerk.await("/api/v1/payments/" + order.get("id").asText(), a -> a.status() == 200
                && "SUCCEEDED".equals(a.json().get("status").asText()), Duration.ofSeconds(30));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static int count(Iterable<?> items) {
        int n = 0;
        for (Object ignored : items) {
            n++;
        }
        return n;
    }

    private int count(String sql, String parameter) throws Exception {
        try (Connection connection = openDirectConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
