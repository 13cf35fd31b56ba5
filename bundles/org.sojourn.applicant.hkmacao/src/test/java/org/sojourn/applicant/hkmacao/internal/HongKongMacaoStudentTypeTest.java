package org.sojourn.applicant.hkmacao.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sojourn.applicant.spi.ApplicantForm;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicationKind;
import org.sojourn.applicant.spi.FormField;
import org.sojourn.applicant.testkit.ApplicantTypeConformance;
import org.sojourn.cases.api.Portal;

/** Hong Kong and Macao students: their identity numbers, documents and the inspection form's data. */
class HongKongMacaoStudentTypeTest extends ApplicantTypeConformance {

    private final HongKongMacaoStudentType type = new HongKongMacaoStudentType(defaults());

    @Override
    protected ApplicantType type() {
        return type;
    }

    @Override
    protected Optional<Map<String, String>> completeForm(ApplicationKind kind) {
        return Optional.of(complete());
    }

    static Map<String, String> complete() {
        return new HashMap<>(Map.ofEntries(Map.entry("region", "HK"), Map.entry("chineseName", "陳美玲"),
                Map.entry("englishName", "CHAN Mei Ling"), Map.entry("sex", "F"), Map.entry("birthDate", "2003-11-02"),
                Map.entry("permanentIdNumber", "A123456(3)"), Map.entry("travelDocumentKind", "HKSAR_PASSPORT"),
                Map.entry("travelDocumentNumber", "K12345678"), Map.entry("travelDocumentExpiry", "2031-05-01"),
                Map.entry("entryPermitNumber", "H98765432"), Map.entry("entryDate", "2026-09-01"),
                Map.entry("school", "國立示範大學"), Map.entry("programme", "BACHELOR"), Map.entry("department", "法律學系"),
                Map.entry("addressPostalCode", "100"), Map.entry("addressCounty", "臺北市"), Map.entry("addressDistrict", "中正區"),
                Map.entry("addressStreet", "重慶南路一段"), Map.entry("addressNumber", "122號")));
    }

    @Test
    void schoolsAndTheStudentsOwnPortalFileIt() {
        assertEquals(Set.of(Portal.SCHOOL, Portal.HK_MACAO_STUDENT), type.descriptor().portals());
        assertEquals("108", type.descriptor().businessLines().get(0).groupCode());
    }

    @Test
    void permanentIdNumbersAreCheckedPerRegion() {
        assertTrue(PermanentIdNumber.isValid("HK", "A123456(3)"));
        assertTrue(PermanentIdNumber.isValid("HK", "a1234563"));
        assertFalse(PermanentIdNumber.isValid("HK", "A123456(4)"));
        assertTrue(PermanentIdNumber.isValid("MO", "1234567(8)"));
        assertFalse(PermanentIdNumber.isValid("MO", "A123456(3)"));
        Map<String, String> wrong = complete();
        wrong.put("region", "MO");
        assertEquals(List.of("INVALID_PERMANENT_ID"), type.check(new ApplicantForm(ApplicationKind.FIRST_APPLICATION, false,
                wrong), TODAY).stream().map(p -> p.code()).toList());
    }

    @Test
    void theInspectionFormFindsEveryFieldItPrints() {
        Set<String> fields = type.descriptor().fields().stream().map(FormField::name).collect(Collectors.toSet());
        assertTrue(fields.containsAll(HongKongMacaoStudentType.INSPECTION_FORM_FIELDS),
                "missing: " + HongKongMacaoStudentType.INSPECTION_FORM_FIELDS.stream().filter(f -> !fields.contains(f)).toList());
    }

    @Test
    void aFirstApplicationBringsTheEntryPermitAndAHealthCertificate() {
        Set<String> first = type.requiredDocuments(new ApplicantForm(ApplicationKind.FIRST_APPLICATION, false, complete()), TODAY);
        assertTrue(first.containsAll(List.of("entryPermit", "healthCertificate", "admissionProof")), first.toString());
        Set<String> extension = type.requiredDocuments(new ApplicantForm(ApplicationKind.EXTENSION, false, complete()), TODAY);
        assertFalse(extension.contains("healthCertificate"));
        assertTrue(extension.contains("enrolmentProof"));
    }

    static HongKongMacaoStudentType.Config defaults() {
        return new HongKongMacaoStudentType.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return HongKongMacaoStudentType.Config.class;
            }

            @Override
            public String groupCode() {
                return "108";
            }

            @Override
            public String receiptCode() {
                return "6108";
            }
        };
    }
}
