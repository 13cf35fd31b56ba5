package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Hashtable;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sign-in with captcha, sessions, lockout and the audit trail, with the documented demo accounts.
 * Captchas are solved from the answer's hash in the database, which only a test with database
 * access can do; over HTTP the answer never leaves the server.
 */
public class SecurityIT extends SojournTestSupport {

    private static final String PASSWORD = DEMO_PASSWORD;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Before
    public void nodeIsUp() {
        awaitHealthy();
        http().await("/api/v1/captcha", answer -> answer.status() == 200, Duration.ofSeconds(30));
    }

    @Test
    public void aSchoolSignsInUsesItsSessionAndSignsOut() throws Exception {
        Http.Answer signedIn = signIn("03734301", PASSWORD);

        assertEquals(signedIn.body(), 201, signedIn.status());
        JsonNode body = signedIn.json();
        assertEquals("SCHOOL_MAIN", body.at("/account/role").asText());
        assertEquals("03734301", body.at("/account/schoolNumber").asText());
        Instant expires = Instant.parse(body.get("expiresAt").asText());
        assertTrue(expires.isAfter(Instant.now().plus(Duration.ofMinutes(29))));
        String token = body.get("token").asText();

        HttpResponse<String> me = bearer("GET", "/api/v1/session", token);
        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("國立示範大學"));
        assertTrue("countdown header", me.headers().firstValue("Sojourn-Session-Expires").isPresent());

