package org.sojourn.roster.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sojourn.roster.api.Nationality;
import org.sojourn.roster.api.Rosters;

/**
 * The list template (範例檔) as the seeds show it: the headers A-L with a note on each, and drop-down
 * lists on the coded columns filled from the same reference data the import checks against, kept on a
 * hidden sheet (a list as long as the nationalities does not fit in a validation formula).
 */
final class TemplateWorkbook {

    /** Rows the drop-down lists cover below the header. */
    static final int ROWS = 5_000;
    private static final String LISTS = "lists";

    private TemplateWorkbook() {
    }

    static byte[] write(Rosters.Format format, Lists reference) {
        try (Workbook workbook = format == Rosters.Format.XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Student_List");
            Sheet lists = workbook.createSheet(LISTS);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            header(workbook, sheet);
            Map<Column, List<String>> coded = new java.util.LinkedHashMap<>();
            coded.put(Column.D, reference.category().listed());
            coded.put(Column.E, reference.nationalities().stream().map(Nationality::listed).toList());
            coded.put(Column.F, reference.sex().listed());
            coded.put(Column.I, reference.qualification().listed());
            coded.put(Column.J, reference.programme().listed());
            coded.put(Column.K, List.of("1年級", "2年級", "3年級", "4年級", "5年級", "6年級", "7年級"));
            coded.put(Column.L, reference.status().listed());
            int listColumn = 0;
            for (Map.Entry<Column, List<String>> list : coded.entrySet()) {
                dropDown(workbook, sheet, lists, list.getKey(), list.getValue(), listColumn++);
            }
            // Dates and document numbers as text, so that 20040315 and a passport's leading zeros stay as typed.
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (Column column : List.of(Column.C, Column.G, Column.H)) {
                sheet.setDefaultColumnStyle(column.ordinal(), text);
            }
            for (Column column : Column.values()) {
                sheet.setColumnWidth(column.ordinal(), (column == Column.E || column == Column.I ? 34 : 18) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Workbook workbook, Sheet sheet) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (Column column : Column.values()) {
            var cell = row.createCell(column.ordinal());
            cell.setCellValue(column.headerZh);
            cell.setCellStyle(style);
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(column.ordinal());
            anchor.setCol2(column.ordinal() + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment note = drawing.createCellComment(anchor);
            note.setString(workbook.getCreationHelper().createRichTextString(column.headerEn + ": " + column.note));
            cell.setCellComment(note);
        }
    }

    private static void dropDown(Workbook workbook, Sheet sheet, Sheet lists, Column column, List<String> values, int listColumn) {
        for (int i = 0; i < values.size(); i++) {
            Row row = lists.getRow(i) != null ? lists.getRow(i) : lists.createRow(i);
            row.createCell(listColumn).setCellValue(values.get(i));
        }
        Name name = workbook.createName();
        name.setNameName("list_" + column.name());
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(listColumn);
        name.setRefersToFormula(LISTS + "!$" + letter + "$1:$" + letter + "$" + values.size());
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint("list_" + column.name()),
                new CellRangeAddressList(1, ROWS, column.ordinal(), column.ordinal()));
        // The programme list suggests; coded programmes (7 公立專科學校二年制副學士班) may be typed as well.
        validation.setShowErrorBox(column != Column.J);
        validation.createErrorBox("請由清單選擇", "請由下拉選單選擇 / choose from the list");
        sheet.addValidationData(validation);
    }
}
