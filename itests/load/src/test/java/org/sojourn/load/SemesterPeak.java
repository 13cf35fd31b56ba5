package org.sojourn.load;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The semester peak (issue 11): every school files at once, students apply alone, officers work the
 * queues, applicants pay by card and download what they paid for — on one distribution, against the
 * provider simulator over real HTTP. In order:
 * <ol>
 * <li>each school's registrar imports its list of admitted students (.xlsx), so its students can apply alone;</li>
 * <li>then, over {@code peak.minutes}: {@code peak.schools} school clerks each file a group of
 * {@code peak.applicants} foreign students (a power of attorney, three scans and a photo per student) and submit it;
 * {@code peak.students} students enter individually, file their own application (four scans and a photo) and submit;
 * first- and second-review officers take the submitted groups as they arrive and pass and approve them;
 * every applicant, once approved, pays by card at the provider, waits for the provider's callback, and downloads the
 * fee receipt and the certificates; while waiting, applicants look at their progress and dashboards.</li>
 * </ol>
 * Request names are the operations of the report; {@code simulator:} ones are the provider's side, not Sojourn's.
 */
public class SemesterPeak extends Simulation {

    private static final String PASSWORD = "Sojourn-demo-2026";

    private final String sojourn = System.getProperty("peak.sojourn", "http://127.0.0.1:18286");
    private final String simulator = System.getProperty("peak.simulator", "http://127.0.0.1:18296");
    private final int schools = Integer.getInteger("peak.schools", 200);
    private final int applicants = Integer.getInteger("peak.applicants", 30);
    private final int students = Integer.getInteger("peak.students", 5000);
    private final int firstOfficers = Integer.getInteger("peak.firstOfficers", 3);
    private final int secondOfficers = Integer.getInteger("peak.secondOfficers", 3);
    private final Duration peak = Duration.ofSeconds(Math.round(Double.parseDouble(System.getProperty("peak.minutes", "10")) * 60));
    private final byte[] scan = Files.scan(Integer.getInteger("peak.scanKb", 80));
    private final byte[] photo = Files.photo();
    /** {@code fullpath}: only the complete 30-applicant submission path, clerks without pauses, to measure its rate. */
    private final boolean fullPath = "fullpath".equals(System.getProperty("peak.mode"));
    private final int clerks = Integer.getInteger("peak.clerks", 4);
    private final int fullPathGroups = Integer.getInteger("peak.groups", 40);

    /** When the first full-path group started and the last was submitted, and how many were. */
    private static final AtomicLong FIRST_START = new AtomicLong(Long.MAX_VALUE);
    private static final AtomicLong LAST_SUBMIT = new AtomicLong();
    private static final AtomicInteger SUBMITTED = new AtomicInteger();
    private static final AtomicInteger GROUPS = new AtomicInteger();
    /** What Sojourn acknowledged (a submission answered 200) and what the provider took (a payment answered 200): after a
     * fault, peak.sh checks that every one of them is in the tables. */
    private static final ConcurrentLinkedQueue<String> ACKNOWLEDGED = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<String> PAID = new ConcurrentLinkedQueue<>();

    /** Groups submitted and waiting for the first review, then for the second; officers take them from here. */
    private static final ConcurrentLinkedQueue<String> FIRST_REVIEW = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<String> SECOND_REVIEW = new ConcurrentLinkedQueue<>();
    /** Filers (clerks and students alone) who have not finished filing, those yet to arrive included: officers keep
     * working while any are, or while groups wait. Counting only those filing at the moment let the officers leave when a
     * fault had failed every filing in flight while more filers were still to come. */
    private static final AtomicInteger FILING = new AtomicInteger();
    /** Groups submitted and not yet approved, wherever they are (a queue, an officer's hands). */
    private static final AtomicInteger UNDECIDED = new AtomicInteger();

    private final HttpProtocolBuilder protocol = http.baseUrl(sojourn)
            .acceptHeader("application/json")
            .header("Accept-Language", "zh-TW")
            .shareConnections();

