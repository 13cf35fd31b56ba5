package org.sojourn.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Mail through a real SMTP server (GreenMail, in this JVM): a forgotten password is reset with a
 * one-time link read from the received mail, and mail written while the server is down goes out
 * once it is back.
 */
class MailIT {

    private static final Duration BOOT = Duration.ofSeconds(120);
    private static final Pattern LINK = Pattern.compile("https://sojourn\\.example\\.test/reset-password\\?token=([A-Za-z0-9_-]+)");

    @Test
    void aForgottenPasswordIsResetWithAOneTimeLinkFromTheMail() throws Exception {
        withMailAndSojourn((sojourn, database, smtp) -> {

        Http.Answer unknown = sojourn.http().postJson("/api/v1/password-resets",
                "{\"account\":\"99999999\"," + sojourn.solvedCaptchaMembers(database) + "}");
        Http.Answer known = sojourn.http().postJson("/api/v1/password-resets",
                "{\"account\":\"03734301-01\"," + sojourn.solvedCaptchaMembers(database) + "}");
        assertEquals(202, unknown.status());
        assertEquals(unknown.body(), known.body(), "the answer does not tell whether the account exists");

        assertTrue(smtp.waitForIncomingEmail(30_000, 1), "the reset mail arrives");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length, "no mail for an unknown account");
        assertEquals("03734301-01@demo.sojourn.invalid", received[0].getAllRecipients()[0].toString());
        assertTrue(received[0].getSubject().contains("重設密碼"), received[0].getSubject());
        String body = GreenMailUtil.getBody(received[0]);
        Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertTrue(link.find(), body);
        String token = link.group(1);

        String newPassword = "{\"password\":\"阿里山的日出 sunrise 2026\",\"passwordConfirmation\":\"阿里山的日出 sunrise 2026\"}";
        assertEquals(204, sojourn.http().put("/api/v1/password-resets/" + token, newPassword).status());
        assertEquals(201, sojourn.signIn(database, "03734301-01", "阿里山的日出 sunrise 2026").status());
        assertEquals(401, sojourn.signIn(database, "03734301-01", "Sojourn-demo-2026").status());
        Http.Answer reused = sojourn.http().put("/api/v1/password-resets/" + token, newPassword);
        assertEquals(400, reused.status());
        assertEquals("RESET_LINK_INVALID", reused.json().get("code").asText());

        String log = String.join("\n", sojourn.log());
        assertFalse(log.contains("demo.sojourn.invalid"), "no address in the log");
        assertFalse(log.contains(token), "no token in the log");
        });
    }

    @Test
    void aMainlandStudentRegistersActivatesByMailAndSignsInOnlyOnItsPortal() throws Exception {
        withMailAndSojourn((sojourn, database, smtp) -> {
        String password = "黃山的雲海 clouds 2026";

        Http.Answer unknown = sojourn.http().postJson("/api/v1/students/registrations",
                registration("li.xiaohua", password, "2004-03-16", sojourn.solvedCaptchaMembers(database)));
        assertEquals(400, unknown.status());
        assertEquals("STUDENT_NOT_FOUND", unknown.json().get("code").asText());
        assertEquals("查無此學生資料。", unknown.json().at("/messages/zh-TW").asText());

        Http.Answer registered = sojourn.http().postJson("/api/v1/students/registrations",
                registration("ＬＩ.ｘｉａｏｈｕａ", password, "2004-03-15", sojourn.solvedCaptchaMembers(database)));
        assertEquals(201, registered.status(), registered.body());
        assertEquals("li.xiaohua", registered.json().get("account").asText());
        assertEquals(401, sojourn.signIn(database, "li.xiaohua", password, "\"mainland\"").status(),
                "no sign-in before activation");
        Http.Answer again = sojourn.http().postJson("/api/v1/students/registrations",
                registration("li.xiaohua2", password, "2004-03-15", sojourn.solvedCaptchaMembers(database)));
        assertEquals(409, again.status());
        assertEquals("ALREADY_REGISTERED", again.json().get("code").asText());

        assertTrue(smtp.waitForIncomingEmail(30_000, 1), "the activation mail arrives");
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("li@student.sojourn.invalid", mail.getAllRecipients()[0].toString());
        Matcher link = Pattern.compile("https://sojourn\\.example\\.test/activate\\?token=([A-Za-z0-9_-]+)")
                .matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertTrue(link.find(), GreenMailUtil.getBody(mail));
        assertEquals(204, sojourn.http().put("/api/v1/students/activations/" + link.group(1), "").status());
        assertEquals(400, sojourn.http().put("/api/v1/students/activations/" + link.group(1), "").status(), "once");

        assertEquals(201, sojourn.signIn(database, "li.xiaohua", password, "\"mainland\"").status());
        assertEquals(401, sojourn.signIn(database, "li.xiaohua", password, "\"hk-macao\"").status(),
                "a mainland account does not sign in on the Hong Kong/Macao portal");
        assertEquals(401, sojourn.signIn(database, "li.xiaohua", password, "null").status());
        });
    }

    @Test
    void caseEventsReachTheSenderInBothLanguages() throws Exception {
        withMailAndSojourn((sojourn, database, smtp) -> {
        Http clerk = sojourn.signedIn(database, "03734301-01");
        Http first = sojourn.signedIn(database, "officer-first");
        Http second = sojourn.signedIn(database, "officer-second");

        String group = Filing.completeGroup(clerk, "通知", "foreign", 2, "ML");
        java.util.Map<String, String> withAddress = Filing.complete("ML200000");
        withAddress.put("email", "ana.student@mail.invalid");
        Filing.completeDocuments(clerk, group, Filing.addApplicant(clerk, group, "foreign", withAddress),
                Filing.FOREIGN_DOCUMENTS);
        Http.Answer submitted = clerk.postJson("/api/v1/groups/" + group + "/submission", "");
        String number = submitted.json().get("groupNumber").asText();
        String[] receipts = new String[3];
        for (int i = 0; i < 3; i++) {
            receipts[i] = submitted.json().at("/receipts/" + i + "/receiptNumber").asText();
        }
        first.postJson("/api/v1/review/cases/" + receipts[0] + "/decisions",
                "{\"action\":\"RETURN_FOR_CORRECTION\",\"comment\":\"護照影本模糊\"}");
        first.postJson("/api/v1/review/cases/" + receipts[1] + "/decisions", "{\"action\":\"PASS_FIRST_REVIEW\"}");
        second.postJson("/api/v1/review/cases/" + receipts[1] + "/decisions", "{\"action\":\"APPROVE\"}");
        first.postJson("/api/v1/review/cases/" + receipts[2] + "/decisions",
                "{\"action\":\"NOT_ACCEPT\",\"comment\":\"不符申請資格\"}");

        assertTrue(smtp.waitForIncomingEmail(30_000, 5), "five mails arrive");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(5, received.length, "passing to the second review sends nothing");
        Map<String, String> bodies = new java.util.TreeMap<>();
        java.util.List<String> toStudent = new java.util.ArrayList<>();
        for (MimeMessage mail : received) {
            String to = mail.getAllRecipients()[0].toString();
            if (to.equals("ana.student@mail.invalid")) {
                toStudent.add(mail.getSubject());
            } else {
                assertEquals("clerk@ntu.edu.tw", to);
            }
            bodies.put(mail.getSubject(), GreenMailUtil.getBody(mail));
        }
        assertEquals(1, toStudent.size(), "the student with an address hears of its own case");
        assertTrue(toStudent.get(0).contains("不受理 收件號 " + receipts[2]), toStudent.toString());
        String all = String.join("\n", bodies.keySet());
        assertTrue(all.contains("送件成功 團號 " + number) && all.contains("Submitted: group " + number), all);
        assertTrue(all.contains("補正 收件號 " + receipts[0]), all);
        assertTrue(all.contains("核准待繳費 收件號 " + receipts[1]), all);
        assertTrue(all.contains("不受理 收件號 " + receipts[2]), all);
        String decoded = bodies.values().stream().map(MailIT::decoded).reduce("", String::concat);
        assertTrue(decoded.contains(receipts[2]) && decoded.contains("Receipt numbers"), "receipt list");
        assertTrue(decoded.contains("護照影本模糊"), "the reviewer's comment");
        assertTrue(decoded.contains("NT$1000"), "the fee");
        assertTrue(decoded.contains("前完成，逾期不受理") && decoded.contains("Please pay by "), "the deadlines");

        // The card desk (§4.11), once the fee is paid: what the payment module (issue 7) records, done to the row.
        try (Connection connection = TestPostgres.connect(database); Statement paid = connection.createStatement()) {
            assertEquals(1, paid.executeUpdate("update case_applicant set status = 'PAID' where receipt_number = '"
                    + receipts[1] + "'"));
        }
        Http desk = sojourn.signedIn(database, "card-desk");
        assertEquals(403, first.postJson("/api/v1/review/cases/" + receipts[1] + "/decisions",
                "{\"action\":\"MARK_CARD_READY\"}").status(), "a reviewer does not make cards");
        Http.Answer made = desk.postJson("/api/v1/review/cases/" + receipts[1] + "/decisions", "{\"action\":\"MARK_CARD_READY\"}");
        assertEquals("CARD_READY", made.json().at("/summary/status").asText(), made.body());
        assertTrue(smtp.waitForIncomingEmail(30_000, 6), "the card-ready mail arrives");
        MimeMessage ready = null;
        for (MimeMessage mail : smtp.getReceivedMessages()) { // the outbox does not promise an order
            if (mail.getSubject().contains("製證完成請領證 收件號 " + receipts[1])) {
                ready = mail;
            }
        }
        assertTrue(ready != null, "the card-ready mail");
        assertTrue(decoded(GreenMailUtil.getBody(ready)).contains("臺北市服務站"), "the pickup office");

        assertEquals(404, desk.get("/api/v1/card-desk/cases/" + receipts[1] + "?payerName=Someone%20Else").status());
        assertEquals(200, desk.get("/api/v1/card-desk/cases/" + receipts[1] + "?payerName=ana%20silva").status());
        Http.Answer pickedUp = desk.postJson("/api/v1/card-desk/pickups",
                "{\"receiptNumber\":\"" + receipts[1] + "\",\"payerName\":\"Ana Silva\"}");
        assertEquals("PICKED_UP", pickedUp.json().at("/summary/status").asText(), pickedUp.body());
        Http.Answer twice = desk.postJson("/api/v1/card-desk/pickups",
                "{\"receiptNumber\":\"" + receipts[1] + "\",\"payerName\":\"Ana Silva\"}");
        assertEquals(409, twice.status());
        assertEquals("ALREADY_PICKED_UP", twice.json().get("code").asText());
        String history = clerk.get("/api/v1/groups/" + group + "/history").body();
        assertTrue(history.contains("\"action\":\"RECORD_PICKUP\"") && history.contains("OFFICER_CARD_DESK"), history);

        String log = String.join("\n", sojourn.log());
        assertFalse(log.contains("clerk@ntu.edu.tw") || log.contains("ana.student"), "no address in the log");
        });
    }

    /** @return a quoted-printable UTF-8 body as text */
    private static String decoded(String body) {
        try {
            java.io.InputStream in = javax.mail.internet.MimeUtility.decode(
                    new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), "quoted-printable");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


    private static String registration(String account, String password, String birthDate, String captcha) {
        return "{\"portal\":\"mainland\",\"account\":\"" + account + "\",\"password\":\"" + password
                + "\",\"passwordConfirmation\":\"" + password + "\",\"name\":\"李小華\",\"birthDate\":\"" + birthDate
                + "\",\"permitNumber\":\"c12345678\",\"email\":\"li@student.sojourn.invalid\"," + captcha + "}";
    }

    @Test
    void mailWrittenWhileTheServerIsDownGoesOutWhenItIsBack() throws Exception {
        String database = TestPostgres.createDatabase();
        int port = FreePorts.pick();
        try (Distribution sojourn = Distribution.unpack()) {
            sojourn.start(environment(database, port));
            awaitDemoAccounts(sojourn, database);

            assertEquals(202, sojourn.http().postJson("/api/v1/password-resets",
                    "{\"account\":\"03734301-02\"," + sojourn.solvedCaptchaMembers(database) + "}").status());
            awaitRow(database, "select count(*) from mail_outbox where attempts >= 1 and sent_at is null and last_error is not null");

            GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try {
                assertTrue(smtp.waitForIncomingEmail(60_000, 1), "the waiting mail goes out");
                assertEquals("03734301-02@demo.sojourn.invalid", smtp.getReceivedMessages()[0].getAllRecipients()[0].toString());
                awaitRow(database, "select count(*) from mail_outbox where sent_at is not null");
            } finally {
                smtp.stop();
            }
        }
    }

    /** A test's scene: the distribution, its fresh database, and the SMTP server it sends to. */
    @FunctionalInterface
    private interface Scene {
        void play(Distribution sojourn, String database, GreenMail smtp) throws Exception;
    }

    /** Starts a real SMTP server and the distribution sending to it, with the demo accounts, for one scene. */
    private static void withMailAndSojourn(Scene scene) throws Exception {
        String database = TestPostgres.createDatabase();
        int port = FreePorts.pick();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Distribution sojourn = Distribution.unpack()) {
            sojourn.start(environment(database, port));
            awaitDemoAccounts(sojourn, database);
            scene.play(sojourn, database, smtp);
        } finally {
            smtp.stop();
        }
    }

    private static Map<String, String> environment(String database, int smtpPort) {
        return Map.of("SOJOURN_DB_URL", TestPostgres.urlOf(database), "SOJOURN_DB_USER", TestPostgres.user(),
                "SOJOURN_DB_PASSWORD", TestPostgres.password(), "SOJOURN_DEMO", "true",
                "SOJOURN_SMTP_HOST", "127.0.0.1", "SOJOURN_SMTP_PORT", String.valueOf(smtpPort),
                "SOJOURN_PUBLIC_URL", "https://sojourn.example.test");
    }

    private static void awaitDemoAccounts(Distribution sojourn, String database) throws Exception {
        sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, BOOT);
        awaitRow(database, "select count(*) from account where login = 'hk-student'");
    }

    /** Waits until the query counts at least one row. */
    private static void awaitRow(String database, String countQuery) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(countQuery)) {
                row.next();
                if (row.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(200); // polling interval of a condition wait
        }
        throw new AssertionError("Nothing matched within 60 s: " + countQuery);
    }

}
