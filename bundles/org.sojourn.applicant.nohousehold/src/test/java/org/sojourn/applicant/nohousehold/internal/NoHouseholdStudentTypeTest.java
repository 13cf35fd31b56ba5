package org.sojourn.applicant.nohousehold.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sojourn.applicant.spi.ApplicantForm;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicationKind;
import org.sojourn.applicant.spi.GrantTerms;
import org.sojourn.applicant.spi.PriorGrant;
import org.sojourn.applicant.spi.Term;
import org.sojourn.applicant.testkit.ApplicantTypeConformance;
import org.sojourn.cases.api.CaseAction;

/** The agency's notice for nationals without household registration (seed 002), rule by rule. */
class NoHouseholdStudentTypeTest extends ApplicantTypeConformance {

    private final NoHouseholdStudentType type = new NoHouseholdStudentType(new NoHouseholdStudentType.Config() {
        @Override
        public Class<? extends Annotation> annotationType() {
            return NoHouseholdStudentType.Config.class;
        }

        @Override
        public String groupCode() {
            return "110";
        }

        @Override
        public String receiptCode() {
            return "6966";
        }
    });

    @Override
    protected ApplicantType type() {
        return type;
    }

    @Override
    protected Optional<Map<String, String>> completeForm(ApplicationKind kind) {
        Map<String, String> values = complete("2004-01-10", "MY");
        if (kind == ApplicationKind.DATA_CHANGE) {
            values.put("changeItems", "ADDRESS");
            values.put("changeDate", TODAY.minusDays(5).toString());
        }
        return Optional.of(values);
    }

    static Map<String, String> complete(String birthDate, String birthPlace) {
        return new HashMap<>(Map.ofEntries(Map.entry("chineseName", "林僑生"), Map.entry("englishName", "LIM Kiew Seng"),
                Map.entry("sex", "M"), Map.entry("birthDate", birthDate), Map.entry("birthPlace", birthPlace),
                Map.entry("residenceCountry", "MY"), Map.entry("passportNumber", "312345678"),
                Map.entry("passportExpiry", "2033-01-01"), Map.entry("school", "國立示範大學"),
                Map.entry("programme", "BACHELOR"), Map.entry("department", "中國文學系"), Map.entry("enrolmentDate", "2026-09-01"),
                Map.entry("addressPostalCode", "100"), Map.entry("addressCounty", "臺北市"), Map.entry("addressDistrict", "中正區"),
                Map.entry("addressStreet", "重慶南路一段"), Map.entry("addressNumber", "122號")));
    }

    @Test
    void residenceCostsFiveHundredAndAnExtensionOrChangeThreeHundred() {
        assertEquals(500, type.quote(form(ApplicationKind.FIRST_APPLICATION, complete("2004-01-10", "MY"))).amountTwd());
        assertEquals(300, type.quote(form(ApplicationKind.EXTENSION, complete("2004-01-10", "MY"))).amountTwd());
        assertEquals(300, type.quote(form(ApplicationKind.DATA_CHANGE, complete("2004-01-10", "MY"))).amountTwd());
    }

    @Test
    void thePoliceRecordIsRequiredFromEighteenOnTheApplicationDate() {
        LocalDate eighteenToday = TODAY.minusYears(18);
        assertTrue(required(eighteenToday.toString(), "MY").contains("policeRecord"), "18 today");
        assertTrue(required("2007-04-01", "MY").contains("policeRecord"), "19 years old");
        assertFalse(required(eighteenToday.plusDays(1).toString(), "MY").contains("policeRecord"), "18 tomorrow");
        assertFalse(required("2009-06-01", "MY").contains("policeRecord"), "17 years old");
    }

    @Test
    void thoseBornInMainlandChinaProveTheLossOfMainlandStatus() {
        assertTrue(required("2004-01-10", "CN").contains("mainlandStatusLoss"));
        assertFalse(required("2004-01-10", "MY").contains("mainlandStatusLoss"));
        assertEquals(List.of("applicationForm", "photo", "overseasIdentity", "nationalityProof", "policeRecord",
                "healthCertificate", "mainlandStatusLoss", "placementNotice"), List.copyOf(required("2004-01-10", "CN")));
    }

