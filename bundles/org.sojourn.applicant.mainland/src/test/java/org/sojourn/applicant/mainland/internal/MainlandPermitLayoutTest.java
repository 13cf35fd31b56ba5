package org.sojourn.applicant.mainland.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sojourn.cases.api.Grant;
import org.sojourn.documents.spi.CertificateContent;
import org.sojourn.documents.spi.IssuedCase;

class MainlandPermitLayoutTest {

    private final MainlandPermitLayout layout = new MainlandPermitLayout();

    @Test
    void theSingleEntryPermitShowsEveryFieldAndItsOneEntryNote() {
        CertificateContent permit = layout.content(issued("SINGLE_ENTRY_STUDY_PERMIT", MainlandStudentTypeTest.complete()));
        String all = permit.lines().toString();
        assertEquals("中華民國臺灣地區入出境許可證", permit.titleZh());
        assertEquals("M800000011", permit.documentNumber());
        for (String expected : new String[] {"李小華 LI XIAOHUA", "就學入臺單次證 Single-entry study permit", "15 Mar 2004 (20040315)",
            "福建省", "T12345678", "陸生本人 Mainland student", "1 Sep 2026 (20260901)", "28 Feb 2027 (20270228)"}) {
            assertTrue(all.contains(expected), expected + " in " + all);
        }
        assertTrue(permit.notes().get(1).contains("good for one entry"));
        for (CertificateContent.Line line : permit.lines()) {
            assertFalse(line.value().isBlank() || line.value().contains("null"), line.labelEn() + ": " + line.value());
        }
    }

    @Test
    void aRelativesMultipleEntryPermitNamesTheStudent() {
        Map<String, String> spouse = MainlandStudentTypeTest.complete();
        spouse.put("relation", "SPOUSE");
        spouse.put("studentName", "王大明");
        CertificateContent permit = layout.content(issued("MULTIPLE_ENTRY_PERMIT", spouse));
        String all = permit.lines().toString();
        assertTrue(all.contains("多次入出境許可證 Multiple-entry permit") && all.contains("陸生配偶 Spouse of a mainland student（王大明）"), all);
        assertTrue(permit.notes().get(1).contains("any number of entries"));
    }

    private static IssuedCase issued(String kind, Map<String, String> form) {
        Grant grant = new Grant(600, kind, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 2, 28), "M800000011");
        return new IssuedCase("mainland", "115636000101", "151160007", grant, form, code -> code);
    }
}
