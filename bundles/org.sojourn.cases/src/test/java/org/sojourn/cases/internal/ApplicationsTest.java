package org.sojourn.cases.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sojourn.applicant.foreign.internal.ForeignStudentTypeAccess;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.ApplicantFile;
import org.sojourn.cases.api.ApplicantInput;
import org.sojourn.cases.api.ApplicantView;
import org.sojourn.cases.api.CaseAction;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.Decision;
import org.sojourn.cases.api.DocumentView;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.GroupInput;
import org.sojourn.cases.api.GroupView;
import org.sojourn.cases.api.Performer;
import org.sojourn.cases.api.Sender;
import org.sojourn.cases.api.Submission;
import org.sojourn.cases.api.Upload;
import org.sojourn.cases.internal.migration.MigrationsForTests;

/**
 * The case core on the real persistence unit and migrations, on PostgreSQL and on H2: a school files,
 * submits and an officer decides; numbers never repeat under concurrent submissions.
 */
class ApplicationsTest {

    static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    static final Actor CLERK = new Actor(7, "SCHOOL_MAIN", Actor.Reach.SCHOOL, "03734301", "國立臺灣大學",
            Set.of(Performer.APPLICANT));
    static final Actor OTHER_SCHOOL = new Actor(8, "SCHOOL_MAIN", Actor.Reach.SCHOOL, "04000000", "別的大學",
            Set.of(Performer.APPLICANT));
    static final Actor FIRST = new Actor(90, "OFFICER_FIRST_REVIEW", Actor.Reach.ALL, null, null, Set.of(Performer.FIRST_REVIEWER));
    static final Actor SECOND = new Actor(91, "OFFICER_SECOND_REVIEW", Actor.Reach.ALL, null, null, Set.of(Performer.SECOND_REVIEWER));
    static final Sender SENDER = new Sender("王小明", "A123456789", "0223889393", "clerk@ntu.edu.tw", "臺北市大安區羅斯福路四段1號");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSchoolFilesAndAnOfficerApproves(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind); TestJpa jpa = new TestJpa(migrated(db))) {
            ApplicantTypeRegistry types = registry();
            JpaApplications applications = new JpaApplications(jpa.template, types, CaseNotifier.using(null),
                    new WorkingDays(Set.of(), Set.of()), Clock.fixed(NOW, ZoneOffset.UTC));
            JpaReviews reviews = new JpaReviews(jpa.template, types, CaseNotifier.using(null), new WorkingDays(Set.of(), Set.of()),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            GroupView group = completeGroup(applications, 2, "P");
            assertEquals(CaseStatus.DRAFT, group.applicants().get(0).status());
            assertThrows(DomainException.class, () -> applications.group(OTHER_SCHOOL, group.groupId()), "other school");

            // The group's applicants with one type of file each, read at once, as each applicant's own read shows them.
            String second = group.applicants().get(1).applicantId();
            byte[] rescanned = TestFiles.scan(30);
            applications.addDocument(CLERK, group.groupId(), second, "passport", new Upload("passport-again.jpg", rescanned));
            List<ApplicantFile> passports = applications.applicants(CLERK, group.groupId(), "passport");
            assertEquals(2, passports.size());
            for (ApplicantFile read : passports) {
                String id = read.applicant().summary().applicantId();
                assertEquals(applications.applicant(CLERK, group.groupId(), id), read.applicant());
                DocumentView latest = read.applicant().documents().stream().filter(d -> d.documentType().equals("passport"))
                        .reduce((older, newer) -> newer).orElseThrow();
                assertEquals(latest, read.file().document());
                assertArrayEquals(applications.document(CLERK, group.groupId(), latest.documentId()).content(), read.file().content());
            }
            assertArrayEquals(rescanned, passports.get(1).file().content(), "the latest of two passports");
            assertNull(applications.applicants(CLERK, group.groupId(), "noSuchType").get(0).file());
            assertThrows(DomainException.class, () -> applications.applicants(OTHER_SCHOOL, group.groupId(), "photo"), "other school");

            Submission submitted = applications.submit(CLERK, group.groupId());
            assertEquals("151020001", submitted.groupNumber());
            assertEquals(List.of("115696500001", "115696500002"),
                    submitted.receipts().stream().map(Submission.Receipt::receiptNumber).toList());
            assertEquals(submitted, applications.submit(CLERK, group.groupId()), "submitting again changes nothing");
            assertEquals("GROUP_NOT_DRAFT", assertThrows(DomainException.class,
                    () -> applications.deleteGroup(CLERK, group.groupId())).code());

            String receipt = submitted.receipts().get(0).receiptNumber();
            assertEquals("TRANSITION_NOT_ALLOWED", assertThrows(DomainException.class,
                    () -> reviews.decide(SECOND, receipt, new Decision(CaseAction.APPROVE, null))).code());
            assertEquals("NOT_YOUR_DECISION", assertThrows(DomainException.class,
                    () -> reviews.decide(FIRST, receipt, new Decision(CaseAction.APPROVE, null))).code());
            reviews.decide(FIRST, receipt, new Decision(CaseAction.PASS_FIRST_REVIEW, null));
            ApplicantView approved = reviews.decide(SECOND, receipt, new Decision(CaseAction.APPROVE, null));
            assertEquals(CaseStatus.AWAITING_PAYMENT, approved.summary().status());
            assertEquals(1000, approved.grant().feeTwd());
            assertEquals("IC_CARD", approved.grant().documentKind());
            assertNotNull(approved.grant().certificateNumber());
            assertEquals(List.of(CaseAction.RECORD_PAYMENT, CaseAction.LAPSE_APPROVAL), approved.allowedActions());

            String other = submitted.receipts().get(1).receiptNumber();
            assertEquals("COMMENT_REQUIRED", assertThrows(DomainException.class,
                    () -> reviews.decide(FIRST, other, new Decision(CaseAction.NOT_ACCEPT, " "))).code());
            assertEquals(CaseStatus.NOT_ACCEPTED,
                    reviews.decide(FIRST, other, new Decision(CaseAction.NOT_ACCEPT, "護照影本不清晰")).summary().status());
            List<String> actions = applications.history(CLERK, group.groupId()).stream().map(h -> h.action()).toList();
            assertTrue(actions.containsAll(List.of("GROUP_CREATED", "APPLICANT_ADDED", "DOCUMENT_ADDED", "SUBMIT",
                    "GROUP_SUBMITTED", "PASS_FIRST_REVIEW", "APPROVE", "NOT_ACCEPT")), actions.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void badInputIsRefusedAndChangesNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind); TestJpa jpa = new TestJpa(migrated(db))) {
            JpaApplications applications = new JpaApplications(jpa.template, registry(), CaseNotifier.using(null),
                    new WorkingDays(Set.of(), Set.of()), Clock.fixed(NOW, ZoneOffset.UTC));
            GroupView group = applications.createGroup(CLERK, new GroupInput("102", "115 外籍生", null, "TAIPEI", null, true), SENDER);
            Map<String, String> fields = new HashMap<>(Forms_.complete("P1000001"));
            fields.put("birthDate", "2030-01-01");
            fields.put("passportExpiry", "2020-01-01");
            DomainException refused = assertThrows(DomainException.class, () -> applications.addApplicant(CLERK,
                    group.groupId(), new ApplicantInput("foreign", "FIRST_APPLICATION", null, fields)));
            assertEquals(Set.of("birthDate:DATE_IN_FUTURE", "passportExpiry:DATE_NOT_IN_FUTURE"), new TreeSet<>(
                    refused.fieldProblems().stream().map(p -> p.field() + ":" + p.code()).toList()));
            assertEquals(0, applications.group(CLERK, group.groupId()).applicants().size());

            ApplicantView partial = applications.addApplicant(CLERK, group.groupId(),
                    new ApplicantInput("foreign", "FIRST_APPLICATION", null, Map.of("englishName", "Ana Silva", "passportNumber", "P1234567")));
            assertEquals(false, partial.summary().complete());
            DomainException incomplete = assertThrows(DomainException.class, () -> applications.submit(CLERK, group.groupId()));
            assertEquals("GROUP_INCOMPLETE", incomplete.code());
            assertTrue(incomplete.fieldProblems().stream().anyMatch(p -> p.field().equals("applicants[1].birthDate")));
            assertTrue(incomplete.fieldProblems().stream().anyMatch(p -> p.field().equals("documents.powerOfAttorney")));
            assertEquals("INVALID_INPUT", assertThrows(DomainException.class, () -> applications.addApplicant(CLERK,
                    group.groupId(), new ApplicantInput("foreign", null, null, Map.of("passportNumber", "P1234567")))).code(),
                    "duplicate passport");
            assertEquals(1, applications.group(CLERK, group.groupId()).applicants().size());
            assertEquals(null, applications.group(CLERK, group.groupId()).groupNumber(), "still a draft");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void concurrentSubmissionsNeverRepeatANumber(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind); TestJpa jpa = new TestJpa(migrated(db))) {
            JpaApplications applications = new JpaApplications(jpa.template, registry(), CaseNotifier.using(null),
                    new WorkingDays(Set.of(), Set.of()), Clock.fixed(NOW, ZoneOffset.UTC));
            List<String> groups = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                groups.add(completeGroup(applications, 2, "C" + i + "X").groupId());
            }
            ExecutorService clerks = Executors.newFixedThreadPool(6);
            List<Callable<Submission>> submissions = new ArrayList<>();
            for (String id : groups) {
                submissions.add(() -> applications.submit(CLERK, id));
                submissions.add(() -> applications.submit(CLERK, id)); // a double click
            }
            Set<String> groupNumbers = new TreeSet<>();
            Set<String> receipts = new TreeSet<>();
            for (Future<Submission> done : clerks.invokeAll(submissions)) {
                groupNumbers.add(done.get().groupNumber());
                done.get().receipts().forEach(r -> receipts.add(r.receiptNumber()));
            }
            clerks.shutdown();
            assertEquals(16, groupNumbers.size());
            assertEquals("151020016", ((TreeSet<String>) groupNumbers).last(), "no gaps");
            assertEquals(32, receipts.size());
            assertEquals("115696500032", ((TreeSet<String>) receipts).last());
        }
    }

    static GroupView completeGroup(JpaApplications applications, int applicants, String passportPrefix) {
        GroupView group = applications.createGroup(CLERK, new GroupInput("102", "115 外籍生", null, "TAIPEI", null, true), SENDER);
        applications.addDocument(CLERK, group.groupId(), null, "powerOfAttorney", new Upload("委託書.jpg", TestFiles.scan(50)));
        for (int i = 0; i < applicants; i++) {
            ApplicantView added = applications.addApplicant(CLERK, group.groupId(),
                    new ApplicantInput("foreign", "FIRST_APPLICATION", null, Forms_.complete(passportPrefix + (100000 + i))));
            for (String document : List.of("passport", "residentVisa", "accommodationProof")) {
                applications.addDocument(CLERK, group.groupId(), added.summary().applicantId(), document,
                        new Upload(document + ".jpg", TestFiles.scan(20)));
            }
            ApplicantView complete = applications.addDocument(CLERK, group.groupId(), added.summary().applicantId(), "photo",
                    new Upload("photo.png", TestFiles.photo())) == null ? null
                    : applications.applicant(CLERK, group.groupId(), added.summary().applicantId());
            assertTrue(complete.summary().complete(), complete.missing().toString());
        }
        return applications.group(CLERK, group.groupId());
    }

    private static javax.sql.DataSource migrated(TestDatabase db) throws Exception {
        MigrationsForTests.migrate(db.dataSource());
        return db.dataSource();
    }

    static ApplicantTypeRegistry registry() {
        ApplicantTypeRegistry registry = new ApplicantTypeRegistry();
        registry.register(ForeignStudentTypeAccess.create(), "test");
        return registry;
    }

    /** A complete foreign student's form. */
    static final class Forms_ {
        static Map<String, String> complete(String passport) {
            Map<String, String> fields = new HashMap<>();
            fields.put("qualification", "STUDY");
            fields.put("studyStatus", "REGISTERED");
            fields.put("noChineseName", "true");
            fields.put("englishName", "Ana Silva");
            fields.put("birthDate", "2003/04/05");
            fields.put("passportNumber", passport);
            fields.put("passportExpiry", "2031-01-01");
            fields.put("maritalStatus", "SINGLE");
            fields.put("sex", "F");
            fields.put("highestEducation", "HIGH_SCHOOL");
            fields.put("department", "資訊工程學系");
            fields.put("programme", "BACHELOR");
            fields.put("yearOfStudy", "1");
            fields.put("birthPlace", "BR");
            fields.put("nationality", "BR");
            fields.put("addressPostalCode", "106");
            fields.put("addressCounty", "台北市");
            fields.put("addressDistrict", "大安區");
            fields.put("addressStreet", "羅斯福路四段");
            fields.put("addressNumber", "1號");
            return fields;
        }
    }
}
