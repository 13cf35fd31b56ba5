package org.sojourn.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sojourn.roster.api.RowProblem;

class RowCheckTest {

    private final RowCheck check = new RowCheck(Map.of("LS", "LS", "518", "LS", "518_賴索托", "LS", "日本", "JP", "JP", "JP"));

    private static List<String> row(String birth, String category, String nationality, String id, String passport, String qualification,
            String programme, String year, String status) {
        return List.of("", "Ana  Silva", birth, category, nationality, "1_女", id, passport, qualification, programme, year, status);
    }

    @Test
    void readsWhatSpreadsheetsReallyHold() {
        List<RowProblem> problems = new ArrayList<>();
        RosterRow read = check.check(2, row("2004/3/15", "ｆｏ", "518", "", " ｐ1234567 ", "外國與外僑學生進入臺灣地區就學", "7 公立專科學校二年制副學士班",
                "３年級", "r"), problems);
        assertEquals(List.of(), problems);
        assertNotNull(read);
        assertEquals(LocalDate.of(2004, 3, 15), read.birthDate());
        assertEquals("FO", read.category());
        assertEquals("LS", read.nationality());
        assertEquals("P1234567", read.passportNumber());
        assertEquals(3, read.studyYear());
        assertEquals("R", read.status());
        assertEquals("Ana Silva", read.englishName());
        assertEquals("ANASILVA", read.englishNameKey());
    }

    @Test
    void aTaiwanShapedIdMustCarryItsCheckDigit() {
        List<RowProblem> problems = new ArrayList<>();
        assertNotNull(check.check(2, row("20040315", "FG", "JP", "A123456789", "P1234567", "外國與外僑學生進入臺灣地區就學", "學士", "1", "A"),
                problems));
        assertNull(check.check(3, row("20040315", "FG", "JP", "A123456788", "P7654321", "外國與外僑學生進入臺灣地區就學", "學士", "1", "A"),
                problems));
        assertEquals(List.of("INVALID_CHECK_DIGIT"), problems.stream().map(RowProblem::code).toList());
        assertEquals("G", problems.get(0).column());
    }

    @Test
    void aNameSharedByTwoEntriesIsNotGuessed() {
        assertNull(CodeList.QUALIFICATION.find("大陸地區人民進入臺灣地區就學"));
        assertEquals("學術合作", CodeList.QUALIFICATION.find("學術合作_大陸地區人民進入臺灣地區就學").code());
        assertEquals("FG", CodeList.CATEGORY.find("外生").code());
        assertNull(CodeList.CATEGORY.find("FG_外僑生"), "a code with another entry's name is not that entry");
    }
}
