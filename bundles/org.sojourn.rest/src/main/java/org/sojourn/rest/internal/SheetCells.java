package org.sojourn.rest.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Cells as Sojourn's workbooks write them: bilingual bold headings, amounts as numbers with
 * thousands separators, times as real date cells in Taiwan time, so people can sum, filter and
 * sort in Excel.
 */
final class SheetCells {

    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");

    private SheetCells() {
    }

    static void title(Sheet sheet, String title, Styles styles) {
        text(sheet.createRow(0), 0, title).setCellStyle(styles.title);
    }

    static void header(Sheet sheet, int rowNumber, List<String> headings, Styles styles) {
        Row row = sheet.createRow(rowNumber);
        for (int column = 0; column < headings.size(); column++) {
            text(row, column, headings.get(column)).setCellStyle(styles.header);
        }
    }

    static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    static void time(Row row, int column, Instant value, Styles styles) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.atZone(TAIWAN).toLocalDateTime());
            cell.setCellStyle(styles.time);
        }
    }

    /** Fixed widths: autoSizeColumn needs the fonts of a desktop, which a server does not have. */
    static void widths(Sheet sheet, int columns) {
        for (int column = 0; column < columns; column++) {
            sheet.setColumnWidth(column, 24 * 256);
        }
    }

    /** The few cell styles of the workbook; a workbook holds at most 64,000, so they are made once. */
    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle bold;
        final CellStyle number;
        final CellStyle boldNumber;
        final CellStyle time;

        Styles(Workbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            short thousands = workbook.createDataFormat().getFormat("#,##0");
            number = workbook.createCellStyle();
            number.setDataFormat(thousands);
            boldNumber = workbook.createCellStyle();
            boldNumber.setDataFormat(thousands);
            boldNumber.setFont(boldFont);
            boldNumber.setBorderTop(BorderStyle.THIN);
            time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        }
    }
}
