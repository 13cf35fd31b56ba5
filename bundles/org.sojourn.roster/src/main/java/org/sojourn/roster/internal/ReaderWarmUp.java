package org.sojourn.roster.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a one-row .xlsx list once, in the background, when the importer starts: the first
 * import after a start loaded POI's and XMLBeans' classes and took over a second (the semester
 * peak's first dry runs), the next ones tens of milliseconds.
 */
final class ReaderWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderWarmUp.class);

    private ReaderWarmUp() {
    }

    static void start() {
        Thread thread = new Thread(ReaderWarmUp::readOne, "sojourn-roster-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** An .xlsx only: its reader is the slow one to load (XMLBeans' schemas); a made-up .xls makes POI warn. */
    private static void readOne() {
        try {
            Path file = Files.createTempFile("sojourn-roster-warm-up", ".xlsx");
            try {
                try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                    Row row = workbook.createSheet("Student_List").createRow(0);
                    for (Column column : Column.values()) {
                        row.createCell(column.ordinal()).setCellValue(column.name());
                    }
                    workbook.write(out);
                }
                SheetReader.read(file, (number, cells) -> true);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | SheetReader.Unreadable | RuntimeException | LinkageError e) {
            // Only the first import's speed depends on it; a bundle stopped meanwhile lands here too.
            LOG.debug("Warming up the list reader failed", e);
        }
    }
}
