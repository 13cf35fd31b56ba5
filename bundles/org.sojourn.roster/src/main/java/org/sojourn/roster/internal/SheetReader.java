package org.sojourn.roster.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx (streamed: SAX over the sheet's XML, so memory stays flat however
 * long the list) or an .xls, handing over each row's cells A-L as text. Date cells become ISO dates
 * whatever their display format; other numbers as Excel shows them in "General" (no exponent for
 * whole numbers such as 20040315).
 */
final class SheetReader {

    /** Receives rows in order. */
    @FunctionalInterface
    interface Rows {
        /**
         * @param row   the row number as Excel shows it
         * @param cells the cells A-L as text, empty where blank
         * @return false to stop reading
         */
        boolean row(int row, List<String> cells);
    }

    /** Why a file cannot be read. */
    enum Reason {
        /** Not an .xls or .xlsx, or a broken one. */
        NOT_A_SPREADSHEET,
        /** Encrypted with a password: Sojourn cannot and should not open it. */
        PASSWORD_PROTECTED,
        /** Expands far beyond its size (POI's zip safety limits): a zip bomb, or a file built to look like one. */
        ZIP_BOMB
    }

    /** What is not a spreadsheet this reader reads. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        final Reason reason;

        Unreadable(Reason reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }
    }

    private static final int COLUMNS = Column.values().length;

    private SheetReader() {
    }

    /**
     * @param file the upload
     * @param rows receives the rows
     * @throws Unreadable  when it is not a spreadsheet this reader reads, with the reason
     * @throws IOException when the temporary file cannot be read
     */
    static void read(Path file, Rows rows) throws Unreadable, IOException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
        } catch (EmptyFileException e) {
            // An empty upload (found by fuzzing: it used to escape as a 500).
            throw new Unreadable(Reason.NOT_A_SPREADSHEET, "empty", e);
        }
        try {
            switch (magic) {
                case OOXML -> readXlsx(file, rows);
                case OLE2 -> readXls(file, rows);
                default -> throw new Unreadable(Reason.NOT_A_SPREADSHEET, "not an Excel file: " + magic, null);
            }
        } catch (EncryptedDocumentException e) {
            throw new Unreadable(Reason.PASSWORD_PROTECTED, "encrypted", e);
        } catch (NoClassDefFoundError e) {
            // A zip entry compressed by a method Excel never writes (zstd, xz…) sends the zip reader looking for
            // an optional codec that is not installed (found by fuzzing: it escaped as a 500).
            throw new Unreadable(Reason.NOT_A_SPREADSHEET, "unsupported compression", e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException | RuntimeException e) {
            // POI reports its zip safety limits as an IOException, also wrapped, naming the bomb in its message.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (String.valueOf(cause.getMessage()).contains("Zip bomb detected")) {
                    throw new Unreadable(Reason.ZIP_BOMB, "zip bomb", e);
                }
            }
            throw new Unreadable(Reason.NOT_A_SPREADSHEET, e.getClass().getSimpleName(), e);
        }
    }

    private static void readXlsx(Path file, Rows rows)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException, Unreadable {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            // A Word or PowerPoint file is an OOXML package too: only a workbook is read as one.
            String type = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).stream().findFirst()
                    .map(PackagePart::getContentType).orElse("");
            if (!type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml")
                    && !type.startsWith("application/vnd.ms-excel")) {
                throw new Unreadable(Reason.NOT_A_SPREADSHEET, "an OOXML package that is not a workbook: " + type, null);
            }
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(rows), new IsoDates(), false));
                try {
                    parser.parse(new InputSource(sheet));
                } catch (Stop enough) {
                    // the receiver has read enough
                } catch (SAXException e) {
                    if (!(e.getException() instanceof Stop)) {
                        throw e;
                    }
                }
            }
        }
    }

    private static void readXls(Path file, Rows rows) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            // An encrypted .xlsx is an OLE2 file holding the encrypted package.
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                throw new EncryptedDocumentException("an encrypted OOXML package");
            }
            readXls(fs, rows);
        }
    }

    private static void readXls(POIFSFileSystem fs, Rows rows) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            if (workbook.getNumberOfSheets() == 0) {
                return;
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new IsoDates();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < COLUMNS; column++) {
                    cells.add(text(row.getCell(column), formatter));
                }
                if (!rows.row(row.getRowNum() + 1, cells)) {
                    return;
                }
            }
        }
    }

    /**
     * A cell as text; a formula counts by the value Excel last computed for it (never evaluated
     * here), as the streamed .xlsx reader takes it, and is empty when it was never computed.
     */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** Collects a row's cells from the SAX handler's callbacks. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private List<String> cells;

        Collector(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>(java.util.Collections.nCopies(COLUMNS, ""));
        }

        @Override
        public void endRow(int rowNum) {
            if (!rows.row(rowNum + 1, cells)) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column < COLUMNS) {
                cells.set(column, value == null ? "" : value);
            }
        }
    }

    /** Ends parsing early without an error. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Formats date cells as ISO dates, whatever the spreadsheet's display format. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing);
                return time.toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