    /** A person's pause between two steps; none when measuring the path's rate. */
    private ChainBuilder think(Duration min, Duration max) {
        return fullPath ? exec(session -> session) : pause(min, max);
    }

    private ChainBuilder signIn(String operation, String login) {
        return exec(http(operation).post("/api/v1/sessions")
                .body(StringBody("{\"account\":\"" + login + "\",\"password\":\"" + PASSWORD + "\"}")).asJson()
                .check(status().is(201), jsonPath("$.token").saveAs("token")));
    }

    private ChainBuilder upload(String operation, String path, String fileName, byte[] file, String mediaType) {
        return exec(http(operation).post(path)
                .header("Authorization", "Bearer #{token}")
                .header("Content-Type", mediaType)
                .header("Sojourn-File-Name", fileName)
                .body(ByteArrayBody(file))
                .check(status().is(201)));
    }

    private ChainBuilder documents(List<String> types) {
        ChainBuilder chain = exec(session -> session);
        for (String type : types) {
            chain = chain.exec(think(Duration.ofMillis(200), Duration.ofMillis(800)))
                    .exec(upload("upload scan", "/api/v1/groups/#{groupId}/applicants/#{applicantId}/documents/" + type, type + ".jpg",
                            scan, "image/jpeg"));
        }
        return chain.exec(upload("upload photo", "/api/v1/groups/#{groupId}/applicants/#{applicantId}/documents/photo", "photo.png",
                photo, "image/png"));
    }

    /** Submits the group and hands it to the first review. */
    private ChainBuilder submit(String operation) {
        return exec(http(operation).post("/api/v1/groups/#{groupId}/submission")
                .header("Authorization", "Bearer #{token}").body(StringBody("{}")).asJson()
                .check(status().is(200), jsonPath("$.groupNumber").saveAs("groupNumber"),
                        jsonPath("$.receipts[0].receiptNumber").saveAs("receiptNumber")))
                .exec(session -> {
                    ACKNOWLEDGED.add(session.getString("groupNumber"));
                    UNDECIDED.incrementAndGet();
                    FIRST_REVIEW.add(session.getString("groupNumber"));
                    return session;
                });
    }

    /** Looks at the group's progress every half minute or so until the officers have approved it — as a person would
     * with the page open (the mailed notice is what really tells them); polling every few seconds made two thirds of the
     * first full run's requests the driver's own. */
    private ChainBuilder awaitApproval() {
        return exec(session -> session.set("status", "AWAITING_FIRST_REVIEW").set("polls", 0))
                .asLongAs(session -> !"AWAITING_PAYMENT".equals(session.getString("status")) && session.getInt("polls") < 90)
                .on(pause(Duration.ofSeconds(30), Duration.ofSeconds(60))
                        .exec(http("progress: own group").get("/api/v1/groups/#{groupNumber}")
                                .header("Authorization", "Bearer #{token}")
                                .check(status().is(200), jsonPath("$.applicants[0].status").saveAs("status")))
                        .exec(session -> session.set("polls", session.getInt("polls") + 1)));
    }

    /** Pays the group by card: the order, the provider's page, the payment there, and the wait for the callback. */
    private ChainBuilder payByCard() {
        return exec(http("payment: start (card)").post("/api/v1/payments")
                .header("Authorization", "Bearer #{token}")
                .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                .body(StringBody("{\"groupNumbers\":[\"#{groupNumber}\"],\"channelId\":\"card\"}")).asJson()
                .check(status().is(201), jsonPath("$.id").saveAs("orderId"), jsonPath("$.reference").saveAs("reference"),
                        bodyString().saveAs("order")))
                .exec(http("simulator: provider page").post(session -> Orders.providerUrl(session.getString("order")))
                        .formParamMap(session -> Orders.providerForm(session.getString("order")))
                        .check(status().is(200)))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(http("simulator: pay").post(simulator + "/sim/pay")
                        .formParam("reference", "#{reference}").formParam("outcome", "paid")
                        .check(status().is(200)))
                .exec(session -> {
                    if (!session.isFailed()) {
                        PAID.add(session.getString("reference"));
                    }
                    return session;
                })
                .exec(session -> session.set("orderStatus", "PENDING").set("polls", 0))
                .asLongAs(session -> !"SUCCEEDED".equals(session.getString("orderStatus")) && session.getInt("polls") < 120)
                .on(pause(Duration.ofMillis(500), Duration.ofMillis(1500))
                        .exec(http("payment: status").get("/api/v1/payments/#{orderId}")
                                .header("Authorization", "Bearer #{token}")
                                .check(status().is(200), jsonPath("$.status").saveAs("orderStatus")))
                        .exec(session -> session.set("polls", session.getInt("polls") + 1)));
    }

