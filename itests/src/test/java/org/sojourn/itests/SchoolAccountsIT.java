package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A school maintains its profile and its sub-accounts; schools stay apart; every change is audited. */
public class SchoolAccountsIT extends SojournTestSupport {

    private static final String PROFILE = "{\"schoolNumber\":\"x\",\"organisationName\":\"ignored\","
            + "\"headName\":\"王校長\",\"unit\":\"國際事務處\",\"phone\":\"02-2388-9393\",\"fax\":\"\","
            + "\"email\":\"oia@demo.edu.tw\",\"address\":{\"postalCode\":\"100\",\"county\":\"台北市\","
            + "\"district\":\"中正區\",\"village\":\"\",\"neighbourhood\":\"\",\"street\":\"廣州街\",\"lane\":\"\","
            + "\"alley\":\"\",\"number\":\"15號\"},\"handler\":{\"name\":\"王承辦\",\"nationalId\":\"A123456789\","
            + "\"landline\":\"\",\"mobile\":\"0912-345-678\",\"email\":\"wang@demo.edu.tw\"},\"updatedAt\":null}";

    private static final String NEW_SUB = "{\"name\":\"林承辦\",\"nationalId\":\"F131104093\",\"birthday\":\"1990-05-06\","
            + "\"unit\":\"僑生組\",\"password\":\"新竹的風很大 windy 2026\",\"passwordConfirmation\":\"新竹的風很大 windy 2026\","
            + "\"landline\":\"03-571-5131\",\"mobile\":\"\",\"address\":{\"postalCode\":\"300\",\"county\":\"新竹市\","
            + "\"district\":\"東區\",\"village\":\"\",\"neighbourhood\":\"\",\"street\":\"光復路二段\",\"lane\":\"\","
            + "\"alley\":\"\",\"number\":\"101號\"},\"email\":\"lin@demo.edu.tw\"}";

    private Http main;

    @Before
    public void theSchoolsMainAccountIsSignedIn() throws Exception {
        awaitHealthy();
        main = as("03734301");
    }

    @Test
    public void theMainAccountKeepsTheProfileAndSubAccountsMayReadIt() throws Exception {
        Http.Answer saved = main.put("/api/v1/school/profile", PROFILE);

        assertEquals(saved.body(), 200, saved.status());
        JsonNode profile = saved.json();
        assertEquals("國立示範大學", profile.get("organisationName").asText());
        assertEquals("臺北市", profile.at("/address/county").asText());
        assertEquals("0912345678", profile.at("/handler/mobile").asText());
        Http sub = as("03734301-02");
        assertEquals("王校長", sub.get("/api/v1/school/profile").json().get("headName").asText());
        assertEquals(403, sub.put("/api/v1/school/profile", PROFILE).status());
    }

    @Test
    public void aWrongProfileNamesEveryFieldAndChangesNothing() throws Exception {
        String before = main.get("/api/v1/school/profile").body();
        String wrong = PROFILE.replace("台北市", "台北縣").replace("A123456789", "A123456788")
                .replace("0912-345-678", "").replace("\"headName\":\"王校長\"", "\"headName\":\"" + "長".repeat(51) + "\"");

        Http.Answer refused = main.put("/api/v1/school/profile", wrong);

        assertEquals(400, refused.status());
        String fields = refused.json().get("errors").toString();
        for (String field : new String[] {"headName", "address.county", "handler.nationalId", "handler.landline"}) {
            assertTrue(field + " in " + fields, fields.contains("\"" + field + "\""));
        }
        assertEquals(before, main.get("/api/v1/school/profile").body());

        // Checked against the district list: a district of another county, a postal code of another district.
        Http.Answer elsewhere = main.put("/api/v1/school/profile", PROFILE.replace("中正區", "東區"));
        assertEquals(elsewhere.body(), "address.district", elsewhere.json().at("/errors/0/field").asText());
        assertEquals("UNKNOWN_DISTRICT", elsewhere.json().at("/errors/0/code").asText());
        Http.Answer postal = main.put("/api/v1/school/profile", PROFILE.replace("\"postalCode\":\"100\"", "\"postalCode\":\"300\""));
        assertEquals(postal.body(), "POSTAL_CODE_MISMATCH", postal.json().at("/errors/0/code").asText());
        assertEquals(before, main.get("/api/v1/school/profile").body());
    }

