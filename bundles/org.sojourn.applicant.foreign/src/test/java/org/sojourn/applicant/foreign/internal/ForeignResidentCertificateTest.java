package org.sojourn.applicant.foreign.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sojourn.cases.api.Grant;
import org.sojourn.documents.spi.CertificateContent;
import org.sojourn.documents.spi.IssuedCase;

class ForeignResidentCertificateTest {

    private static final Map<String, String> FORM = Map.ofEntries(Map.entry("chineseName", "席安娜"), Map.entry("englishName", "Ana Silva"),
            Map.entry("birthDate", "2003-04-05"), Map.entry("passportNumber", "P1234567"), Map.entry("sex", "F"),
            Map.entry("nationality", "BR"), Map.entry("addressPostalCode", "106"), Map.entry("addressCounty", "臺北市"),
            Map.entry("addressDistrict", "大安區"), Map.entry("addressStreet", "羅斯福路四段"), Map.entry("addressNumber", "1號"));

    @Test
    void anAdmittedStudentsSixMonthCertificateHasEveryFieldFilled() {
        Grant grant = new Grant(1000, "E_CERTIFICATE_6_MONTHS", LocalDate.of(2026, 11, 22), LocalDate.of(2027, 5, 21), "A800000014");
        CertificateContent content = new ForeignResidentCertificate().content(new IssuedCase("foreign", "115696500101", "151020007",
                grant, FORM, code -> code.equals("BR") ? "巴西 Brazil" : code));
        assertEquals("中華民國居留證", content.titleZh());
        assertEquals("A800000014", content.documentNumber());
        for (CertificateContent.Line line : content.lines()) {
            assertFalse(line.value().isBlank() || line.value().contains("null"), line.labelEn() + ": " + line.value());
        }
        String all = content.lines().toString();
        assertTrue(all.contains("22 Nov 2026 (20261122)") && all.contains("21 May 2027 (20270521)") && all.contains("5 Apr 2003 (20030405)"), all);
        assertTrue(all.contains("巴西 Brazil") && all.contains("女 Female") && all.contains("106 臺北市大安區羅斯福路四段1號"), all);
    }

    @Test
    void aRegisteredStudentsIcCardIsNotPrintedHere() {
        assertEquals(java.util.Set.of("E_CERTIFICATE_6_MONTHS"), new ForeignResidentCertificate().documentKinds());
    }
}
