package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

/** The health endpoint, the OpenAPI document and the error format of the running distribution. */
public class HealthIT extends SojournTestSupport {

    @Before
    public void nodeIsUp() {
        awaitHealthy();
    }

    @Test
    public void reportsVersionAndPostgresqlUp() {
        Http.Answer answer = http().get("/api/v1/health");

        assertEquals(200, answer.status());
        JsonNode health = answer.json();
        assertEquals("UP", health.get("status").asText());
        assertEquals("UP", health.get("caseStore").asText());
        assertEquals("UP", health.get("signIn").asText());
        assertEquals(System.getProperty("sojourn.version"), health.get("version").asText());
        assertEquals("PostgreSQL", health.at("/database/product").asText());
        assertTrue(health.at("/database/schemaVersion").asInt() >= 1);
        assertEquals("[{\"id\":\"foreign\",\"version\":\"1.0.0\"},{\"id\":\"hk-macao\",\"version\":\"1.0.0\"},"
                + "{\"id\":\"mainland\",\"version\":\"1.0.0\"},{\"id\":\"no-household\",\"version\":\"1.0.0\"},"
                + "{\"id\":\"overseas-chinese\",\"version\":\"1.0.0\"}]",
                health.get("applicantTypes").toString());
        assertEquals("channels wait for their merchant keys (etc/org.sojourn.payment.*.cfg)", 0, health.get("paymentChannels").size());
    }

    @Test
    public void listsPluginsAsTheyComeAndGo() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("sojourn.plugin.kind", "applicant-type");
        properties.put("sojourn.plugin.id", "exchange");
        properties.put("sojourn.plugin.version", "1.2.0");
        ServiceRegistration<Runnable> plugin = bundleContext.registerService(Runnable.class, () -> { }, properties);
        try {
            JsonNode types = http().get("/api/v1/health").json().get("applicantTypes");
            assertEquals(6, types.size());
            assertEquals("listed by id", "exchange", types.get(0).get("id").asText());
            assertEquals("1.2.0", types.get(0).get("version").asText());
        } finally {
            plugin.unregister();
        }
        assertEquals(5, http().get("/api/v1/health").json().get("applicantTypes").size());
    }

    @Test
    public void servesTheOpenApiDocumentOfEveryEndpoint() {
        JsonNode document = http().get("/api/v1/openapi.json").json();

        assertTrue(document.get("openapi").asText().startsWith("3."));
        assertEquals("/api", document.at("/servers/0/url").asText());
        assertTrue(document.get("paths").has("/v1/health"));
        assertTrue(document.get("paths").has("/v1/groups"));
        assertTrue(document.get("paths").has("/v1/groups/{group}/submission"));
        assertTrue(document.get("paths").has("/v1/review/cases/{receipt}/decisions"));
        assertTrue(document.get("paths").has("/v1/applicant-types"));
        assertTrue("a list's filters are documented for its export too",
                document.at("/paths/~1v1~1progress.xlsx/get/parameters").toString().contains("\"statusGroup\""));
    }

    @Test
    public void unknownAddressesAnswerWithProblemJsonNotHtml() {
        for (String path : new String[] {"/api/v1/no-such-thing", "/no-such-page"}) {
            Http.Answer answer = http().get(path);
            assertEquals(path, 404, answer.status());
            assertTrue(path + ": " + answer.contentType(), answer.contentType().startsWith("application/problem+json"));
            assertEquals("NOT_FOUND", answer.json().get("code").asText());
            assertFalse(answer.json().at("/messages/zh-TW").asText().isEmpty());
        }
    }

    @Test
    public void theRootLeadsToTheWebEntrance() {
        Http.Answer root = http().get("/");
        assertEquals(302, root.status());
        assertTrue(root.location(), root.location().endsWith("/ui/index.html"));
        Http.Answer entrance = http().get("/ui/index.html");
        assertEquals(200, entrance.status());
        assertTrue(entrance.body(), entrance.body().contains("js/app.js"));
    }

    @Test
    public void healthAnswersQuicklyEvenWhenAskedOftenInARow() {
        // A load balancer probes every few seconds; each probe must be cheap and never queue.
        http().await("/api/v1/health", answer -> answer.status() == 200, Duration.ofSeconds(5));
        for (int i = 0; i < 50; i++) {
            assertEquals(200, http().get("/api/v1/health").status());
        }
    }
}