    private ChainBuilder download(String operation, String path) {
        return exec(http(operation).get(path).header("Authorization", "Bearer #{token}").header("Accept", "*/*")
                .check(status().is(200)));
    }

    private ChainBuilder filing(ChainBuilder chain) {
        return exitBlockOnFail().on(chain).exec(session -> {
            FILING.decrementAndGet();
            return session;
        });
    }

    /** 1. Each school's registrar imports its list of admitted students (a dry run first, as the page does). */
    private ScenarioBuilder registrars() {
        Iterator<Map<String, Object>> feeder = IntStream.range(0, schools)
                .mapToObj(school -> Map.<String, Object>of("login", Schools.login(school), "list",
                        Files.studentList(school, Schools.studentsOf(school, schools, students))))
                .iterator();
        return scenario("registrars").feed(feeder)
                .exec(signIn("sign-in (school)", "#{login}"))
                .exec(http("student list: dry run").post("/api/v1/roster/imports?academicYear=115&semester=1&commit=false")
                        .header("Authorization", "Bearer #{token}").header("Content-Type", Files.XLSX)
                        .header("Sojourn-File-Name", "Student_List.xlsx").body(ByteArrayBody("#{list}"))
                        .check(status().is(200)))
                .exec(http("student list: import").post("/api/v1/roster/imports?academicYear=115&semester=1&commit=true")
                        .header("Authorization", "Bearer #{token}").header("Content-Type", Files.XLSX)
                        .header("Sojourn-File-Name", "Student_List.xlsx").body(ByteArrayBody("#{list}"))
                        .check(status().in(200, 201)));
    }

    /** 2a. A school clerk files a group of foreign students, submits, pays and downloads. */
    private ScenarioBuilder clerks() {
        Iterator<Map<String, Object>> feeder = IntStream.range(0, schools)
                .mapToObj(school -> Map.<String, Object>of("login", Schools.login(school))).iterator();
        ChainBuilder file = exec(signIn("sign-in (school)", "#{login}")).exec(groupFiling());
        return scenario("school clerks").feed(feeder)
                .exec(filing(file))
                .exitHereIfFailed()
                .exec(http("progress query").get("/api/v1/progress?size=20").header("Authorization", "Bearer #{token}")
                        .check(status().is(200)))
                .exec(awaitApproval())
                .exec(payByCard())
                .exec(download("fee receipt (PDF)", "/api/v1/fee-receipts/#{groupNumber}.pdf"))
                .exec(download("certificates (ZIP of " + applicants + " signed PDFs)", "/api/v1/certificates/#{groupNumber}.zip"));
    }