    @Test
    public void subAccountsAreCreatedListedDisabledReenabledRepasswordedAndDeleted() throws Exception {
        Http.Answer created = main.postJson("/api/v1/school/sub-accounts", NEW_SUB);
        assertEquals(created.body(), 201, created.status());
        String login = created.json().get("login").asText();
        assertEquals("the demo school has -01 and -02 already", "03734301-03", login);

        Http sub = signInOrFail(login, "新竹的風很大 windy 2026");
        JsonNode listed = subAccount(login);
        assertTrue(listed.get("enabled").asBoolean());
        assertFalse("last sign-in shown", listed.get("lastSignInAt").isNull());

        assertEquals(204, main.put("/api/v1/school/sub-accounts/" + login + "/enabled", "{\"enabled\":false}").status());
        assertEquals("disabling ends its sessions", 401, sub.get("/api/v1/session").status());
        assertEquals(401, signIn(login, "新竹的風很大 windy 2026").status());
        assertEquals(204, main.put("/api/v1/school/sub-accounts/" + login + "/enabled", "{\"enabled\":true}").status());
        sub = signInOrFail(login, "新竹的風很大 windy 2026");

        assertEquals(400, main.put("/api/v1/school/sub-accounts/" + login + "/password",
                "{\"password\":\"日月潭的湖水 lake 2026\",\"passwordConfirmation\":\"日月潭的湖水 lake 2027\"}").status());
        assertEquals(204, main.put("/api/v1/school/sub-accounts/" + login + "/password",
                "{\"password\":\"日月潭的湖水 lake 2026\",\"passwordConfirmation\":\"日月潭的湖水 lake 2026\"}").status());
        assertEquals("a new password ends its sessions", 401, sub.get("/api/v1/session").status());
        signInOrFail(login, "日月潭的湖水 lake 2026");

        assertEquals(204, main.delete("/api/v1/school/sub-accounts/" + login).status());
        assertEquals(401, signIn(login, "日月潭的湖水 lake 2026").status());
        assertFalse(main.get("/api/v1/school/sub-accounts").body().contains(login));
        assertTrue(audit().containsAll(java.util.List.of("SUB_ACCOUNT_CREATE", "SUB_ACCOUNT_DISABLE",
                "SUB_ACCOUNT_ENABLE", "SUB_ACCOUNT_PASSWORD", "SUB_ACCOUNT_DELETE")));
    }

    @Test
    public void anotherSchoolCannotTouchThisSchoolsSubAccounts() throws Exception {
        addSchool("04595257");
        Http other = as("04595257");

        assertEquals(404, other.put("/api/v1/school/sub-accounts/03734301-01/enabled", "{\"enabled\":false}").status());
        assertEquals(404, other.delete("/api/v1/school/sub-accounts/03734301-01").status());
        assertFalse(other.get("/api/v1/school/sub-accounts").body().contains("03734301"));
        assertEquals("nothing changed", 201, signIn("03734301-01", DEMO_PASSWORD).status());
        assertEquals("sub-accounts do not manage sub-accounts", 403, as("03734301-01").get("/api/v1/school/sub-accounts").status());
    }

    private Http signInOrFail(String login, String password) throws Exception {
        Http.Answer signedIn = signIn(login, password);
        assertEquals(signedIn.body(), 201, signedIn.status());
        return http().withToken(signedIn.json().get("token").asText());
    }

    private JsonNode subAccount(String login) {
        for (JsonNode sub : main.get("/api/v1/school/sub-accounts").json()) {
            if (sub.get("login").asText().equals(login)) {
                return sub;
            }
        }
        throw new AssertionError(login + " not listed");
    }

    private java.util.List<String> audit() throws Exception {
        java.util.List<String> events = new java.util.ArrayList<>();
        try (Connection connection = openDirectConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select event from security_audit where actor = '03734301'")) {
            while (rows.next()) {
                events.add(rows.getString(1));
            }
        }
        return events;
    }
}
