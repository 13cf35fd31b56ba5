package org.sojourn.applicant.mainland.internal;

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
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicationKind;
import org.sojourn.applicant.spi.PriorGrant;
import org.sojourn.applicant.testkit.ApplicantTypeConformance;

/** The mainland students' rules of §6 and seed 004, and the plugin conformance every type passes. */
class MainlandStudentTypeTest extends ApplicantTypeConformance {

    private final MainlandStudentType type = new MainlandStudentType();

    @Override
    protected ApplicantType type() {
        return type;
    }

    @Override
    protected Optional<Map<String, String>> completeForm(ApplicationKind kind) {
        return Optional.of(complete());
    }

    static Map<String, String> complete() {
        Map<String, String> values = new HashMap<>(Map.ofEntries(Map.entry("relation", "SELF"),
                Map.entry("chineseName", "李小華"), Map.entry("pinyinName", "LI XIAOHUA"), Map.entry("sex", "F"),
                Map.entry("birthDate", "2004-03-15"), Map.entry("birthProvince", "福建省"),
                Map.entry("mainlandIdNumber", "11010519491231002X"), Map.entry("travelPermitNumber", "T12345678"),
                Map.entry("travelPermitExpiry", "2030-01-01"), Map.entry("school", "國立示範大學"),
                Map.entry("programme", "MASTER"), Map.entry("department", "資訊工程學系"), Map.entry("addressPostalCode", "100"),
                Map.entry("addressCounty", "臺北市"), Map.entry("addressDistrict", "中正區"), Map.entry("addressStreet", "重慶南路一段"),
                Map.entry("addressNumber", "122號"), Map.entry("changeItems", "地址")));
        return values;
    }

    @Test
    void feesAreSixHundredThousandThreeHundredAndNothing() {
        assertEquals(600, type.quote(form(ApplicationKind.FIRST_APPLICATION, false)).amountTwd());
        assertEquals(1000, type.quote(form(ApplicationKind.RENEWAL, true)).amountTwd());
        assertEquals(300, type.quote(form(ApplicationKind.EXTENSION, true)).amountTwd());
        assertEquals(0, type.quote(form(ApplicationKind.DATA_CHANGE, true)).amountTwd());
    }

    @Test
    void onlyASingleEntryPermitIsExchangedForTheMultipleEntryPermit() {
        assertTrue(type.eligibility(form(ApplicationKind.RENEWAL, true), grant("SINGLE_ENTRY_STUDY_PERMIT", 200), TODAY).eligible());
        assertEquals("NOT_A_SINGLE_ENTRY_PERMIT",
                type.eligibility(form(ApplicationKind.RENEWAL, true), grant("MULTIPLE_ENTRY_PERMIT", 200), TODAY).code());
    }

    @Test
    void anExtensionIsFiledOnlyInTheLastThreeMonthsOfTheStay() {
        var early = type.eligibility(form(ApplicationKind.EXTENSION, true), grant("MULTIPLE_ENTRY_PERMIT", 120), TODAY);
        assertFalse(early.eligible());
        assertEquals("OUTSIDE_EXTENSION_WINDOW", early.code());
        assertTrue(early.messageZh().contains("3 個月"), early.messageZh());
        assertTrue(type.eligibility(form(ApplicationKind.EXTENSION, true), grant("MULTIPLE_ENTRY_PERMIT", 60), TODAY).eligible());
        assertEquals("GRANT_EXPIRED",
                type.eligibility(form(ApplicationKind.EXTENSION, true), grant("MULTIPLE_ENTRY_PERMIT", -1), TODAY).code());
    }

    @Test
    void theStudentsOwnApplicationKeepsTheSchoolAndLeavesTheSingleEntryPermitToTheSchool() {
        assertEquals(Set.of("school"), type.readOnlyFields(form(ApplicationKind.EXTENSION, true)));
        assertEquals(Set.of(), type.readOnlyFields(form(ApplicationKind.EXTENSION, false)));
        assertEquals("SCHOOL_FILES_SINGLE_ENTRY", type.check(form(ApplicationKind.FIRST_APPLICATION, true), TODAY).get(0).code());
    }

    @Test
    void relativesNameTheStudentAndProveTheRelationship() {
        Map<String, String> spouse = complete();
        spouse.put("relation", "SPOUSE");
        ApplicantForm form = new ApplicantForm(ApplicationKind.RENEWAL, true, spouse);
        assertTrue(type.conditionallyRequired(form).contains("studentName"));
        assertTrue(type.requiredDocuments(form, TODAY).contains("relationshipProof"));
        assertFalse(type.requiredDocuments(form(ApplicationKind.RENEWAL, true), TODAY).contains("relationshipProof"));
    }

    @Test
    void theMainlandIdNumberIsCheckedByItsCheckCharacter() {
        assertTrue(MainlandIdNumber.isValid("11010519491231002X"));
        assertFalse(MainlandIdNumber.isValid("110105194912310021"));
        Map<String, String> wrong = complete();
        wrong.put("mainlandIdNumber", "110105194912310021");
        assertEquals(List.of("INVALID_MAINLAND_ID"), type.check(new ApplicantForm(ApplicationKind.RENEWAL, true, wrong), TODAY)
                .stream().map(p -> p.code()).toList());
    }

    @Test
    void theRenewedPermitRunsByStudyPeriodAtMostThreeYears() {
        var granted = type.grant(form(ApplicationKind.RENEWAL, true), grant("SINGLE_ENTRY_STUDY_PERMIT", 100), TODAY);
        assertEquals("MULTIPLE_ENTRY_PERMIT", granted.documentKind());
        assertEquals(TODAY.plusYears(3).minusDays(1), granted.validUntil(), "master's 3 years from the decision");
    }

    private static ApplicantForm form(ApplicationKind kind, boolean self) {
        return new ApplicantForm(kind, self, complete());
    }

    private static Optional<PriorGrant> grant(String kind, int daysLeft) {
        return Optional.of(new PriorGrant("C12345678", null, kind, LocalDate.of(2026, 1, 1), TODAY.plusDays(daysLeft), true,
                Map.of()));
    }
}
