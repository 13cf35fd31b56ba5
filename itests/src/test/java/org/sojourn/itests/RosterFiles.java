package org.sojourn.itests;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Student lists (名冊) as schools fill them, for the importer's tests through the API and the pages. */
final class RosterFiles {

    private RosterFiles() {
    }

    /** A list as clerks fill it: an Excel date, YYYYMMDD as text and as a number, full-width characters, bare codes. */
    static byte[] list(Workbook workbook, String firstName) throws Exception {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Student_List");
            Row header = sheet.createRow(0);
            String[] headers = {"學生中文姓名", "英文姓名", "生日(YYYYMMDD)", "來臺就學學生類別", "國籍", "性別", "身分證號", "護照號碼", "申請資格",
                "學制", "就讀年級", "狀態"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Row first = row(sheet, 1, "陳美", firstName, null, "FG_外生", "518_賴索托", "1_女", "", " p1234567 ",
                    "外國與外僑學生進入臺灣地區就學", "學士", "1年級", "A_已錄取未註冊");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/mm/dd"));
            first.getCell(2).setCellValue(LocalDate.of(2004, 3, 15));
            first.getCell(2).setCellStyle(date);
            row(sheet, 2, "", "Sato  Hanako", "20030102", "ＦＯ", "日本", "0", "", "Ｐ７６５４３２１", "外國與外僑學生進入臺灣地區就學", "碩士", "2", "R");
            Row third = row(sheet, 4, "王小明", "Wang Xiaoming", null, "CN_陸生", "CN", "0_男", "", "C1234567",
                    "一般_大陸地區人民進入臺灣地區就學", "博士", "1年級", "A");
            third.getCell(2).setCellValue(20050607); // YYYYMMDD typed as a number
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
        }
        return row;
    }
}
