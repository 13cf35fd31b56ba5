package org.sojourn.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sojourn.roster.api.Nationality;
import org.sojourn.roster.api.RowProblem;

class RowCheckTest {

    /** The lists as Sojourn ships them (reference/*.csv of the cases bundle), two nationalities of them. */
    private static final CodeList CATEGORY = codes("CN", "陸生", "HK", "香港僑生", "MO", "澳門生", "FG", "外生", "FO", "外僑生");
    private static final CodeList QUALIFICATION = codes("一般", "大陸地區人民進入臺灣地區就學", "學術合作", "大陸地區人民進入臺灣地區就學",
            "外國與外僑學生進入臺灣地區就學", "");
    private final RowCheck check = new RowCheck(new Lists(CATEGORY,
            codes("0", "男", "1", "女"),
            QUALIFICATION,
            codes("博士", "", "碩士", "", "學士", ""),
            codes("A", "已錄取未註冊", "R", "已註冊"),
            List.of(new Nationality("LS", "518", "賴索托", "Lesotho"), new Nationality("JP", null, "日本", "Japan"))));

    private static CodeList codes(String... codesAndNames) {
        List<CodeList.Entry> entries = new ArrayList<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            entries.add(new CodeList.Entry(codesAndNames[i], codesAndNames[i + 1]));
        }
        return new CodeList(entries);
    }

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
        assertNull(QUALIFICATION.find("大陸地區人民進入臺灣地區就學"));
        assertEquals("學術合作", QUALIFICATION.find("學術合作_大陸地區人民進入臺灣地區就學").code());
        assertEquals("FG", CATEGORY.find("外生").code());
        assertNull(CATEGORY.find("FG_外僑生"), "a code with another entry's name is not that entry");
    }
}
