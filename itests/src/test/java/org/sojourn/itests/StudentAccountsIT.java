package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Students' accounts beyond registration: the agency's own systems feed its records of issued permits
 * through an administrator (a student unknown before can register after, a batch with one bad record
 * writes nothing, the same records again update them, keeping the accounts registered against them),
 * and a student keeps its own details.
 */
public class StudentAccountsIT extends SojournTestSupport {

    private static final String NEW_STUDENT = "{\"kind\":\"MAINLAND\",\"permitNumber\":\"ｃ87654321\",\"name\":\"王大明\","
            + "\"birthDate\":\"2005-06-01\",\"schoolNumber\":\"03734301\"}";
    private static final String DEMO_PERMIT = "{\"kind\":\"MAINLAND\",\"permitNumber\":\"M20260001\",\"name\":\"張小明\","
            + "\"birthDate\":\"2003-05-20\",\"documentKind\":\"MULTIPLE_ENTRY_PERMIT\",\"validFrom\":\"2025-09-01\","
            + "\"validUntil\":\"2027-08-31\",\"schoolNumber\":\"03734301\",\"values\":{\"chineseName\":\"張小明\",\"sex\":\"M\"}}";

    @Test
    public void anAdministratorFeedsTheAgencysRecordsAllOrNothingAndStudentsRegisterAgainstThem() throws Exception {
        awaitHealthy();
        Http admin = as("admin");
        Http.Answer unknown = http().postJson("/api/v1/students/registrations", registration());
        assertEquals(unknown.body(), "STUDENT_NOT_FOUND", unknown.json().get("code").asText());

        long before = count("select count(*) from agency_student_record");
        Http.Answer refused = admin.postJson("/api/v1/admin/agency-records", "{\"records\":[" + NEW_STUDENT
                + ",{\"kind\":\"TAIWAN\",\"permitNumber\":\"X1\",\"name\":\"\",\"birthDate\":\"2999-01-01\"}," + NEW_STUDENT + "]}");
        assertEquals(400, refused.status());
        String errors = refused.json().get("errors").toString();
        for (String field : new String[] {"records[1].kind", "records[1].permitNumber", "records[1].name", "records[1].birthDate",
            "records[2].permitNumber"}) {
            assertTrue(field + " in " + errors, errors.contains("\"" + field + "\""));
        }
        assertEquals("a refused batch writes nothing", before, count("select count(*) from agency_student_record"));

        String batch = "{\"records\":[" + NEW_STUDENT + "," + DEMO_PERMIT + "]}";
        JsonNode first = admin.postJson("/api/v1/admin/agency-records", batch).json();
        assertEquals(first.toString(), 1, first.get("inserted").asInt());
        assertEquals(1, first.get("updated").asInt());
        JsonNode again = admin.postJson("/api/v1/admin/agency-records", batch).json();
        assertEquals(again.toString(), 0, again.get("inserted").asInt());
        assertEquals(2, again.get("updated").asInt());
        assertEquals("keyed by kind and permit number: no duplicates", before + 1, count("select count(*) from agency_student_record"));
        assertEquals("the demo student's account stays linked, the grant is the agency's new one", 1,
                count("select count(*) from agency_student_record r join account a on a.id = r.account_id where r.permit_number"
                        + " = 'M20260001' and a.login = 'cn-student' and r.valid_until = date '2027-08-31'"));

        Http.Answer registered = http().postJson("/api/v1/students/registrations", registration());
        assertEquals(registered.body(), 201, registered.status());
        assertEquals(403, as("03734301").postJson("/api/v1/admin/agency-records", batch).status());
        assertEquals(2, count("select count(*) from security_audit where event = 'AGENCY_RECORDS_IMPORT' and outcome = 'SUCCEEDED'"));
    }

    @Test
    public void aStudentKeepsItsOwnDetailsButNotItsAccountOrName() throws Exception {
        awaitHealthy();
        Http student = as("hk-student");
        JsonNode mine = student.get("/api/v1/students/me").json();
        assertEquals("hk-student", mine.get("account").asText());
        String name = mine.get("name").asText();

        Http.Answer saved = student.put("/api/v1/students/me", "{\"account\":\"someone-else\",\"name\":\"別人\","
                + "\"email\":\"hk-student@demo.sojourn.invalid\",\"phone\":\"+852 2123 4567\",\"address\":{\"postalCode\":\"106\","
                + "\"county\":\"台北市\",\"district\":\"大安區\",\"street\":\"羅斯福路四段\",\"number\":\"1號\"}}");
        assertEquals(saved.body(), 200, saved.status());
        assertEquals("the account and name are not the student's to change", "hk-student", saved.json().get("account").asText());
        assertEquals(name, saved.json().get("name").asText());
        assertEquals("+852 2123 4567", saved.json().get("phone").asText());
        assertEquals("臺北市", saved.json().at("/address/county").asText());

        Http.Answer noPassword = student.put("/api/v1/students/me", "{\"email\":\"new@student.sojourn.invalid\",\"phone\":\"\"}");
        assertEquals(400, noPassword.status());
        assertEquals("currentPassword", noPassword.json().at("/errors/0/field").asText());
        Http.Answer bad = student.put("/api/v1/students/me", "{\"email\":\"not-an-address\",\"phone\":\"<script>\","
                + "\"address\":{\"county\":\"東京都\"}}");
        assertEquals(400, bad.status());
        String errors = bad.json().get("errors").toString();
        assertTrue(errors, errors.contains("\"email\"") && errors.contains("\"phone\"") && errors.contains("\"address.county\""));
        assertEquals("refused changes change nothing", "+852 2123 4567", student.get("/api/v1/students/me").json().get("phone").asText());

        Http.Answer changed = student.put("/api/v1/students/me", "{\"email\":\"new@student.sojourn.invalid\",\"phone\":\"\","
                + "\"currentPassword\":\"" + DEMO_PASSWORD + "\"}");
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("new@student.sojourn.invalid", changed.json().get("email").asText());
        assertTrue("no address any more", changed.json().get("address").isNull());
        assertEquals(403, as("03734301").get("/api/v1/students/me").status());
        assertEquals(401, http().get("/api/v1/students/me").status());
    }

    private String registration() throws Exception {
        String id = http().await("/api/v1/captcha", answer -> answer.status() == 200, Duration.ofSeconds(30)).json()
                .get("captchaId").asText();
        String answer;
        try (Connection connection = openDirectConnection()) {
            answer = Captchas.solve(connection, id);
        }
        String password = "長江後浪推前浪 2026";
        return "{\"portal\":\"mainland\",\"account\":\"wang.daming\",\"password\":\"" + password + "\",\"passwordConfirmation\":\""
                + password + "\",\"name\":\"王大明\",\"birthDate\":\"2005-06-01\",\"permitNumber\":\"C87654321\","
                + "\"email\":\"wang@student.sojourn.invalid\",\"captchaId\":\"" + id + "\",\"captchaAnswer\":\"" + answer + "\"}";
    }

    private long count(String sql) throws Exception {
        try (Connection connection = openDirectConnection(); PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