    /** A complete group: the draft, its power of attorney, the applicants with their files, and the submission. */
    private ChainBuilder groupFiling() {
        return exec(http("dashboard").get("/api/v1/dashboard").header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(http("applicant types").get("/api/v1/applicant-types").check(status().is(200)))
                .exec(session -> {
                    FIRST_START.accumulateAndGet(System.nanoTime(), Math::min);
                    return session.set("group", GROUPS.incrementAndGet());
                })
                .exec(http("create group").post("/api/v1/groups").header("Authorization", "Bearer #{token}")
                        .body(StringBody(Forms.SCHOOL_GROUP)).asJson()
                        .check(status().is(201), jsonPath("$.groupId").saveAs("groupId")))
                .exec(upload("upload scan", "/api/v1/groups/#{groupId}/documents/powerOfAttorney", "power-of-attorney.jpg", scan,
                        "image/jpeg"))
                .repeat(applicants, "n").on(
                        think(Duration.ofMillis(500), Duration.ofMillis(2000))
                                .exec(http("add applicant").post("/api/v1/groups/#{groupId}/applicants")
                                        .header("Authorization", "Bearer #{token}")
                                        .body(StringBody(session -> Forms.foreignApplicant(session.getInt("group"), session.getInt("n"))))
                                        .asJson()
                                        .check(status().is(201), jsonPath("$.summary.applicantId").saveAs("applicantId")))
                                .exec(documents(List.of("passport", "residentVisa", "accommodationProof"))))
                .exec(http("group before submitting").get("/api/v1/groups/#{groupId}").header("Authorization", "Bearer #{token}")
                        .check(status().is(200)))
                .exec(submit("submit (" + applicants + " applicants)"))
                .exec(session -> {
                    LAST_SUBMIT.accumulateAndGet(System.nanoTime(), Math::max);
                    SUBMITTED.incrementAndGet();
                    return session;
                });
    }

    /** The submission path alone: clerks filing complete groups back to back, without pauses. */
    private ScenarioBuilder fullPathClerks() {
        Iterator<Map<String, Object>> feeder = IntStream.iterate(0, i -> i + 1)
                .mapToObj(i -> Map.<String, Object>of("login", Schools.login(i % schools))).iterator();
        return scenario("full path").feed(feeder)
                .exec(signIn("sign-in (school)", "#{login}"))
                .repeat(fullPathGroups / clerks).on(groupFiling());
    }

    /** 2b. A foreign student on a school's list enters individually, files, submits, pays and downloads. */
    private ScenarioBuilder studentsAlone() {
        Iterator<Map<String, Object>> feeder = IntStream.range(0, students)
                .mapToObj(student -> Map.<String, Object>of("entry", Forms.entry(student))).iterator();
        ChainBuilder file = exec(http("student entry").post("/api/v1/students/entries").body(StringBody("#{entry}")).asJson()
                        .check(status().is(201), jsonPath("$.token").saveAs("token")))
                .exec(http("create group").post("/api/v1/groups").header("Authorization", "Bearer #{token}")
                        .body(StringBody(Forms.STUDENT_GROUP)).asJson()
                        .check(status().is(201), jsonPath("$.groupId").saveAs("groupId")))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(http("add applicant").post("/api/v1/groups/#{groupId}/applicants")
                        .header("Authorization", "Bearer #{token}").body(StringBody(Forms.STUDENT_APPLICANT)).asJson()
                        .check(status().is(201), jsonPath("$.summary.applicantId").saveAs("applicantId")))
                .exec(documents(List.of("passport", "residentVisa", "accommodationProof", "admissionProof")))
                .exec(submit("submit (1 applicant)"));
        return scenario("students").feed(feeder)
                .exec(filing(file))
                .exitHereIfFailed()
                .exec(awaitApproval())
                .exec(payByCard())
                .exec(download("fee receipt (PDF)", "/api/v1/fee-receipts/#{groupNumber}.pdf"))
                .exec(download("certificate (signed PDF)", "/api/v1/certificates/#{groupNumber}/#{receiptNumber}r.pdf"));
    }

    /** 2c. An officer takes the groups as they arrive, looks at each in the queue, and decides on the whole group. */
    private ScenarioBuilder officers(String name, String login, ConcurrentLinkedQueue<String> from,
            ConcurrentLinkedQueue<String> to, String action, String status) {
        return scenario(name)
                .exec(signIn("sign-in (officer)", login))
                .asLongAs(session -> FILING.get() > 0 || UNDECIDED.get() > 0)
                .on(exec(session -> {
                    String group = from.poll();
                    return group == null ? session.remove("next") : session.set("next", group);
                }).doIfOrElse(session -> session.contains("next"))
                        .then(exec(http("review queue: group").get("/api/v1/review/queue?status=" + status + "&groupNumber=#{next}")
                                        .header("Authorization", "Bearer #{token}").check(status().is(200)))
                                .exec(session -> session.remove("answered"))
                                .exec(http("decision on a group: " + action).post("/api/v1/review/groups/#{next}/decisions")
                                        .header("Authorization", "Bearer #{token}")
                                        .body(StringBody("{\"action\":\"" + action + "\",\"comment\":\"\"}")).asJson()
                                        .check(status().saveAs("answered"), status().is(200)))
                                .exec(session -> {
                                    // Without an answer, with a 5xx or with a 404 (the node restarting, its endpoints not
                                    // all registered yet), the officer takes the group again; another refusal (decided
                                    // already, its answer lost) passes it on. The failure stays in the report.
                                    int answered = session.contains("answered") ? session.getInt("answered") : 0;
                                    boolean retry = answered == 0 || answered == 404 || answered >= 500;
                                    if (retry) {
                                        from.add(session.getString("next"));
                                    } else if (to != null) {
                                        to.add(session.getString("next"));
                                    } else {
                                        UNDECIDED.decrementAndGet();
                                    }
                                    return session.markAsSucceeded().set("retry", retry);
                                })
                                .doIf(session -> session.getBoolean("retry")).then(pause(Duration.ofSeconds(2))))
                        .orElse(exec(http("review queue: first page").get("/api/v1/review/queue?status=" + status + "&size=20")
                                        .header("Authorization", "Bearer #{token}").check(status().is(200)))
                                .pause(Duration.ofSeconds(1))));
    }

    {
        if (fullPath) {
            setUp(fullPathClerks().injectOpen(atOnceUsers(clerks))).protocols(protocol);
        } else {
            peak();
        }
    }

    @Override
    public void after() {
        String out = System.getProperty("peak.out");
        if (!fullPath && out != null) {
            try {
                java.nio.file.Files.write(Path.of(out, "acknowledged-groups.txt"), ACKNOWLEDGED);
                java.nio.file.Files.write(Path.of(out, "paid-references.txt"), PAID);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (fullPath) {
            double seconds = (LAST_SUBMIT.get() - FIRST_START.get()) / 1e9;
            System.out.printf("fullpath: %d groups of %d applicants submitted by %d clerks at once in %.1f s = %.1f groups/min%n",
                    SUBMITTED.get(), applicants, clerks, seconds, SUBMITTED.get() / seconds * 60);
        }
    }

    private void peak() {
        ScenarioBuilder first = officers("first review", "officer-first", FIRST_REVIEW, SECOND_REVIEW, "PASS_FIRST_REVIEW",
                "AWAITING_FIRST_REVIEW");
        ScenarioBuilder second = officers("second review", "officer-second", SECOND_REVIEW, null, "APPROVE",
                "AWAITING_SECOND_REVIEW");
        // The registrars' lists come in over the minute before (200 sign-ins in a few seconds would only measure the
        // password hash's deliberate cost queueing). The officers sign in over a few seconds, as people do.
        FILING.set(schools + students);
        setUp(registrars().injectOpen(rampUsers(schools).during(Duration.ofSeconds(Math.max(1, schools * 3 / 10))))
                .andThen(
                        clerks().injectOpen(rampUsers(schools).during(peak)),
                        studentsAlone().injectOpen(rampUsers(students).during(peak)),
                        first.injectOpen(nothingFor(), rampUsers(firstOfficers).during(Duration.ofSeconds(10))),
                        second.injectOpen(nothingFor(), rampUsers(secondOfficers).during(Duration.ofSeconds(10)))))
                .protocols(protocol)
                .maxDuration(peak.multipliedBy(3).plusMinutes(10));
    }

    private static io.gatling.javaapi.core.OpenInjectionStep nothingFor() {
        return io.gatling.javaapi.core.CoreDsl.nothingFor(Duration.ofSeconds(5));
    }
}
