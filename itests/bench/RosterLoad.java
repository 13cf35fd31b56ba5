import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.postgresql.ds.PGSimpleDataSource;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.ReferenceData;
import org.sojourn.cases.api.ReferenceEntry;
import org.sojourn.cases.api.ReferenceList;
import org.sojourn.roster.api.ImportReport;
import org.sojourn.roster.api.Rosters;
import org.sojourn.roster.internal.JdbcRosters;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Role;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Roster benchmark driver (run by roster.sh, in a JVM capped at -Xmx64m): writes a 10,000-row .xlsx
 * list, reads it once with a bare POI streaming read (the floor), then runs Sojourn's import on it —
 * dry run and commit against PostgreSQL — and the template; prints wall times and each phase's peak heap.
 */
public final class RosterLoad {

    private static final int ROWS = 10_000;

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(args[0]);
        database.setUser("postgres");
        Rosters rosters = new JdbcRosters(new Limits(), database, new ShippedLists(Path.of(args[1])));
        Path list = Files.createTempFile("roster", ".xlsx");
        write(list, false);
        System.out.printf("list: %,d rows, %,d KB; heap limit %d MB%n", ROWS, Files.size(list) / 1024,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        Caller school = new Caller(1, "03734301", Role.SCHOOL_MAIN, "國立示範大學", "03734301");

        for (int round = 1; round <= 3; round++) {
            if (round == 3) {
                write(list, true);
            }
            long bare = measure("bare POI streaming read", () -> bareRead(list));
            long dry = measure("import, dry run", () -> check(rosters.importList(school, 115, 1, "Student_List.xlsx",
                    Files.newInputStream(list), false), false));
            String kind = round == 1 ? "insert" : round == 2 ? "update, nothing changed" : "update, every row changed";
            long commit = measure("import, commit (" + kind + ")", () -> check(rosters.importList(school, 115,
                    1, "Student_List.xlsx", Files.newInputStream(list), true), true));
            System.out.printf("round %d: dry run %.1f x the bare read, commit %.1f x%n", round, (double) dry / bare, (double) commit / bare);
        }
        measure("template .xlsx", () -> rosters.template(Rosters.Format.XLSX));
        measure("template .xls", () -> rosters.template(Rosters.Format.XLS));
        Files.delete(list);
    }

    private static void check(ImportReport report, boolean committed) {
        if (!report.problems().isEmpty() || report.committed() != committed || report.rows() != ROWS) {
            throw new IllegalStateException("unexpected report: " + report.rows() + " rows, problems " + report.problems().stream().limit(3).toList());
        }
    }

    /** @return the wall time in nanoseconds; prints it with the phase's peak heap */
    private static long measure(String what, Work work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        work.run();
        long nanos = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%-44s %8.0f ms   peak heap %5.1f MB%n", what, nanos / 1e6, peak / 1024.0 / 1024);
        return nanos;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static void bareRead(Path file) throws Exception {
        AtomicLong cells = new AtomicLong();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, new ReadOnlySharedStringsTable(pkg),
                    new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int row) {
                        }

                        @Override
                        public void endRow(int row) {
                        }

                        @Override
                        public void cell(String reference, String value, XSSFComment comment) {
                            cells.incrementAndGet();
                        }
                    }, new org.apache.poi.ss.usermodel.DataFormatter(), false));
            try (var sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            }
        }
        if (cells.get() < ROWS * 10L) {
            throw new IllegalStateException("read " + cells.get() + " cells");
        }
    }

    /** Writes the list; {@code promoted}, every student a year further and registered, so every row changes. */
    private static void write(Path file, boolean promoted) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Student_List");
            String[] header = {"學生中文姓名", "英文姓名", "生日(YYYYMMDD)", "來臺就學學生類別", "國籍", "性別", "身分證號", "護照號碼", "申請資格", "學制",
                "就讀年級", "狀態"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            String[] nationalities = {"1_阿富汗", "518_賴索托", "JP_日本", "KR_南韓", "VN_越南", "MY_馬來西亞"};
            for (int n = 1; n <= ROWS; n++) {
                Row row = sheet.createRow(n);
                String[] cells = {"學生" + n, "Student " + letters(n), LocalDate.of(1995, 1, 1).plusDays(n % 3000).toString().replace("-", ""),
                    n % 2 == 0 ? "FG_外生" : "FO_外僑生", nationalities[n % nationalities.length], n % 2 == 0 ? "0_男" : "1_女", "",
                    String.format("B%08d", n), "外國與外僑學生進入臺灣地區就學", n % 3 == 0 ? "碩士" : "學士", (1 + n % 4 + (promoted ? 1 : 0)) + "年級",
                    n % 5 == 0 || promoted ? "R_已註冊" : "A_已錄取未註冊"};
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** @return n written in letters (names carry no digits) */
    private static String letters(int n) {
        StringBuilder name = new StringBuilder();
        for (int rest = n; rest > 0; rest /= 26) {
            name.append((char) ('a' + rest % 26));
        }
        return "X" + name;
    }

    /** The defaults of etc/org.sojourn.roster.cfg. */
    /**
     * The reference lists as Sojourn ships them, read from the cases bundle's CSV files: the import
     * reads them once per run, as in the distribution (where they come from two small tables).
     */
    private static final class ShippedLists implements ReferenceData {
        private final Path directory;

        ShippedLists(Path directory) {
            this.directory = directory;
        }

        @Override
        public List<ReferenceEntry> entries(ReferenceList list) {
            try {
                return Files.readAllLines(directory.resolve(list.id() + ".csv")).stream()
                        .filter(line -> !line.startsWith("#") && !line.startsWith("code,") && !line.isBlank())
                        .map(line -> line.split(",", -1))
                        .map(p -> new ReferenceEntry(p[0], p[1], p[2], p[3].isEmpty() ? null : p[3], p[4].isEmpty() ? null : p[4]))
                        .toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public List<ReferenceEntry> replace(Actor administrator, ReferenceList list, List<ReferenceEntry> entries) {
            throw new UnsupportedOperationException("not in a benchmark");
        }
    }

    private static final class Limits implements JdbcRosters.Config {
        @Override
        public int maxRows() {
            return 10_000;
        }

        @Override
        public int maxMegabytes() {
            return 10;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return JdbcRosters.Config.class;
        }
    }
}
