package org.sojourn.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution as an operator runs it: configured through SOJOURN_DB_* in the environment,
 * restarted, and started against a database that is wrong or not there yet.
 */
class DistributionLifecycleIT {

    private static final Duration BOOT = Duration.ofSeconds(120);

    @Test
    void aGroupFiledSubmittedAndApprovedThroughTheDistributionSurvivesARestart() throws Exception {
        String database = TestPostgres.createDatabase();
        try (Distribution sojourn = Distribution.unpack()) {
            sojourn.start(postgres(database));
            sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, BOOT);

            Http clerk = sojourn.signedIn(database, "03734301-01");
            assertEquals(5, sojourn.http().get("/api/v1/applicant-types").json().size(), "the five requested types");
            String group = Filing.completeGroup(clerk, "重啟測試", "overseas-chinese", 1, "RS");
            Http.Answer submitted = clerk.postJson("/api/v1/groups/" + group + "/submission", "");
            assertEquals(200, submitted.status(), submitted.body());
            String number = submitted.json().get("groupNumber").asText();
            String receipt = submitted.json().at("/receipts/0/receiptNumber").asText();
            assertEquals("重啟測試", applicationNameInPostgres(database, number));

            sojourn.stop();
            sojourn.start(postgres(database));
            sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, BOOT);

            assertEquals(200, clerk.get("/api/v1/session").status(), "sessions live in the database and survive a restart");
            JsonNode readBack = clerk.get("/api/v1/groups/" + number).json();
            assertEquals("重啟測試", readBack.get("applicationName").asText());
            assertEquals(submitted.json().get("submittedAt").asText(), readBack.get("submittedAt").asText());

            Http first = sojourn.signedIn(database, "officer-first");
            Http second = sojourn.signedIn(database, "officer-second");
            assertEquals(200, first.postJson("/api/v1/review/cases/" + receipt + "/decisions",
                    "{\"action\":\"PASS_FIRST_REVIEW\"}").status());
            JsonNode approved = second.postJson("/api/v1/review/cases/" + receipt + "/decisions",
                    "{\"action\":\"APPROVE\"}").json();
            assertEquals("AWAITING_PAYMENT", approved.at("/summary/status").asText());
            assertEquals(1000, approved.at("/grant/feeTwd").asInt());

            String next = Filing.completeGroup(clerk, "重啟後", "foreign", 1, "RN");
            Http.Answer nextSubmitted = clerk.postJson("/api/v1/groups/" + next + "/submission", "");
            assertEquals(Integer.parseInt(number.substring(5)) + 1,
                    Integer.parseInt(nextSubmitted.json().get("groupNumber").asText().substring(5)), "numbering goes on");
        }
    }

    @Test
    void anAdministratorRemovesABuiltInTypeWhileSchoolsFileAndInstallsItAgain() throws Exception {
        String database = TestPostgres.createDatabase();
        try (Distribution sojourn = Distribution.unpack()) {
            sojourn.start(postgres(database));
            sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, BOOT);
            Http admin = sojourn.signedIn(database, "admin");
            Http clerk = sojourn.signedIn(database, "03734301-01");
            String version = System.getProperty("sojourn.version");

            // Every plugin of the distribution is installed on its own, so each can go on its own (the semester peak's
            // plugin fault found them bundled into one feature, and the removal a 500).
            Http.Answer removed = admin.delete("/api/v1/admin/plugins/sojourn-applicant-hkmacao/" + version);
            assertEquals(200, removed.status(), removed.body());
            assertFalse(removed.json().get("installed").asBoolean());
            List<String> types = typeIds(sojourn.http().await("/api/v1/applicant-types", answer -> answer.json().size() == 4, BOOT));
            assertFalse(types.contains("hk-macao"), types.toString());
            String group = Filing.completeGroup(clerk, "外掛移除時", "foreign", 1, "PX");
            assertEquals(200, clerk.postJson("/api/v1/groups/" + group + "/submission", "").status(), "other types file on");
            assertEquals("PLUGIN_NOT_INSTALLED",
                    admin.delete("/api/v1/admin/plugins/sojourn-applicant-hkmacao/" + version).json().get("code").asText());

            Http.Answer installed = admin.postJson("/api/v1/admin/plugins", "{\"feature\":\"sojourn-applicant-hkmacao\"}");
            assertEquals(200, installed.status(), installed.body());
            sojourn.http().await("/api/v1/applicant-types", answer -> typeIds(answer).contains("hk-macao"), BOOT);
        }
    }

    @Test
    void aWrongDatabaseSettingIsOneClearLogLineAndADownHealthNotACrash() throws Exception {
        try (Distribution sojourn = Distribution.unpack()) {
            sojourn.start(Map.of("SOJOURN_DB_URL", "jdbc:postgresql://127.0.0.1:1/sojourn",
                    "SOJOURN_DB_USER", TestPostgres.user(), "SOJOURN_DB_PASSWORD", TestPostgres.password()));

            Http.Answer health = sojourn.http().await("/api/v1/health",
                    answer -> answer.status() == 503 && answer.body().contains("SOJOURN_DB_URL"), BOOT);
            assertEquals("DOWN", health.json().get("status").asText());
            assertTrue(health.json().at("/database/problem").asText().contains("host and port"));

            Http.Answer captcha = sojourn.http().get("/api/v1/captcha");
            assertEquals(503, captcha.status());
            assertEquals("SECURITY_UNAVAILABLE", captcha.json().get("code").asText());

            List<String> namingTheSetting = sojourn.log().stream().filter(line -> line.contains("SOJOURN_DB_URL")).toList();
            assertEquals(1, namingTheSetting.size(), String.join("\n", namingTheSetting));
            assertTrue(namingTheSetting.get(0).contains("WARN"));
        }
    }

    @Test
    void startsServingByItselfOnceItsDatabaseExists() throws Exception {
        String database = TestPostgres.newName();
        try (Distribution sojourn = Distribution.unpack()) {
            sojourn.start(postgres(database));
            Http.Answer down = sojourn.http().await("/api/v1/health",
                    answer -> answer.status() == 503 && answer.body().contains("does not exist"), BOOT);
            assertFalse(down.json().at("/database/up").asBoolean());

            TestPostgres.create(database);

            sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, Duration.ofSeconds(90));
            Filing.draft(sojourn.signedIn(database, "03734301-01"), "晚到的資料庫");
        }
    }

    private static List<String> typeIds(Http.Answer types) {
        List<String> ids = new java.util.ArrayList<>();
        types.json().forEach(type -> ids.add(type.get("id").asText()));
        return ids;
    }

    private static Map<String, String> postgres(String database) {
        return Map.of("SOJOURN_DB_URL", TestPostgres.urlOf(database), "SOJOURN_DB_USER", TestPostgres.user(),
                "SOJOURN_DB_PASSWORD", TestPostgres.password(), "SOJOURN_DEMO", "true");
    }

    private static String applicationNameInPostgres(String database, String groupNumber) throws Exception {
        try (Connection connection = TestPostgres.connect(database);
                PreparedStatement query = connection.prepareStatement(
                        "select application_name from case_group where group_number = ?")) {
            query.setString(1, groupNumber);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "row for " + groupNumber);
                return row.getString(1);
            }
        }
    }
}
