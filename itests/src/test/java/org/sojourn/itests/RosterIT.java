package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A school downloads the list template, fills it as spreadsheets really are filled (Excel dates,
 * YYYYMMDD text and numbers, full-width characters, bare codes) and imports it: a dry run that writes
 * nothing, a commit that writes every row, a second import (as .xls) that updates instead of
 * duplicating, and a file with mistakes that names each one by row and column and writes nothing.
 * Then a student on a list enters alone, is prefilled from it and files a group of one; others are refused.
 */
public class RosterIT extends SojournTestSupport {

    private static final String IMPORT = "/api/v1/roster/imports?academicYear=115&semester=1";

    @Test
    public void theTemplateCarriesTheColumnsAndTheListsTheImportChecksAgainst() throws Exception {
        awaitHealthy();
        Http clerk = as("03734301-01");
        try (Workbook template = new XSSFWorkbook(new ByteArrayInputStream(clerk.download("/api/v1/roster/template.xlsx")))) {
            Row header = template.getSheetAt(0).getRow(0);
            assertEquals("學生中文姓名", header.getCell(0).getStringCellValue());
            assertEquals("狀態", header.getCell(11).getStringCellValue());
            assertEquals("drop-down lists on D, E, F, I, J, K, L", 7, template.getSheetAt(0).getDataValidations().size());
            String lists = text(template.getSheet("lists"));
            for (String entry : List.of("CN_陸生", "1_阿富汗", "518_賴索托", "0_男", "A_已錄取未註冊", "外國與外僑學生進入臺灣地區就學")) {
                assertTrue(entry, lists.contains(entry));
            }
            assertTrue("the lists are hidden", template.isSheetHidden(1));
        }
        try (Workbook template = new HSSFWorkbook(new ByteArrayInputStream(clerk.download("/api/v1/roster/template.xls")))) {
            assertEquals("英文姓名", template.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
        }
        JsonNode nationalities = http().get("/api/v1/roster/nationalities").json();
        assertTrue(nationalities.toString(), nationalities.toString().contains("\"agencyCode\":\"518\",\"nameZh\":\"賴索托\""));
    }

    @Test
    public void aDryRunWritesNothingTheCommitWritesEveryRowAndImportingAgainUpdates() throws Exception {
        awaitHealthy();
        Http clerk = as("03734301-01");
        byte[] list = RosterFiles.list(new XSSFWorkbook(), "Chen Mei");

        JsonNode dry = clerk.upload(IMPORT, "Student_List.xlsx", list).json();
        assertEquals(dry.toString(), List.of(), List.copyOf(dry.findValuesAsText("code")));
        assertFalse(dry.get("committed").asBoolean());
        assertEquals(3, dry.get("inserted").asInt());
        assertEquals(0, rows());

        JsonNode committed = clerk.upload(IMPORT + "&commit=true", "Student_List.xlsx", list).json();
        assertTrue(committed.toString(), committed.get("committed").asBoolean());
        assertEquals("Student_List.xlsx: 成功, 匯入資料: 3筆", committed.get("messageZh").asText());
        assertEquals(3, rows());
        try (Connection connection = openDirectConnection(); PreparedStatement query = connection.prepareStatement(
                "select birth_date, nationality, category, sex, status, study_year, english_name_key from roster_student"
                        + " where passport_number = 'P7654321'"); ResultSet row = query.executeQuery()) {
            assertTrue("full-width passport read as P7654321", row.next());
            assertEquals("YYYYMMDD text", LocalDate.of(2003, 1, 2), row.getDate(1).toLocalDate());
            assertEquals("a nationality by its Chinese name", "JP", row.getString(2));
            assertEquals("bare codes", "FO", row.getString(3));
            assertEquals("M", row.getString(4));
            assertEquals("R", row.getString(5));
            assertEquals(2, row.getInt(6));
            assertEquals("SATOHANAKO", row.getString(7));
        }
        assertEquals("an Excel date cell and the agency's code", 1, count("select count(*) from roster_student where passport_number"
                + " = 'P1234567' and birth_date = date '2004-03-15' and nationality = 'LS' and school_number = '03734301'"));

        JsonNode again = clerk.upload(IMPORT + "&commit=true", "Student_List.xls", RosterFiles.list(new HSSFWorkbook(), "Chen Mei-Ling")).json();
        assertEquals(again.toString(), 0, again.get("inserted").asInt());
        assertEquals(3, again.get("updated").asInt());
        assertEquals("keyed by passport: no duplicates", 3, rows());
        assertEquals(1, count("select count(*) from roster_student where english_name = 'Chen Mei-Ling'"));
    }

    @Test
    public void aListWithMistakesNamesEachByRowAndColumnAndWritesNothing() throws Exception {
        awaitHealthy();
        Http clerk = as("03734301");
        long before = rows();
        byte[] wrong;
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Student_List");
            RosterFiles.row(sheet, 1, "", "Good Student", "20040101", "FG_外生", "AF", "1", "", "G0000001", "外國與外僑學生進入臺灣地區就學", "碩士", "1", "A");
            RosterFiles.row(sheet, 2, "", "", "20990101", "XX", "Atlantis", "2", "", "", "外國與外僑學生進入臺灣地區就學", "", "9年級", "Z");
            RosterFiles.row(sheet, 3, "", "Mainland Student", "20040101", "CN", "CN", "0", "", "C0000001", "外國與外僑學生進入臺灣地區就學", "學士", "1", "A");
            RosterFiles.row(sheet, 4, "", "Twice", "20040101", "FG", "AF", "0", "", "G0000001", "外國與外僑學生進入臺灣地區就學", "學士", "1", "A");
            workbook.write(out);
            wrong = out.toByteArray();
        }
        JsonNode dry = clerk.upload(IMPORT, "名冊.xlsx", wrong).json();
        String problems = dry.get("problems").toString();
        for (String expected : List.of("\"row\":3,\"column\":\"B\"", "\"row\":3,\"column\":\"C\"", "UNKNOWN_CATEGORY",
            "UNKNOWN_NATIONALITY", "UNKNOWN_SEX", "\"row\":3,\"column\":\"H\"", "\"row\":3,\"column\":\"J\"", "UNKNOWN_YEAR",
            "UNKNOWN_STATUS", "QUALIFICATION_MISMATCH", "DUPLICATE_PASSPORT")) {
            assertTrue(expected + " in " + problems, problems.contains(expected));
        }
        assertEquals(4, dry.get("rows").asInt());
        Http.Answer refused = clerk.upload(IMPORT + "&commit=true", "名冊.xlsx", wrong);
        assertEquals(400, refused.status());
        assertEquals("ROSTER_INVALID", refused.json().get("code").asText());
        assertEquals("all or none", before, rows());

        Http.Answer garbage = clerk.upload(IMPORT, "Student_List.xlsx", "not a spreadsheet at all".getBytes());
        assertEquals("UNREADABLE_SPREADSHEET", garbage.json().get("code").asText());
        Http.Answer empty = clerk.upload(IMPORT, "Student_List.xlsx", new byte[0]);
        assertEquals("an empty file (a fuzzing finding) is refused, not a 500", 400, empty.status());
        assertEquals("UNREADABLE_SPREADSHEET", empty.json().get("code").asText());
        Http.Answer noYear = clerk.upload("/api/v1/roster/imports?semester=3", "Student_List.xlsx", wrong);
        assertEquals(noYear.body(), 400, noYear.status());
        assertEquals(2, noYear.json().get("errors").size());
        assertEquals(403, as("officer-first").upload(IMPORT, "Student_List.xlsx", wrong).status());
    }