        assertEquals(204, bearer("DELETE", "/api/v1/session", token).statusCode());
        HttpResponse<String> after = bearer("GET", "/api/v1/session", token);
        assertEquals(401, after.statusCode());
        assertTrue(after.body().contains("SESSION_EXPIRED"));
    }

    @Test
    public void anUnknownAccountAndAWrongPasswordGetTheSameAnswer() throws Exception {
        Http.Answer wrongPassword = signIn("03734301-01", "not-the-password");
        Http.Answer unknownAccount = signIn("12345675", "not-the-password");

        assertEquals(401, wrongPassword.status());
        assertEquals("SIGN_IN_FAILED", wrongPassword.json().get("code").asText());
        assertEquals(wrongPassword.body(), unknownAccount.body());
    }

    @Test
    public void repeatedFailuresLockALoginWhetherOrNotItExists() throws Exception {
        for (String login : new String[] {"officer-second", "04595257"}) {
            for (int i = 1; i < 5; i++) {
                assertEquals(login + " failure " + i, 401, signIn(login, "wrong-" + i).status());
            }
            Http.Answer fifth = signIn(login, "wrong-5");
            assertEquals(login + ": the fifth failure locks", 429, fifth.status());
            assertEquals("SIGN_IN_LOCKED", fifth.json().get("code").asText());
            Http.Answer evenTheRightPassword = signIn(login, PASSWORD);
            assertEquals(login, 429, evenTheRightPassword.status());
        }
    }

    @Test
    public void aCaptchaMustBeRightAndServesOnce() throws Exception {
        JsonNode captcha = http().get("/api/v1/captcha").json();
        String id = captcha.get("captchaId").asText();
        String answer = solve(id);
        String wrong = answer.equals("00000") ? "00001" : "00000";

        Http.Answer refused = http().postJson("/api/v1/sessions", signInJson("03734301-02", PASSWORD, id, wrong));
        Http.Answer reused = http().postJson("/api/v1/sessions", signInJson("03734301-02", PASSWORD, id, answer));

        assertEquals(400, refused.status());
        assertEquals("CAPTCHA_INVALID", refused.json().get("code").asText());
        assertEquals("a captcha dies with its first answer", 400, reused.status());
        assertTrue(captcha.get("image").asText().startsWith("data:image/png;base64,"));
    }

    @Test
    public void theAuditTrailRecordsOutcomesButNeverSecrets() throws Exception {
        Http.Answer ok = signIn("card-desk", PASSWORD);
        signIn("card-desk", "Wrong-secret-42");
        String token = ok.json().get("token").asText();

        try (Connection connection = openDirectConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select event, outcome, coalesce(actor,'') || '|' || coalesce(detail,'') || '|' || coalesce(source,'')"
                                + " from security_audit where actor = 'card-desk' order by id")) {
            try (ResultSet rows = query.executeQuery()) {
                StringBuilder seen = new StringBuilder();
                while (rows.next()) {
                    seen.append(rows.getString(1)).append(' ').append(rows.getString(2)).append(' ')
                            .append(rows.getString(3)).append('\n');
                }
                String trail = seen.toString();
                assertTrue(trail, trail.contains("SIGN_IN SUCCEEDED"));
                assertTrue(trail, trail.contains("SIGN_IN FAILED"));
                assertTrue(trail, trail.contains("127.0.0.1"));
                assertFalse(trail.contains(PASSWORD));
                assertFalse(trail.contains("Wrong-secret-42"));
                assertFalse(trail.contains(token));
            }
        }
    }

    @Test
    public void aPasswordChangeEndsEverySessionOfTheAccount() throws Exception {
        String onLaptop = signIn("hk-student", PASSWORD).json().get("token").asText();
        String onPhone = signIn("hk-student", PASSWORD).json().get("token").asText();

        HttpResponse<String> weak = bearerJson("PUT", "/api/v1/session/password", onLaptop,
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"qwertyuiop\"}");
        assertEquals(400, weak.statusCode());
        assertTrue(weak.body(), weak.body().contains("PASSWORD_TOO_COMMON"));
        assertEquals("a refused change ends nothing", 200, bearer("GET", "/api/v1/session", onPhone).statusCode());

        HttpResponse<String> changed = bearerJson("PUT", "/api/v1/session/password", onLaptop,
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"維多利亞港的夜景 harbour 2026\"}");
        assertEquals(changed.body(), 204, changed.statusCode());

        assertEquals(401, bearer("GET", "/api/v1/session", onLaptop).statusCode());
        assertEquals(401, bearer("GET", "/api/v1/session", onPhone).statusCode());
        assertEquals(401, signIn("hk-student", PASSWORD).status());
        assertEquals(201, signIn("hk-student", "維多利亞港的夜景 harbour 2026").status());
    }

    @Test
    public void aMadeUpBearerTokenIsRefusedEverywhere() throws Exception {
        HttpResponse<String> answer = bearer("GET", "/api/v1/groups/151020001", "made-up-token");

        assertEquals(401, answer.statusCode());
        assertTrue(answer.body().contains("SESSION_EXPIRED"));
    }

    @Test
    public void theCaptchaSwitchLetsAutomatedTestsSignInWithoutOne() throws Exception {
        Configuration security = configurationAdmin.getConfiguration("org.sojourn.security", null);
        Hashtable<String, Object> off = new Hashtable<>();
        off.put("captchaRequired", "false");
        security.update(off);
        try {
            Http.Answer withoutCaptcha = awaitSignInWithoutCaptcha();
            assertEquals(201, withoutCaptcha.status());
        } finally {
            Hashtable<String, Object> on = new Hashtable<>();
            on.put("captchaRequired", "true");
            security.update(on);
        }
        // The service restarts with its new configuration; wait until the captcha is required again.
        Http.Answer required = http().awaitPost("/api/v1/sessions", signInJson("admin", PASSWORD, "none", "00000"),
                answer -> answer.status() == 400, Duration.ofSeconds(30));
        assertEquals(400, required.status());
        assertEquals("CAPTCHA_INVALID", required.json().get("code").asText());
    }

    /** The configuration change reaches the service asynchronously: ask until it has. */
    private Http.Answer awaitSignInWithoutCaptcha() {
        return http().awaitPost("/api/v1/sessions", signInJson("admin", PASSWORD, null, null),
                answer -> answer.status() == 201, Duration.ofSeconds(30));
    }

    private String solve(String captchaId) throws Exception {
        try (Connection connection = openDirectConnection()) {
            return Captchas.solve(connection, captchaId);
        }
    }

    private static String signInJson(String login, String password, String captchaId, String answer) {
        return Captchas.signInJson(login, password, captchaId, answer);
    }

    private static HttpResponse<String> bearerJson(String method, String path, String token, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Integer.getInteger("sojourn.it.http.port") + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> bearer(String method, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Integer.getInteger("sojourn.it.http.port") + path))
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
