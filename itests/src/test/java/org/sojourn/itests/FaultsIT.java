package org.sojourn.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Faults under load, each with the invariant it checks (issue 11): schools keep submitting groups
 * while the database goes away and comes back, or while the node is killed with {@code kill -9} and
 * started again. Afterwards every submission that was acknowledged is there with all its cases, no
 * group is half written, the node serves again without a restart of its own, and the submissions
 * that failed go through when sent again; no mail is lost or left stuck.
 */
class FaultsIT {

    private static final Duration BOOT = Duration.ofSeconds(120);
    private static final int GROUPS = 12;
    private static final int APPLICANTS = 3;

    private static String database;
    private static GreenMail smtp;
    private static DatabaseLink link;
    private static Distribution sojourn;
    private static Map<String, String> environment;

    /** One node for both faults, reaching PostgreSQL through a link the test can cut and mailing a real SMTP server. */
    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.createDatabase();
        smtp = new GreenMail(new ServerSetup(FreePorts.pick(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        link = new DatabaseLink(5432);
        environment = Map.of("SOJOURN_DB_URL", TestPostgres.urlOf(database).replace(":5432/", ":" + link.port() + "/"),
                "SOJOURN_DB_USER", TestPostgres.user(), "SOJOURN_DB_PASSWORD", TestPostgres.password(), "SOJOURN_DEMO", "true",
                "SOJOURN_SMTP_HOST", "127.0.0.1", "SOJOURN_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()));
        sojourn = Distribution.unpack();
        sojourn.start(environment);
        sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, BOOT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (sojourn != null) {
            sojourn.close();
        }
        if (link != null) {
            link.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theDatabaseGoingAwayMidLoadLosesNothingAcknowledgedAndHalfWritesNothing() throws Exception {
        Http clerk = sojourn.signedIn(database, "03734301-01");
        List<String> groups = groups(clerk, "斷線");

        Load load = new Load(clerk, groups).start();
        load.awaitSomeAcknowledged();
        link.cut();
        sojourn.http().await("/api/v1/health", answer -> answer.status() == 503, BOOT); // the node notices and says so
        load.awaitSettled();
        link.mend();
        sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, BOOT); // back without a restart

        assertTrue(load.failed() > 0, "the outage met submissions in flight: " + load);
        assertInvariants(load);
        load.resendFailed();
        assertEquals(GROUPS, submittedGroups("斷線"), "every group submitted in the end");
        assertInvariants(load);
    }

    @Test
    void killedWithSigkillMidLoadAndStartedAgainItLosesNothingAcknowledged() throws Exception {
        Http clerk = sojourn.signedIn(database, "03734301-01");
        List<String> groups = groups(clerk, "強制終止");

        Http officer = sojourn.signedIn(database, "officer-first");

        Load load = new Load(clerk, groups).start();
        load.awaitSomeAcknowledged();
        sojourn.kill();
        load.awaitSettled();
        assertTrue(load.failed() > 0, "the kill met submissions in flight: " + load);
        // An officer keeps reading the queue while the node starts again: refused, 404 (endpoints not yet
        // registered) or 503 until it serves, then 200 — never a failure of its own or a lost session.
        Watcher watcher = new Watcher(officer, "/api/v1/review/queue?status=AWAITING_FIRST_REVIEW&size=20").start();
        sojourn.start(environment);
        sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, BOOT);
        watcher.awaitServing();
        assertEquals(Map.of(), watcher.unexpected(), "answers while starting: " + watcher);

        assertInvariants(load);
        load.resendFailed();
        assertEquals(GROUPS, submittedGroups("強制終止"), "every group submitted in the end");
        assertInvariants(load);
        // Every submission's mail (送件成功) was written with it; none is stuck: each is sent or waits at
        // most for the lease a killed node held on it, and the rest reach the SMTP server.
        int written = count("select count(*) from mail_outbox where subject like '%送件成功%'");
        assertEquals(submittedGroups("%"), written, "one mail per submitted group");
        assertEquals(0, count("select count(*) from mail_outbox where sent_at is null"
                + " and next_attempt_at > now() + interval '2 minutes 5 seconds'"), "no mail held beyond the lease");
        assertTrue(smtp.waitForIncomingEmail(60_000, written - count("select count(*) from mail_outbox"
                + " where sent_at is null and next_attempt_at > now()")), "the mails not leased by the killed node go out");
    }

    /** Complete groups of foreign students, their passport numbers told apart by the name's first character. */
    private static List<String> groups(Http clerk, String name) {
        String prefix = name.startsWith("斷") ? "FD" : "FK";
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < GROUPS; i++) {
            groups.add(Filing.completeGroup(clerk, name + i, "foreign", APPLICANTS, prefix + (char) ('A' + i)));
        }
        return groups;
    }

    /** Each acknowledged submission is in the database with all its cases; no group holds cases half submitted. */
    private static void assertInvariants(Load load) throws Exception {
        for (String number : load.acknowledged()) {
            assertEquals(APPLICANTS, count("select count(*) from case_applicant a join case_group g on g.id = a.group_id"
                    + " where g.group_number = '" + number + "' and a.receipt_number is not null and a.status = 'AWAITING_FIRST_REVIEW'"),
                    "acknowledged group " + number);
        }
        assertEquals(0, count("select count(*) from case_group g where g.group_number is not null and exists (select 1"
                + " from case_applicant a where a.group_id = g.id and a.receipt_number is null)"), "a submitted group with a case left out");
        assertEquals(0, count("select count(*) from case_group g where g.group_number is null and exists (select 1"
                + " from case_applicant a where a.group_id = g.id and a.receipt_number is not null)"), "a draft with numbered cases");
    }

    /** @return the submitted groups whose application name starts so */
    private static int submittedGroups(String name) throws Exception {
        return count("select count(*) from case_group where group_number is not null and application_name like '" + name + "%'");
    }

    private static int count(String sql) throws Exception {
        try (Connection connection = TestPostgres.connect(database); PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Reads one address over and over, counting each kind of answer (0: none), until it has been served 20 times running. */
    private static final class Watcher {
        private static final Set<Integer> STARTING = Set.of(0, 404, 503, 200);
        private final Http caller;
        private final String path;
        private final Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        private final Map<Integer, String> unexpected = new ConcurrentHashMap<>();
        private final CountDownLatch serving = new CountDownLatch(1);
        private final ExecutorService thread = Executors.newSingleThreadExecutor();

        Watcher(Http caller, String path) {
            this.caller = caller;
            this.path = path;
        }

        Watcher start() {
            thread.submit(() -> {
                int running = 0;
                while (running < 20 && !Thread.currentThread().isInterrupted()) {
                    int status;
                    String body = "";
                    try {
                        Http.Answer answer = caller.get(path);
                        status = answer.status();
                        body = answer.body();
                    } catch (IllegalStateException noAnswer) {
                        status = 0;
                    }
                    answers.merge(status, 1, Integer::sum);
                    if (!STARTING.contains(status)) {
                        unexpected.putIfAbsent(status, body.length() > 300 ? body.substring(0, 300) : body);
                    }
                    running = status == 200 ? running + 1 : 0;
                    pause();
                }
                serving.countDown();
            });
            thread.shutdown();
            return this;
        }

        private static void pause() {
            try {
                Thread.sleep(50); // a person's reload rather than a busy loop; the test waits on the answers, not on this
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void awaitServing() throws InterruptedException {
            assertTrue(serving.await(BOOT.toSeconds(), TimeUnit.SECONDS), "the queue served again: " + this);
        }

        Map<Integer, String> unexpected() {
            return Map.copyOf(unexpected);
        }

        @Override
        public String toString() {
            return answers.toString();
        }
    }

    /** Two clerks submitting the groups one after another, as fast as the node answers; what each answer was is kept. */
    private static final class Load {
        private final Http clerk;
        private final List<String> groups;
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final Set<String> failedGroups = ConcurrentHashMap.newKeySet();
        private final AtomicInteger answered = new AtomicInteger();
        /** Counts down the submissions to let through before the fault. */
        private final CountDownLatch beforeFault = new CountDownLatch(GROUPS / 4);
        private final ExecutorService clerks = Executors.newFixedThreadPool(2);
        private final List<Future<?>> running = new ArrayList<>();

        Load(Http clerk, List<String> groups) {
            this.clerk = clerk;
            this.groups = groups;
        }

        Load start() {
            for (String group : groups) {
                running.add(clerks.submit(() -> submit(group)));
            }
            clerks.shutdown();
            return this;
        }

        private void submit(String group) {
            try {
                Http.Answer answer = clerk.postJson("/api/v1/groups/" + group + "/submission", "{}");
                if (answer.status() == 200) {
                    acknowledged.add(answer.json().get("groupNumber").asText());
                    beforeFault.countDown();
                } else {
                    failedGroups.add(group);
                }
            } catch (RuntimeException noAnswer) {
                failedGroups.add(group);
            }
            answered.incrementAndGet();
        }

        /** Returns once a quarter of the submissions went through, with the rest still coming. */
        void awaitSomeAcknowledged() throws InterruptedException {
            assertTrue(beforeFault.await(BOOT.toSeconds(), TimeUnit.SECONDS), "submissions went through before the fault: " + this);
        }

        void awaitSettled() throws Exception {
            for (Future<?> submission : running) {
                submission.get();
            }
        }

        int failed() {
            return failedGroups.size();
        }

        Set<String> acknowledged() {
            return acknowledged;
        }

        /** Sends the failed submissions again; one whose first answer was lost but which went through says so. */
        void resendFailed() {
            for (String group : failedGroups) {
                Http.Answer again = clerk.postJson("/api/v1/groups/" + group + "/submission", "{}");
                if (again.status() == 200) {
                    acknowledged.add(again.json().get("groupNumber").asText());
                } else {
                    assertEquals("GROUP_NOT_DRAFT", again.json().get("code").asText(), "only a group already submitted is refused: "
                            + again.body());
                }
            }
        }

        @Override
        public String toString() {
            return acknowledged.size() + " acknowledged, " + failedGroups.size() + " failed of " + answered.get();
        }
    }
}