    @Test
    public void theReferenceListsAreDataAnAdministratorChanges() throws Exception {
        awaitHealthy();
        Http admin = as("admin");
        Http clerk = as("03734301-02");
        assertTrue(http().get("/api/v1/reference").json().toString().contains("\"district\""));
        JsonNode districts = http().get("/api/v1/reference/district").json();
        assertEquals("every district, three postal codes shared", 371, districts.size());
        assertEquals(368, districts.findValuesAsText("number").stream().distinct().count());
        assertTrue(districts.toString().contains("{\"code\":\"臺北市中正區\",\"nameZh\":\"中正區\",\"nameEn\":\"Zhongzheng District\","
                + "\"parent\":\"臺北市\",\"number\":\"100\"}"));
        assertEquals(22, http().get("/api/v1/reference/county").json().size());

        // A programme the shipped list lacks: refused, then offered and accepted once an administrator adds it.
        byte[] associate = withHeader(new XSSFWorkbook(), sheet -> sheet.getRow(1).getCell(9).setCellValue("副學士"));
        assertEquals(List.of("UNKNOWN_PROGRAMME"), clerk.upload(IMPORT, "list.xlsx", associate).json().findValuesAsText("code"));
        ArrayNode programmes = (ArrayNode) http().get("/api/v1/reference/programme").json();
        programmes.addObject().put("code", "副學士").put("nameEn", "Associate degree");
        Http.Answer replaced = admin.put("/api/v1/admin/reference/programme", "{\"entries\":" + programmes + "}");
        assertEquals(replaced.body(), 200, replaced.status());
        assertEquals(List.of(), clerk.upload(IMPORT, "list.xlsx", associate).json().findValuesAsText("code"));
        try (Workbook template = new XSSFWorkbook(new ByteArrayInputStream(clerk.download("/api/v1/roster/template.xlsx")))) {
            assertTrue("the template's drop-down offers it", text(template.getSheet("lists")).contains("副學士"));
        }

        // A new service station: offered to applicants and accepted on a group.
        ArrayNode offices = (ArrayNode) http().get("/api/v1/pickup-offices").json();
        offices.addObject().put("code", "HSINCHU_SCIENCE_PARK").put("nameZh", "新竹科學園區服務站").put("nameEn", "Hsinchu Science Park Service Center");
        assertEquals(200, admin.put("/api/v1/admin/reference/pickup-office", "{\"entries\":" + offices + "}").status());
        assertTrue(http().get("/api/v1/pickup-offices").json().toString().contains("新竹科學園區服務站"));
        Http.Answer group = clerk.postJson("/api/v1/groups", "{\"consent\":true,\"businessLine\":\"102\",\"applicationName\":\"科學園區\","
                + "\"pickupOffice\":\"HSINCHU_SCIENCE_PARK\"}");
        assertEquals(group.body(), 201, group.status());
        assertEquals("NOT_A_CHOICE", clerk.postJson("/api/v1/groups", "{\"consent\":true,\"businessLine\":\"102\","
                + "\"applicationName\":\"月球\",\"pickupOffice\":\"MOON\"}").json().at("/errors/0/code").asText());

        // A wrong list is refused whole, naming each entry, and changes nothing; only administrators change lists.
        long changes = count("select count(*) from ref_change");
        Http.Answer wrong = admin.put("/api/v1/admin/reference/district", "{\"entries\":[{\"code\":\"火星市一區\",\"nameZh\":\"一區\","
                + "\"nameEn\":\"District 1\",\"parent\":\"火星市\",\"number\":\"1000\"},{\"code\":\"火星市一區\",\"nameEn\":\"\"}]}");
        assertEquals(400, wrong.status());
        for (String field : List.of("entries[0].parent", "entries[0].number", "entries[1].code", "entries[1].nameEn")) {
            assertTrue(field + " in " + wrong.body(), wrong.json().get("errors").toString().contains("\"" + field + "\""));
        }
        assertEquals(371, http().get("/api/v1/reference/district").json().size());
        assertEquals(400, admin.put("/api/v1/admin/reference/sex", "{\"entries\":[]}").status());
        assertEquals(403, clerk.put("/api/v1/admin/reference/sex", "{\"entries\":[{\"code\":\"X\",\"nameEn\":\"X\"}]}").status());
        assertEquals("REFERENCE_LIST_NOT_FOUND", http().get("/api/v1/reference/planets").json().get("code").asText());
        assertEquals("only the two replacements recorded", changes, count("select count(*) from ref_change"));
        assertEquals(2, count("select count(*) from ref_change where list_id in ('programme', 'pickup-office')"));
    }

