package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** What the API writes lands in PostgreSQL, exactly once, and bad input writes nothing. */
public class PersistenceIT extends SojournTestSupport {

    private Http clerk;

    @Before
    public void aSchoolClerkIsSignedIn() throws Exception {
        awaitHealthy();
        clerk = as("03734301-01");
    }

    @Test
    public void aGroupCreatedThroughTheApiLandsInPostgresql() throws Exception {
        Http.Answer created = clerk.postJson("/api/v1/groups",
                "{\"applicationName\":\"115學年度第1學期外籍生\",\"businessCode\":\"102\"}");

        assertEquals(created.body(), 201, created.status());
        String number = created.json().get("groupNumber").asText();
        assertTrue(number, number.matches("\\d{2}102\\d{4}"));
        assertTrue(created.location().endsWith("/api/v1/groups/" + number));
        try (Connection connection = openDirectConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select application_name from case_group where group_number = ?")) {
            query.setString(1, number);
            try (ResultSet row = query.executeQuery()) {
                assertTrue("row for " + number, row.next());
                assertEquals("115學年度第1學期外籍生", row.getString(1));
            }
        }
        JsonNode readBack = clerk.get("/api/v1/groups/" + number).json();
        assertEquals("115學年度第1學期外籍生", readBack.get("applicationName").asText());
    }

    @Test
    public void refusedRequestsWriteNothing() throws Exception {
        long before = groupCount();

        Http.Answer invalid = clerk.postJson("/api/v1/groups", "{\"applicationName\":\"\",\"businessCode\":\"1\"}");
        Http.Answer malformed = clerk.postJson("/api/v1/groups", "{\"applicationName\": ");
        Http.Answer injection = clerk.postJson("/api/v1/groups",
                "{\"applicationName\":\"x'); drop table case_group; --\",\"businessCode\":\"10'2\"}");

        assertEquals(400, invalid.status());
        assertEquals("INVALID_INPUT", invalid.json().get("code").asText());
        assertEquals(2, invalid.json().get("errors").size());
        assertEquals(400, malformed.status());
        assertEquals("MALFORMED_JSON", malformed.json().get("code").asText());
        assertEquals(400, injection.status());
        assertEquals(before, groupCount());
    }

    @Test
    public void concurrentClerksGetDistinctConsecutiveGroupNumbers() throws Exception {
        ExecutorService clerks = Executors.newFixedThreadPool(8);
        List<Callable<Http.Answer>> filings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            filings.add(() -> clerk.postJson("/api/v1/groups", "{\"applicationName\":\"陸生單次\",\"businessCode\":\"116\"}"));
        }
        Set<Integer> sequences = new TreeSet<>();
        try {
            for (Future<Http.Answer> filing : clerks.invokeAll(filings)) {
                Http.Answer answer = filing.get();
                assertEquals(answer.body(), 201, answer.status());
                sequences.add(Integer.parseInt(answer.json().get("groupNumber").asText().substring(5)));
            }
        } finally {
            clerks.shutdownNow();
        }
        assertEquals(40, sequences.size());
        assertEquals(1, (int) ((TreeSet<Integer>) sequences).first());
        assertEquals(40, (int) ((TreeSet<Integer>) sequences).last());
    }

    private long groupCount() throws Exception {
        try (Connection connection = openDirectConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from case_group")) {
            count.next();
            return count.getLong(1);
        }
    }
}
