package org.sojourn.rest.internal;

import static org.sojourn.rest.internal.SheetCells.header;
import static org.sojourn.rest.internal.SheetCells.title;
import static org.sojourn.rest.internal.SheetCells.widths;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sojourn.rest.internal.SheetCells.Styles;

/**
 * A list exported to .xlsx as it is read (progress results, review queues), for people who work
 * on in a spreadsheet. SXSSF keeps a window of rows in memory and the rest in a temporary file, so
 * a long list costs no more heap than a short one. The whole file is made before the answer
 * starts: a failure halfway is a problem+json error, never a truncated download.
 */
final class ExportWorkbook implements AutoCloseable {

    /** The most rows one export holds; a query matching more is refused ({@code EXPORT_TOO_LARGE}). */
    static final int LIMIT = 50_000;

    private static final int ROWS_IN_MEMORY = 100;
    private static final int FIRST_ROW = 3;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Sheet sheet;
    private final Styles styles;
    private final String fileName;
    private int next = FIRST_ROW;

    /**
     * @param name     the file's name without the time stamp and extension, e.g. {@code progress}
     * @param title    the title in the first row
     * @param headings the column headings, bilingual
     */
    ExportWorkbook(String name, String title, List<String> headings) {
        workbook.setCompressTempFiles(true);
        this.styles = new Styles(workbook);
        this.sheet = workbook.createSheet(name);
        title(sheet, title, styles);
        header(sheet, FIRST_ROW - 1, headings, styles);
        sheet.createFreezePane(0, FIRST_ROW);
        widths(sheet, headings.size());
        this.fileName = name + "-" + STAMP.format(ZonedDateTime.now(ZoneId.of("Asia/Taipei"))) + ".xlsx";
    }

    /** @return a new row after the last */
    Row row() {
        return sheet.createRow(next++);
    }

    /** @return the workbook's shared cell styles */
    Styles styles() {
        return styles;
    }

    /** @return 200 with the workbook as a download; the temporary file goes once it is written */
    Response download() {
        StreamingOutput body = out -> {
            try {
                workbook.write(out);
            } finally {
                close();
            }
        };
        return Response.ok(body, ReconciliationWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** Removes the temporary file; for the paths that never download. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (java.io.IOException ignored) {
            // Closing only lets go of the workbook in memory; what matters, the temporary file, goes below.
        } finally {
            workbook.dispose();
        }
    }
}
