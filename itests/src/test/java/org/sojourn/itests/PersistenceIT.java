package org.sojourn.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
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
    public void aSubmittedGroupLandsInPostgresqlWithItsNumbersAndFiles() throws Exception {
        String group = Filing.completeGroup(clerk, "115學年度第1學期外籍生", "foreign", 2, "PG");
        JsonNode submitted = clerk.postJson("/api/v1/groups/" + group + "/submission", "").json();
        String number = submitted.get("groupNumber").asText();
        assertTrue(number, number.matches("\\d{2}102\\d{4}"));

        try (Connection connection = openDirectConnection();
                PreparedStatement query = connection.prepareStatement("select a.receipt_number, a.status, count(d.id)"
                        + " from case_applicant a join case_group g on g.id = a.group_id"
                        + " left join case_document d on d.applicant_id = a.id"
                        + " where g.group_number = ? group by a.receipt_number, a.status order by a.receipt_number")) {
            query.setString(1, number);
            try (ResultSet row = query.executeQuery()) {
                for (JsonNode receipt : submitted.get("receipts")) {
                    assertTrue(row.next());
                    assertEquals(receipt.get("receiptNumber").asText(), row.getString(1));
                    assertEquals("AWAITING_FIRST_REVIEW", row.getString(2));
                    assertEquals(4, row.getInt(3));
                }
            }
        }
        JsonNode readBack = clerk.get("/api/v1/groups/" + number).json();
        assertEquals(group, readBack.get("groupId").asText());
        String documentId = readBack.at("/documents/0/documentId").asText();
        byte[] stored = clerk.download("/api/v1/groups/" + group + "/documents/" + documentId);
        assertArrayEquals(Filing.scan(30), stored);
    }

    @Test
    public void refusedRequestsWriteNothing() throws Exception {
        String group = Filing.draft(clerk, "草稿");
        long[] before = counts();

        Http.Answer invalid = clerk.postJson("/api/v1/groups", "{\"consent\":true,\"businessLine\":\"102\","
                + "\"applicationName\":\"\",\"pickupOffice\":\"MARS\"}");
        Http.Answer malformed = clerk.postJson("/api/v1/groups", "{\"applicationName\": ");
        Http.Answer injection = clerk.postJson("/api/v1/groups", "{\"consent\":true,\"businessLine\":\"10'2\","
                + "\"applicationName\":\"x'); drop table case_group; --\",\"pickupOffice\":\"TAIPEI\"}");
        byte[] png = Filing.photo();
        Http.Answer truncated = clerk.upload("/api/v1/groups/" + group + "/documents/powerOfAttorney", "a.png",
                Arrays.copyOf(png, png.length / 2));

        assertEquals(400, invalid.status());
        assertEquals("INVALID_INPUT", invalid.json().get("code").asText());
        assertEquals(2, invalid.json().get("errors").size());
        assertEquals(400, malformed.status());
        assertEquals("MALFORMED_JSON", malformed.json().get("code").asText());
        assertEquals(400, injection.status());
        assertEquals("UNREADABLE_FILE", truncated.json().get("code").asText());
        assertArrayEquals(before, counts());
    }

    @Test
    public void concurrentSubmissionsGetDistinctConsecutiveNumbers() throws Exception {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            groups.add(Filing.completeGroup(clerk, "並行送件 " + i, "foreign", 1, "CC" + i + "X"));
        }
        ExecutorService clerks = Executors.newFixedThreadPool(8);
        List<Callable<Http.Answer>> submissions = new ArrayList<>();
        for (String group : groups) {
            submissions.add(() -> clerk.postJson("/api/v1/groups/" + group + "/submission", ""));
            submissions.add(() -> clerk.postJson("/api/v1/groups/" + group + "/submission", "")); // a double click
        }
        Set<Integer> sequences = new TreeSet<>();
        Set<String> receipts = new TreeSet<>();
        try {
            for (Future<Http.Answer> submission : clerks.invokeAll(submissions)) {
                Http.Answer answer = submission.get();
                assertEquals(answer.body(), 200, answer.status());
                sequences.add(Integer.parseInt(answer.json().get("groupNumber").asText().substring(5)));
                receipts.add(answer.json().at("/receipts/0/receiptNumber").asText());
            }
        } finally {
            clerks.shutdownNow();
        }
        assertEquals(10, sequences.size());
        assertEquals("consecutive, no gaps", 9,
                ((TreeSet<Integer>) sequences).last() - ((TreeSet<Integer>) sequences).first());
        assertEquals(10, receipts.size());
    }

    /** @return the rows of groups, applicants, documents and contents */
    private long[] counts() throws Exception {
        try (Connection connection = openDirectConnection(); Statement statement = connection.createStatement()) {
            long[] counts = new long[4];
            String[] tables = {"case_group", "case_applicant", "case_document", "case_document_content"};
            for (int i = 0; i < tables.length; i++) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + tables[i])) {
                    count.next();
                    counts[i] = count.getLong(1);
                }
            }
            return counts;
        }
    }
}
