package org.sojourn.applicant.hkmacao.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sojourn.cases.api.Grant;
import org.sojourn.documents.spi.CertificateContent;
import org.sojourn.documents.spi.IssuedCase;

class InspectionFormLayoutTest {

    private static final Grant GRANT = new Grant(1000, "HK_MACAO_RESIDENCE_PERMIT", LocalDate.of(2026, 9, 1),
            LocalDate.of(2030, 8, 31), "H800000013");

    @Test
    void theFormPrintsEveryInspectedValue() {
        CertificateContent form = new InspectionFormLayout().content(new IssuedCase("hk-macao", "115610800101", "151080003", GRANT,
                HongKongMacaoStudentTypeTest.complete(), code -> code));
        assertEquals("港澳僑生居留入出境查驗表", form.titleZh());
        String all = form.lines().toString();
        for (String expected : new String[] {"陳美玲 CHAN Mei Ling", "女 Female", "2 Nov 2003 (20031102)", "香港 Hong Kong", "A123456(3)",
            "香港特區護照 HKSAR passport K12345678", "1 May 2031 (20310501)", "H98765432", "1 Sep 2026 (20260901)", "H800000013",
            "31 Aug 2030 (20300831)", "國立示範大學 法律學系", "100 臺北市中正區重慶南路一段122號"}) {
            assertTrue(all.contains(expected), expected + " in " + all);
        }
    }

    @Test
    void anEntryDateNotGivenIsLeftOutRatherThanPrintedBlank() {
        Map<String, String> noEntry = HongKongMacaoStudentTypeTest.complete();
        noEntry.remove("entryDate");
        CertificateContent form = new InspectionFormLayout().content(new IssuedCase("hk-macao", "1", "2", GRANT, noEntry, code -> code));
        assertTrue(form.lines().stream().noneMatch(line -> line.labelEn().equals("Date of entry")));
        form.lines().forEach(line -> assertFalse(line.value().isBlank(), line.labelEn()));
    }
}
