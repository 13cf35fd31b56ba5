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
    private static final int GROUPS = 16;
    private static final int APPLICANTS = 3;

    @Test
    void theDatabaseGoingAwayMidLoadLosesNothingAcknowledgedAndHalfWritesNothing() throws Exception {
        String database = TestPostgres.createDatabase();
        try (DatabaseLink link = new DatabaseLink(5432); Distribution sojourn = Distribution.unpack()) {
            sojourn.start(Map.of("SOJOURN_DB_URL", TestPostgres.urlOf(database).replace(":5432/", ":" + link.port() + "/"),
                    "SOJOURN_DB_USER", TestPostgres.user(), "SOJOURN_DB_PASSWORD", TestPostgres.password(), "SOJOURN_DEMO", "true"));
            sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, BOOT);
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
            assertInvariants(database, load);
            load.resendFailed();
            assertEquals(GROUPS, submittedGroups(database), "every group submitted in the end");
            assertInvariants(database, load);
        }
    }

    @Test
    void killedWithSigkillMidLoadAndStartedAgainItLosesNothingAcknowledged() throws Exception {
        String database = TestPostgres.createDatabase();
        GreenMail smtp = new GreenMail(new ServerSetup(FreePorts.pick(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> environment = Map.of("SOJOURN_DB_URL", TestPostgres.urlOf(database), "SOJOURN_DB_USER", TestPostgres.user(),
                "SOJOURN_DB_PASSWORD", TestPostgres.password(), "SOJOURN_DEMO", "true", "SOJOURN_SMTP_HOST", "127.0.0.1",
                "SOJOURN_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()));
        try (Distribution sojourn = Distribution.unpack()) {
            sojourn.start(environment);
            sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, BOOT);
            Http clerk = sojourn.signedIn(database, "03734301-01");
            List<String> groups = groups(clerk, "強制終止");

            Load load = new Load(clerk, groups).start();
            load.awaitSomeAcknowledged();
            sojourn.kill();
            load.awaitSettled();
            assertTrue(load.failed() > 0, "the kill met submissions in flight: " + load);
            sojourn.start(environment);
            sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, BOOT);

            assertInvariants(database, load);
            load.resendFailed();
            assertEquals(GROUPS, submittedGroups(database), "every group submitted in the end");
            assertInvariants(database, load);
            // Every submission's mail (送件成功) was written with it; none is stuck: each is sent or
            // waits at most for the lease a killed node held on it.
            assertEquals(GROUPS, count(database, "select count(*) from mail_outbox where subject like '%送件成功%'"));
            assertEquals(0, count(database, "select count(*) from mail_outbox where sent_at is null"
                    + " and next_attempt_at > now() + interval '2 minutes 5 seconds'"), "no mail held beyond the lease");
            assertTrue(smtp.waitForIncomingEmail(60_000, GROUPS - count(database, "select count(*) from mail_outbox"
                    + " where sent_at is null and next_attempt_at > now()")), "the mails not leased by the killed node go out");
        } finally {
            smtp.stop();
        }
    }

    private static List<String> groups(Http clerk, String name) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < GROUPS; i++) {
            groups.add(Filing.completeGroup(clerk, name + i, "foreign", APPLICANTS, "F" + (char) ('A' + i)));
        }
        return groups;
    }

    /** Each acknowledged submission is in the database with all its cases; no group holds cases half submitted. */
    private static void assertInvariants(String database, Load load) throws Exception {
        for (String number : load.acknowledged()) {
            assertEquals(APPLICANTS, count(database, "select count(*) from case_applicant a join case_group g on g.id = a.group_id"
                    + " where g.group_number = '" + number + "' and a.receipt_number is not null and a.status = 'AWAITING_FIRST_REVIEW'"),
                    "acknowledged group " + number);
        }
        assertEquals(0, count(database, "select count(*) from case_group g where g.group_number is not null and exists (select 1"
                + " from case_applicant a where a.group_id = g.id and a.receipt_number is null)"), "a submitted group with a case left out");
        assertEquals(0, count(database, "select count(*) from case_group g where g.group_number is null and exists (select 1"
                + " from case_applicant a where a.group_id = g.id and a.receipt_number is not null)"), "a draft with numbered cases");
    }

    private static long submittedGroups(String database) throws Exception {
        return count(database, "select count(*) from case_group where group_number is not null");
    }

    private static int count(String database, String sql) throws Exception {
        try (Connection connection = TestPostgres.connect(database); PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
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
