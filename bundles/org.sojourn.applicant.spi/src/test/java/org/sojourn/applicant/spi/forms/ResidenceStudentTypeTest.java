package org.sojourn.applicant.spi.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sojourn.applicant.spi.ApplicantForm;
import org.sojourn.applicant.spi.ApplicationKind;
import org.sojourn.applicant.spi.Eligibility;
import org.sojourn.applicant.spi.GrantTerms;
import org.sojourn.applicant.spi.PriorGrant;

/** The study-status rule, the validity caps and the windows of §4 and §8. */
class ResidenceStudentTypeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private final ResidenceStudentType type = new ResidenceStudentType("test", "1.0.0", "測試", "Test", "TS", List.of()) {
    };

    @Test
    void admittedNotRegisteredGetsASixMonthECertificate() {
        GrantTerms grant = type.grant(form(ApplicationKind.FIRST_APPLICATION, "ADMITTED_NOT_REGISTERED"), Optional.empty(), TODAY);
        assertEquals(ResidenceStudentType.E_CERTIFICATE_6_MONTHS, grant.documentKind());
        assertEquals(LocalDate.of(2027, 5, 20), grant.validUntil());
    }

    @Test
    void registeredGetsTheCardForTheStudyPeriodAtMostThreeYears() {
        Map<String, String> master = values("REGISTERED");
        master.put("programme", "MASTER");
        master.put("yearOfStudy", "2");
        assertEquals(LocalDate.of(2028, 11, 20),
                type.grant(new ApplicantForm(ApplicationKind.FIRST_APPLICATION, false, master), Optional.empty(), TODAY).validUntil(),
                "two of three master's years left");
        Map<String, String> doctoral = values("REGISTERED");
        doctoral.put("programme", "DOCTORAL");
        assertEquals(LocalDate.of(2029, 11, 20),
                type.grant(new ApplicantForm(ApplicationKind.FIRST_APPLICATION, false, doctoral), Optional.empty(), TODAY).validUntil(),
                "capped at three years");
        doctoral.put("passportExpiry", "2027-03-01");
        assertEquals(LocalDate.of(2027, 3, 1),
                type.grant(new ApplicantForm(ApplicationKind.FIRST_APPLICATION, false, doctoral), Optional.empty(), TODAY).validUntil(),
                "never past the passport");
    }

    @Test
    void renewalOnlyOfAValidPaidSixMonthECertificate() {
        ApplicantForm renewal = form(ApplicationKind.RENEWAL, "REGISTERED");
        assertTrue(type.eligibility(renewal, prior(ResidenceStudentType.E_CERTIFICATE_6_MONTHS, TODAY.plusMonths(2), true), TODAY).eligible());
        assertEquals("NOT_A_6_MONTH_E_CERTIFICATE", type.eligibility(renewal,
                prior(ResidenceStudentType.IC_CARD, TODAY.plusMonths(2), true), TODAY).code());
        assertEquals("GRANT_EXPIRED", type.eligibility(renewal,
                prior(ResidenceStudentType.E_CERTIFICATE_6_MONTHS, TODAY.minusDays(1), true), TODAY).code());
        assertEquals("NO_CURRENT_GRANT", type.eligibility(renewal,
                prior(ResidenceStudentType.E_CERTIFICATE_6_MONTHS, TODAY.plusMonths(2), false), TODAY).code());
        assertTrue(type.check(form(ApplicationKind.RENEWAL, "ADMITTED_NOT_REGISTERED"), TODAY).stream()
                .anyMatch(p -> p.code().equals("RENEWAL_NEEDS_REGISTRATION")));
    }

    @Test
    void extensionOnlyInTheLastThreeMonths() {
        ApplicantForm extension = form(ApplicationKind.EXTENSION, "REGISTERED");
        Eligibility early = type.eligibility(extension, prior(ResidenceStudentType.IC_CARD, TODAY.plusMonths(3).plusDays(1), true), TODAY);
        assertFalse(early.eligible());
        assertEquals("OUTSIDE_EXTENSION_WINDOW", early.code());
        assertTrue(type.eligibility(extension, prior(ResidenceStudentType.IC_CARD, TODAY.plusMonths(3), true), TODAY).eligible());
    }

    @Test
    void documentsDependOnTheSituation() {
        Map<String, String> scholar = values("REGISTERED");
        scholar.put("scholarship", "true");
        assertEquals(Set.of("photo", "passport", "residentVisa", "accommodationProof", "scholarshipProof"),
                type.requiredDocuments(new ApplicantForm(ApplicationKind.FIRST_APPLICATION, false, scholar)));
        assertEquals(Set.of("photo", "passport", "admissionProof"),
                type.requiredDocuments(new ApplicantForm(ApplicationKind.EXTENSION, true, values("REGISTERED"))));
    }

    private static Optional<PriorGrant> prior(String kind, LocalDate until, boolean paid) {
        return Optional.of(new PriorGrant("A800000014", "test", kind, until.minusMonths(6), until, paid, Map.of()));
    }

    private static ApplicantForm form(ApplicationKind kind, String studyStatus) {
        return new ApplicantForm(kind, false, values(studyStatus));
    }

    private static Map<String, String> values(String studyStatus) {
        Map<String, String> values = new HashMap<>();
        values.put("studyStatus", studyStatus);
        values.put("programme", "BACHELOR");
        values.put("passportExpiry", "2035-01-01");
        return values;
    }
}
