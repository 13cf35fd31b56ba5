package org.sojourn.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sojourn.roster.api.Nationality;
import org.sojourn.roster.api.RowProblem;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The student list importer (名冊匯入) on hostile files and cells: a file is read or refused as not
 * a spreadsheet (a 400), never failing inside the reader; a row is taken or every problem of it is
 * named by row and column. The seed inputs are a small .xlsx and .xls of the template's columns.
 */
class StudentListFuzzTest {

    private static final RowCheck CHECK = new RowCheck(new Lists(codes("CN", "陸生", "HK", "香港僑生", "FG", "外生", "FO", "外僑生"),
            codes("0", "男", "1", "女"),
            codes("一般", "大陸地區人民進入臺灣地區就學", "外國與外僑學生進入臺灣地區就學", ""),
            codes("博士", "", "碩士", "", "學士", ""),
            codes("A", "已錄取未註冊", "R", "已註冊"),
            List.of(new Nationality("LS", "518", "賴索托", "Lesotho"), new Nationality("JP", null, "日本", "Japan"))));

    @FuzzTest(maxDuration = "5m")
    void aFileIsReadOrRefusedAsNoSpreadsheet(byte[] upload) throws IOException {
        Path file = Files.createTempFile("fuzz-roster", ".upload");
        try {
            Files.write(file, upload);
            SheetReader.read(file, (row, cells) -> {
                assertEquals(Column.values().length, cells.size(), "every row has the template's columns");
                checkRow(row, cells);
                return true;
            });
        } catch (SheetReader.Unreadable refused) {
            assertNotNull(refused.reason);
        } finally {
            Files.delete(file);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void aRowIsTakenOrItsProblemsNamed(List<String> cells) {
        if (cells == null || cells.size() != Column.values().length || cells.contains(null)) {
            return; // the reader gives every row its twelve cells as text
        }
        checkRow(2, cells);
    }

    private static void checkRow(int row, List<String> cells) {
        List<RowProblem> problems = new ArrayList<>();
        RosterRow taken = CHECK.check(row, cells, problems);
        if (taken == null) {
            assertFalse(problems.isEmpty(), "a refused row says why");
            problems.forEach(problem -> {
                assertEquals(row, problem.row());
                assertNotNull(problem.messageZh());
                assertNotNull(problem.messageEn());
            });
        } else {
            assertEquals(List.of(), problems, "a taken row has no problems");
        }
    }

    private static CodeList codes(String... codesAndNames) {
        List<CodeList.Entry> entries = new ArrayList<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            entries.add(new CodeList.Entry(codesAndNames[i], codesAndNames[i + 1]));
        }
        return new CodeList(entries);
    }
}
