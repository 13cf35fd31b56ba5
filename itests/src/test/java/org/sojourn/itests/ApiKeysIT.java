package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A school's own student system calls Sojourn with an API key its main account issued: the key acts
 * for the school within its scopes, reaches nothing meant for people, is kept only as a hash, stops
 * at once when revoked, and its issue, use, refusal and revocation are in the audit trail.
 */
public class ApiKeysIT extends SojournTestSupport {

    @Test
    public void aSchoolSystemWorksWithinItsKeysScopesUntilTheKeyIsRevoked() throws Exception {
        awaitHealthy();
        Http main = as("03734301");
        Http clerk = as("03734301-01");
        String group = Filing.draft(clerk, "API 金鑰可讀的草稿");

        Http.Answer issued = main.postJson("/api/v1/api-keys", "{\"name\":\"學校學籍系統\",\"scopes\":[\"CASES_READ\"]}");
        assertEquals(issued.body(), 201, issued.status());
        String secret = issued.json().get("secret").asText();
        String id = issued.json().at("/key/id").asText();
        assertTrue(secret, secret.startsWith("sjk_" + id + "_"));
        JsonNode listed = main.get("/api/v1/api-keys").json();
        assertEquals(id, listed.get(0).get("id").asText());
        assertFalse("the secret is shown once", listed.toString().contains(secret.substring(("sjk_" + id + "_").length())));

        Http system = http().withApiKey(secret);
        assertEquals("reads as the school, its sub-accounts' groups included", 200, system.get("/api/v1/groups/" + group).status());
        assertEquals(200, system.get("/api/v1/progress?page=0&size=10").status());
        assertTrue(main.get("/api/v1/api-keys").json().get(0).hasNonNull("lastUsedAt"));
        Http.Answer write = system.postJson("/api/v1/groups", "{\"consent\":true}");
        assertEquals(403, write.status());
        assertEquals("API_KEY_SCOPE", write.json().get("code").asText());
        Http.Answer person = system.get("/api/v1/school/profile");
        assertEquals(403, person.status());
        assertEquals("API_KEY_NOT_ALLOWED", person.json().get("code").asText());
        assertEquals("a key cannot mint keys", "API_KEY_NOT_ALLOWED", system.postJson("/api/v1/api-keys",
                "{\"name\":\"x\",\"scopes\":[\"CASES_WRITE\"]}").json().get("code").asText());

        // A writing key files a draft, as the main account: the main account sees it, a sub-account does not.
        String writer = main.postJson("/api/v1/api-keys", "{\"name\":\"報名系統\",\"scopes\":[\"CASES_READ\",\"CASES_WRITE\"]}")
                .json().get("secret").asText();
        String filed = Filing.draft(http().withApiKey(writer), "學校系統建立的草稿");
        assertEquals(200, main.get("/api/v1/groups/" + filed).status());
        assertEquals(404, clerk.get("/api/v1/groups/" + filed).status());

        // Another school's data stays out of reach.
        addSchool("22099131");
        String theirs = Filing.draft(as("22099131"), "別校草稿");
        assertEquals(404, system.get("/api/v1/groups/" + theirs).status());

        // Bad keys, bad requests.
        assertEquals("API_KEY_INVALID", http().withApiKey("sjk_" + id + "_" + "A".repeat(43)).get("/api/v1/progress").json()
                .get("code").asText());
        assertEquals(401, http().withApiKey("' or 1=1 --").get("/api/v1/progress").status());
        assertEquals(403, clerk.postJson("/api/v1/api-keys", "{\"name\":\"子帳號\",\"scopes\":[\"CASES_READ\"]}").status());
        Http.Answer noScope = main.postJson("/api/v1/api-keys", "{\"name\":\"沒有範圍\",\"scopes\":[]}");
        assertEquals(400, noScope.status());
        assertEquals("scopes", noScope.json().at("/errors/0/field").asText());

        // Revoked: refused at once.
        assertEquals(200, main.delete("/api/v1/api-keys/" + id).status());
        assertEquals(401, system.get("/api/v1/progress?page=0&size=10").status());
        assertEquals(404, as("22099131").delete("/api/v1/api-keys/" + id).status());

        try (Connection connection = openDirectConnection()) {
            assertEquals("nothing stores the secret", 0, count(connection, "select count(*) from api_key where secret_hash like ?",
                    "%" + secret.substring(secret.length() - 20) + "%"));
            for (String outcome : new String[] {"SUCCEEDED", "WRONG_SECRET", "MALFORMED", "REVOKED"}) {
                assertTrue(outcome, count(connection, "select count(*) from security_audit where event like 'API_KEY_%' and outcome = ?",
                        outcome) > 0);
            }
            assertEquals("no key in the audit trail", 0, count(connection, "select count(*) from security_audit where detail like ?",
                    "%" + secret.substring(secret.length() - 20) + "%"));
        }
    }

    private static int count(Connection connection, String sql, String parameter) throws Exception {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
