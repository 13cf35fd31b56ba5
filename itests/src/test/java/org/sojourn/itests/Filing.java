package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Files groups through the API as a school clerk does: draft, applicants, documents. */
final class Filing {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The documents a foreign student's first application needs besides the photo. */
    static final List<String> FOREIGN_DOCUMENTS = List.of("passport", "residentVisa", "accommodationProof");

    private Filing() {
    }

    /** @return the id of a new draft group of business line 102 */
    static String draft(Http clerk, String name) {
        return draft(clerk, name, "102");
    }

    /** @return the id of a new draft group of that business line */
    static String draft(Http clerk, String name, String businessLine) {
        Http.Answer created = clerk.postJson("/api/v1/groups", "{\"consent\":true,\"businessLine\":\"" + businessLine + "\","
                + "\"applicationName\":\"" + name + "\",\"pickupOffice\":\"TAIPEI\",\"sender\":{\"name\":\"王小明\","
                + "\"nationalId\":\"A123456789\",\"phone\":\"02-2388-9393\",\"email\":\"clerk@ntu.edu.tw\","
                + "\"address\":\"臺北市大安區羅斯福路四段1號\"}}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("groupId").asText();
    }

    /** @return the id of a complete group of that many applicants, ready to submit */
    static String completeGroup(Http clerk, String name, String type, int applicants, String passportPrefix) {
        String group = draft(clerk, name);
        addDocument(clerk, group, null, "powerOfAttorney");
        for (int i = 0; i < applicants; i++) {
            String applicant = addApplicant(clerk, group, type, complete(passportPrefix + (100000 + i)));
            completeDocuments(clerk, group, applicant, type.equals("overseas-chinese")
                    ? List.of("passport", "residentVisa", "accommodationProof", "placementNotice") : FOREIGN_DOCUMENTS);
        }
        return group;
    }

    /** Uploads a scan of that document type, for the group when {@code applicant} is null. */
    static void addDocument(Http clerk, String group, String applicant, String type) {
        String path = (applicant == null ? "/api/v1/groups/" + group : applicantPath(group, applicant)) + "/documents/" + type;
        Http.Answer stored = clerk.upload(path, type + ".jpg", scan(30));
        assertEquals(stored.body(), 201, stored.status());
    }

    /** Uploads the documents and the photo, and checks the applicant is complete then. */
    static void completeDocuments(Http clerk, String group, String applicant, List<String> documents) {
        documents.forEach(document -> addDocument(clerk, group, applicant, document));
        assertEquals(201, clerk.upload(applicantPath(group, applicant) + "/documents/photo", "photo.png", photo()).status());
        assertTrue(clerk.get(applicantPath(group, applicant)).json().at("/summary/complete").asBoolean());
    }

    /** @return the new applicant's id */
    static String addApplicant(Http clerk, String group, String type, Map<String, String> fields) {
        Http.Answer added = clerk.postJson("/api/v1/groups/" + group + "/applicants", applicantJson(type, fields));
        assertEquals(added.body(), 201, added.status());
        return added.json().at("/summary/applicantId").asText();
    }

    static String applicantJson(String type, Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(Map.of("applicantType", type, "applicationKind", "FIRST_APPLICATION",
                    "fields", fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String applicantPath(String group, String applicant) {
        return "/api/v1/groups/" + group + "/applicants/" + applicant;
    }

    /** @return a complete student form with that passport number */
    static Map<String, String> complete(String passport) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("qualification", "STUDY");
        fields.put("studyStatus", "REGISTERED");
        fields.put("chineseName", "席安娜");
        fields.put("englishName", "Ana Silva");
        fields.put("birthDate", "2003/04/05");
        fields.put("passportNumber", passport);
        fields.put("passportExpiry", "2032-01-01");
        fields.put("maritalStatus", "SINGLE");
        fields.put("sex", "F");
        fields.put("highestEducation", "HIGH_SCHOOL");
        fields.put("department", "資訊工程學系");
        fields.put("programme", "BACHELOR");
        fields.put("yearOfStudy", "1");
        fields.put("birthPlace", "BR");
        fields.put("nationality", "BR");
        fields.put("addressPostalCode", "106");
        fields.put("addressCounty", "臺北市");
        fields.put("addressDistrict", "大安區");
        fields.put("addressStreet", "羅斯福路四段");
        fields.put("addressNumber", "1號");
        return fields;
    }

    /** @return a colour portrait photo, PNG */
    static byte[] photo() {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(200, 220, 255));
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(230, 180, 150));
        g.fillOval(75, 60, 150, 200);
        g.dispose();
        return encode(image, "png");
    }

    /** @return a noisy colour scan of about that many kilobytes, JPEG */
    static byte[] scan(int kilobytes) {
        Random random = new Random(kilobytes);
        int side = (int) Math.sqrt(kilobytes * 1024 / 1.2);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        return encode(image, "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
