package org.sojourn.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The limit beside Sojourn's figure: how many complete submissions PostgreSQL alone takes when it is sent exactly the
 * rows one of Sojourn's submissions wrote, with nothing in between — no HTTP, JSON, sessions, checks or ORM.
 * <p>
 * It reads a real submitted group from the database (the group, its applicants with their form fields, their files
 * with the contents, and the history), then writes copies of it with plain JDBC, one transaction per request as the
 * API commits them: the draft; each applicant with its fields; each file with its content; and the submission, which
 * takes the year's counter under a row lock, numbers the group and its cases and writes their history and the mail.
 * {@code workers} connections write at once, as that many clerks would. The copies are deleted afterwards.
 * <p>
 * Usage: {@code RawSubmissions jdbcUrl groupNumber workers groups} — prints one line, {@code raw: …}, for the report.
 */
public final class RawSubmissions {

    /** Ids of the copies start here, far above what Sojourn's own sequences reach in a run. */
    private static final long BASE = 9_000_000_000L;
    private static final AtomicLong IDS = new AtomicLong(BASE);

    private record Row(Map<String, Object> values) {
    }

    private record Template(Row group, List<Row> applicants, Map<Long, List<Row>> fields, List<Row> documents,
            Map<Long, byte[]> contents, List<Row> history) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String groupNumber = args[1];
        int workers = Integer.parseInt(args[2]);
        int groups = Integer.parseInt(args[3]);
        Template template;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            template = read(connection, groupNumber);
        }
        long rowsPerGroup = 1 + template.applicants().size() + template.fields().values().stream().mapToLong(List::size).sum()
                + 2L * template.documents().size() + template.history().size() + 1;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> done = new ArrayList<>();
        // Two warm-up groups per worker, not counted: as the submission path's 8 before its measured groups.
        for (int w = 0; w < workers; w++) {
            done.add(pool.submit(() -> copy(url, template, 2)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        done.clear();
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            int share = groups / workers + (w < groups % workers ? 1 : 0);
            done.add(pool.submit(() -> copy(url, template, share)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.createStatement().executeUpdate("delete from case_history where group_id >= " + BASE);
            connection.createStatement().executeUpdate("delete from case_group where id >= " + BASE);
            connection.createStatement().executeUpdate("delete from mail_outbox where subject like 'raw %'");
            connection.createStatement().executeUpdate("delete from number_counter where scope like 'raw:%'");
        }
        System.out.printf("raw: %d groups of %d applicants (%d files, %d rows each) with %d connections in %.1f s = %.1f groups/min%n",
                groups, template.applicants().size(), template.documents().size(), rowsPerGroup, workers, seconds, groups / seconds * 60);
    }

    private static Template read(Connection connection, String groupNumber) throws SQLException {
        Row group = rows(connection, "select * from case_group where group_number = ?", groupNumber).get(0);
        long id = (Long) group.values().get("id");
        List<Row> applicants = rows(connection, "select * from case_applicant where group_id = ? order by position", id);
        Map<Long, List<Row>> fields = new LinkedHashMap<>();
        for (Row applicant : applicants) {
            long applicantId = (Long) applicant.values().get("id");
            fields.put(applicantId, rows(connection, "select * from case_applicant_field where applicant_id = ?", applicantId));
        }
        List<Row> documents = rows(connection, "select * from case_document where group_id = ? order by id", id);
        Map<Long, byte[]> contents = new LinkedHashMap<>();
        for (Row document : documents) {
            long documentId = (Long) document.values().get("id");
            contents.put(documentId, (byte[]) rows(connection, "select content from case_document_content where document_id = ?",
                    documentId).get(0).values().get("content"));
        }
        // What the filing and the submission wrote, not what came later (the reviews, the payment).
        List<Row> history = rows(connection, "select * from case_history where group_id = ? and at <= ? order by id", id,
                group.values().get("submitted_at"));
        return new Template(group, applicants, fields, documents, contents, history);
    }

    private static List<Row> rows(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Row> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        values.put(meta.getColumnName(c), result.getObject(c));
                    }
                    rows.add(new Row(values));
                }
                return rows;
            }
        }
    }

    /** Files and submits that many copies of the template, one transaction per API request. */
    private static Void copy(String url, Template template, int groups) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.setAutoCommit(false);
            for (int g = 0; g < groups; g++) {
                long groupId = IDS.incrementAndGet();
                Map<Long, Long> applicantIds = new LinkedHashMap<>();
                Map<String, Object> group = new LinkedHashMap<>(template.group().values());
                group.put("id", groupId);
                group.put("public_id", "raw-" + groupId);
                group.put("group_number", null);
                group.put("submitted_at", null);
                insert(connection, "case_group", List.of(group));
                connection.commit();
                for (Row document : template.documents()) {
                    if (document.values().get("applicant_id") == null) {
                        file(connection, template, document, groupId, null);
                    }
                }
                for (Row applicant : template.applicants()) {
                    long oldId = (Long) applicant.values().get("id");
                    long newId = IDS.incrementAndGet();
                    applicantIds.put(oldId, newId);
                    Map<String, Object> values = new LinkedHashMap<>(applicant.values());
                    values.put("id", newId);
                    values.put("public_id", "raw-" + newId);
                    values.put("group_id", groupId);
                    values.put("receipt_number", null);
                    values.put("status", "DRAFT");
                    insert(connection, "case_applicant", List.of(values));
                    List<Map<String, Object>> fields = new ArrayList<>();
                    for (Row field : template.fields().get(oldId)) {
                        Map<String, Object> copy = new LinkedHashMap<>(field.values());
                        copy.put("applicant_id", newId);
                        fields.add(copy);
                    }
                    insert(connection, "case_applicant_field", fields);
                    insert(connection, "case_history", history(template, groupId, oldId, newId));
                    connection.commit();
                    for (Row document : template.documents()) {
                        if (Long.valueOf(oldId).equals(document.values().get("applicant_id"))) {
                            file(connection, template, document, groupId, newId);
                        }
                    }
                }
                submit(connection, template, groupId, applicantIds);
            }
        }
        return null;
    }

    private static void file(Connection connection, Template template, Row document, long groupId, Long applicantId)
            throws SQLException {
        long newId = IDS.incrementAndGet();
        Map<String, Object> values = new LinkedHashMap<>(document.values());
        byte[] content = template.contents().get((Long) values.get("id"));
        values.put("id", newId);
        values.put("public_id", "raw-" + newId);
        values.put("group_id", groupId);
        values.put("applicant_id", applicantId);
        insert(connection, "case_document", List.of(values));
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("document_id", newId);
        stored.put("content", content);
        insert(connection, "case_document_content", List.of(stored));
        connection.commit();
    }

    private static void submit(Connection connection, Template template, long groupId, Map<Long, Long> applicantIds)
            throws SQLException {
        String scope = "raw:" + template.group().values().get("roc_year") + ":" + template.group().values().get("business_line");
        long next;
        try (PreparedStatement counter = connection.prepareStatement(
                "insert into number_counter (scope, last_value) values (?, 1) on conflict (scope) do update"
                        + " set last_value = number_counter.last_value + 1 returning last_value")) {
            counter.setString(1, scope);
            try (ResultSet result = counter.executeQuery()) {
                result.next();
                next = result.getLong(1);
            }
        }
        try (PreparedStatement numbered = connection.prepareStatement(
                "update case_group set group_number = ?, submitted_at = now(), row_version = row_version + 1 where id = ?")) {
            numbered.setString(1, String.format("R%08d", next));
            numbered.setLong(2, groupId);
            numbered.executeUpdate();
        }
        try (PreparedStatement cases = connection.prepareStatement(
                "update case_applicant set status = 'AWAITING_FIRST_REVIEW', receipt_number = ?, row_version = row_version + 1"
                        + " where id = ?")) {
            int position = 0;
            for (long applicantId : applicantIds.values()) {
                cases.setString(1, String.format("R%08d%03d", next, ++position));
                cases.setLong(2, applicantId);
                cases.addBatch();
            }
            cases.executeBatch();
        }
        insert(connection, "case_history", history(template, groupId, null, null));
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("recipient", "clerk@school.invalid");
        mail.put("subject", "raw " + groupId);
        mail.put("body", "送件成功 ".repeat(60));
        mail.put("created_at", new java.sql.Timestamp(System.currentTimeMillis()));
        mail.put("attempts", 0);
        mail.put("next_attempt_at", new java.sql.Timestamp(System.currentTimeMillis()));
        insert(connection, "mail_outbox", List.of(mail));
        connection.commit();
    }

    /**
     * The template's history rows about one applicant ({@code oldApplicant}), or about the group ({@code null}), renumbered
     * for the copy. Each applicant's rows commit with the applicant, the group's with the submission: the rows written are
     * the same, only the transaction some of them commit in differs from the API's.
     */
    private static List<Map<String, Object>> history(Template template, long groupId, Long oldApplicant, Long newApplicant) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : template.history()) {
            if (java.util.Objects.equals(row.values().get("applicant_id"), oldApplicant)) {
                Map<String, Object> values = new LinkedHashMap<>(row.values());
                values.put("id", IDS.incrementAndGet());
                values.put("group_id", groupId);
                values.put("applicant_id", newApplicant);
                rows.add(values);
            }
        }
        return rows;
    }

    private static void insert(Connection connection, String table, List<Map<String, Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Map<String, Object> row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    statement.setObject(i + 1, row.get(columns.get(i)));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