    @Test
    public void hostileAndOddFilesAreRefusedByNameAndWriteNothing() throws Exception {
        awaitHealthy();
        Http clerk = as("03734301");
        long before = rows();

        byte[] document;
        try (XWPFDocument letter = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            letter.createParagraph().createRun().setText("錄取名單請見附件");
            letter.write(out);
            document = out.toByteArray();
        }
        assertEquals("a Word file renamed .xlsx", "UNREADABLE_SPREADSHEET",
                clerk.upload(IMPORT, "Student_List.xlsx", document).json().get("code").asText());
        byte[] plain = RosterFiles.list(new XSSFWorkbook(), "Locked Student");
        assertEquals("PASSWORD_PROTECTED", clerk.upload(IMPORT, "locked.xlsx", encrypted(plain)).json().get("code").asText());
        assertEquals("SPREADSHEET_TOO_EXPANDED", clerk.upload(IMPORT, "bomb.xlsx", zipBomb(plain)).json().get("code").asText());

        // A million rows: refused at the configured limit, read no further, with the problems capped.
        Http.Answer million = clerk.upload(IMPORT, "million.xlsx", millionRows());
        assertEquals(million.body().length() > 300 ? million.body().substring(0, 300) : million.body(), 200, million.status());
        JsonNode report = million.json();
        String codes = report.get("problems").findValuesAsText("code").toString();
        assertTrue(codes.contains("TOO_MANY_PROBLEMS") && codes.contains("TOO_MANY_ROWS"));
        assertTrue(report.get("problems").size() <= 1_002);
        assertEquals(10_001, report.at("/problems/" + (report.get("problems").size() - 1) + "/row").asInt());

        // A header whose first two headings were merged, and one without the status column.
        for (Workbook workbook : List.<Workbook>of(new XSSFWorkbook(), new HSSFWorkbook())) {
            byte[] merged = withHeader(workbook, sheet -> {
                sheet.getRow(0).getCell(0).setCellValue("學生中文姓名 / 英文姓名");
                sheet.getRow(0).getCell(1).setBlank();
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
                sheet.getRow(0).removeCell(sheet.getRow(0).getCell(11));
            });
            JsonNode refused = clerk.upload(IMPORT, "merged.xlsx", merged).json();
            assertEquals(refused.toString(), List.of("MISSING_COLUMN", "MISSING_COLUMN"),
                    refused.get("problems").findValuesAsText("code"));
            assertEquals("the headings at fault, and no row read under them", List.of("B", "L"),
                    refused.get("problems").findValuesAsText("column"));
        }

        // Formulas count by the value Excel computed, in .xlsx and .xls alike; one never computed is empty.
        for (Workbook workbook : List.<Workbook>of(new XSSFWorkbook(), new HSSFWorkbook())) {
            byte[] formulas = withHeader(workbook, sheet -> {
                sheet.getRow(1).getCell(1).setCellFormula("UPPER(\"formula student\")");
                sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
                Row third = sheet.getRow(2);
                third.removeCell(third.getCell(1));
                third.createCell(1).setCellFormula("A1&\"\"");
            });
            JsonNode checked = clerk.upload(IMPORT, "formulas.xls", formulas).json();
            assertEquals("only the formula never computed: " + checked, 1, checked.get("problems").size());
            assertEquals(3, checked.at("/problems/0/row").asInt());
            assertEquals("B", checked.at("/problems/0/column").asText());
        }
        assertEquals("nothing written", before, rows());
    }