    @Test
    void anExtensionOrChangeBringsTheCurrentCertificateAndEnrolmentProof() {
        assertEquals(Set.of("applicationForm", "photo", "currentCertificate", "enrolmentProof"),
                type.requiredDocuments(form(ApplicationKind.EXTENSION, complete("2004-01-10", "CN")), TODAY));
    }

    @Test
    void theHealthCertificateIsAtMostThreeMonthsOldAndThePoliceRecordAYear() {
        Map<String, String> values = complete("2004-01-10", "MY");
        values.put("healthCertificateIssued", TODAY.minusMonths(3).minusDays(1).toString());
        values.put("policeRecordIssued", TODAY.minusYears(1).toString());
        assertEquals(List.of("HEALTH_CERTIFICATE_TOO_OLD"),
                type.check(form(ApplicationKind.FIRST_APPLICATION, values), TODAY).stream().map(p -> p.code()).toList());
        values.put("policeRecordIssued", TODAY.minusYears(1).minusDays(1).toString());
        assertEquals(2, type.check(form(ApplicationKind.FIRST_APPLICATION, values), TODAY).size());
    }

    @Test
    void aChangeRegisteredAfterThirtyDaysNeedsTheFineAcknowledged() {
        Map<String, String> values = complete("2004-01-10", "MY");
        values.put("changeItems", "ADDRESS");
        values.put("changeDate", TODAY.minusDays(30).toString());
        assertEquals(List.of(), type.check(form(ApplicationKind.DATA_CHANGE, values), TODAY), "day 30 is in time");
        values.put("changeDate", TODAY.minusDays(31).toString());
        var late = type.check(form(ApplicationKind.DATA_CHANGE, values), TODAY);
        assertEquals("LATE_CHANGE_REGISTRATION", late.get(0).code());
        assertTrue(late.get(0).messageZh().contains("罰鍰"));
        values.put("lateRegistrationAcknowledged", "true");
        assertEquals(List.of(), type.check(form(ApplicationKind.DATA_CHANGE, values), TODAY));
    }

    @Test
    void correctionsTakeFifteenDaysOrThreeMonthsFromAbroad() {
        ApplicantForm form = form(ApplicationKind.FIRST_APPLICATION, complete("2004-01-10", "MY"));
        assertEquals(new Term(15, Term.Unit.DAYS), type.correctionTerm(form, CaseAction.RETURN_FOR_CORRECTION, false));
        assertEquals(new Term(3, Term.Unit.MONTHS), type.correctionTerm(form, CaseAction.REQUEST_SUPPLEMENT, true));
    }

    @Test
    void residenceRunsByStudyPeriodAtMostThreeYears() {
        GrantTerms grant = type.grant(form(ApplicationKind.FIRST_APPLICATION, complete("2004-01-10", "MY")),
                Optional.empty(), TODAY);
        assertEquals(TODAY.plusYears(3).minusDays(1), grant.validUntil(), "bachelor: 4 years of study, 3 per grant");
    }

    @Test
    void extensionsStopAtTheProgrammesYearsThenLastSixMonths() {
        Map<String, String> phd = complete("1995-01-10", "MY");
        phd.put("programme", "DOCTORAL");
        phd.put("enrolmentDate", "2022-09-01");
        PriorGrant current = new PriorGrant("A800000014", "no-household", "RESIDENCE_CERTIFICATE", LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 1, 31), true, Map.of());
        GrantTerms extension = type.grant(form(ApplicationKind.EXTENSION, phd), Optional.of(current), TODAY);
        assertEquals(LocalDate.of(2027, 2, 1), extension.validFrom());
        assertEquals(LocalDate.of(2027, 8, 31), extension.validUntil(), "capped at five years of doctoral study");

        PriorGrant atCap = new PriorGrant("A800000014", "no-household", "RESIDENCE_CERTIFICATE", LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 8, 31), true, Map.of());
        GrantTerms past = type.grant(form(ApplicationKind.EXTENSION, phd), Optional.of(atCap), LocalDate.of(2027, 7, 1));
        assertEquals(LocalDate.of(2028, 2, 29), past.validUntil(), "six months past the cap");
    }

    private Set<String> required(String birthDate, String birthPlace) {
        return type.requiredDocuments(form(ApplicationKind.FIRST_APPLICATION, complete(birthDate, birthPlace)), TODAY);
    }

    private static ApplicantForm form(ApplicationKind kind, Map<String, String> values) {
        return new ApplicantForm(kind, false, values);
    }
}