    @FunctionalInterface
    private interface Change {
        void apply(Sheet sheet) throws Exception;
    }

    /** @return the clerk's list, changed after it was filled */
    private static byte[] withHeader(Workbook workbook, Change change) throws Exception {
        Workbook filled = WorkbookFactory.create(new ByteArrayInputStream(RosterFiles.list(workbook, "Changed Student")));
        try (filled; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.apply(filled.getSheetAt(0));
            filled.write(out);
            return out.toByteArray();
        }
    }

    /** @return the list encrypted with a password, as Excel's "Encrypt with Password" saves it */
    private static byte[] encrypted(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("校務系統密碼");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx)); OutputStream data = encryptor.getDataStream(fs)) {
                pkg.save(data);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** @return the list with 64 MB of blanks inside its sheet: a few hundred kilobytes that expand a thousandfold */
    private static byte[] zipBomb(byte[] xlsx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    zip.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 64; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** @return a sheet of 1,000,000 rows, one number each, written the streaming way */
    private static byte[] millionRows() throws Exception {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Student_List");
            for (int i = 0; i < 1_000_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    @Test
    public void aStudentOnTheListAppliesAloneAndOneNotOnItIsRefused() throws Exception {
        awaitHealthy();
        addSchool("22099131");
        Http school = as("22099131");
        JsonNode imported = school.upload(IMPORT + "&commit=true", "Student_List.xlsx", RosterFiles.list(new XSSFWorkbook(), "Chen Mei")).json();
        assertTrue(imported.toString(), imported.get("committed").asBoolean());

        Http.Answer wrongBirth = http().postJson("/api/v1/students/entries", entry("P1234567", "Chen Mei", "2004-03-16"));
        assertEquals(400, wrongBirth.status());
        assertEquals("STUDENT_NOT_ON_LIST", wrongBirth.json().get("code").asText());
        assertTrue(wrongBirth.json().at("/messages/zh-TW").asText().contains("學校須先匯入"));
        assertEquals("not on any list", "STUDENT_NOT_ON_LIST", http().postJson("/api/v1/students/entries",
                entry("Q0000000", "Nobody Here", "2004-03-15")).json().get("code").asText());
        assertEquals("mainland students use their own portal", "STUDENT_NOT_ON_LIST", http().postJson("/api/v1/students/entries",
                entry("C1234567", "Wang Xiaoming", "2005-06-07")).json().get("code").asText());

        Http.Answer entered = http().postJson("/api/v1/students/entries", entry(" p1234567 ", "chen   MEI", "2004-03-15"));
        assertEquals(entered.body(), 201, entered.status());
        Http student = http().withToken(entered.json().get("token").asText());
        assertEquals("STUDENT_INDIVIDUAL", student.get("/api/v1/session").json().at("/account/role").asText());

        Http.Answer created = student.postJson("/api/v1/groups", "{\"consent\":true,\"businessLine\":\"102\","
                + "\"applicationName\":\"外生個人申請\",\"pickupOffice\":\"TAIPEI\"}");
        assertEquals(created.body(), 201, created.status());
        String group = created.json().get("groupId").asText();
        java.util.Map<String, String> rest = new java.util.LinkedHashMap<>(java.util.Map.of("qualification", "STUDY", "passportExpiry",
                "2032-01-01", "maritalStatus", "SINGLE", "highestEducation", "HIGH_SCHOOL", "department", "資訊工程學系",
                "birthPlace", "LS", "addressPostalCode", "106", "addressCounty", "臺北市", "addressDistrict", "大安區",
                "addressStreet", "羅斯福路四段"));
        rest.put("addressNumber", "1號");
        Http.Answer wrongType = student.postJson("/api/v1/groups/" + group + "/applicants", Filing.applicantJson("overseas-chinese", rest));
        assertEquals(wrongType.body(), "ROSTER_TYPE_MISMATCH", wrongType.json().at("/errors/0/code").asText());
        String applicant = Filing.addApplicant(student, group, "foreign", rest);
        JsonNode form = student.get(Filing.applicantPath(group, applicant)).json().get("fields");
        assertEquals("prefilled from the school's list", "Chen Mei", form.get("englishName").asText());
        assertEquals("2004-03-15", form.get("birthDate").asText());
        assertEquals("LS", form.get("nationality").asText());
        assertEquals("P1234567", form.get("passportNumber").asText());
        assertEquals("另一所大學", form.get("school").asText());
        Http.Answer otherSchool = student.put(Filing.applicantPath(group, applicant), "{\"fields\":{\"school\":\"別的大學\"}}");
        assertEquals(400, otherSchool.status());
        assertEquals("READ_ONLY", otherSchool.json().at("/errors/0/code").asText());
        assertEquals("one person: themselves", "GROUP_FULL", student.postJson("/api/v1/groups/" + group + "/applicants",
                Filing.applicantJson("foreign", rest)).json().get("code").asText());

        Filing.completeDocuments(student, group, applicant, List.of("passport", "residentVisa", "accommodationProof", "admissionProof"));
        Http.Answer submitted = student.postJson("/api/v1/groups/" + group + "/submission", "{}");
        assertEquals(submitted.body(), 200, submitted.status());
        assertEquals("102", submitted.json().get("groupNumber").asText().substring(2, 5));
        assertEquals("the school cannot see a student's own application", 404,
                school.get("/api/v1/groups/" + group).status());
        assertEquals("and no password opens the account", 401, signIn(student.get("/api/v1/session").json().at("/account/login").asText(),
                "anything-at-all-2026").status());
    }

    private String entry(String passport, String name, String birthDate) throws Exception {
        String id = http().await("/api/v1/captcha", answer -> answer.status() == 200, java.time.Duration.ofSeconds(30)).json()
                .get("captchaId").asText();
        String answer;
        try (Connection connection = openDirectConnection()) {
            answer = Captchas.solve(connection, id);
        }
        return "{\"academicYear\":115,\"passportNumber\":\"" + passport + "\",\"englishName\":\"" + name + "\",\"birthDate\":\""
                + birthDate + "\",\"captchaId\":\"" + id + "\",\"captchaAnswer\":\"" + answer + "\"}";
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('|')));
        return text.toString();
    }

    private long rows() throws Exception {
        return count("select count(*) from roster_student where school_number = '03734301'");
    }

    private long count(String sql) throws Exception {
        try (Connection connection = openDirectConnection(); PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
