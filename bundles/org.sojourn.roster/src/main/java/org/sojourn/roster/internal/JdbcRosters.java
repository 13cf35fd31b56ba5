package org.sojourn.roster.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.ReferenceData;
import org.sojourn.roster.api.ImportReport;
import org.sojourn.roster.api.Nationality;
import org.sojourn.roster.api.Rosters;
import org.sojourn.roster.api.RowProblem;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Role;

/**
 * Schools' lists in table {@code roster_student}, keyed by school, academic year and passport number
 * so that importing again updates instead of duplicating; the coded columns checked against the
 * reference lists ({@link ReferenceData}). An upload is copied to a temporary file and read from
 * there, so an .xlsx is streamed rather than held in memory.
 */
@Component(configurationPid = "org.sojourn.roster")
@Designate(ocd = JdbcRosters.Config.class)
public final class JdbcRosters implements Rosters {

    /** Import limits ({@code etc/org.sojourn.roster.cfg}, optional). */
    @ObjectClassDefinition(name = "Sojourn student lists", description = "Limits of a list import")
    public @interface Config {
        /** @return the most data rows one file may hold */
        @AttributeDefinition(description = "Most data rows in one file (1-100000)")
        int maxRows() default 10_000;

        /** @return the largest file accepted */
        @AttributeDefinition(description = "Largest file in megabytes (1-100)")
        int maxMegabytes() default 10;
    }

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRosters.class);
    private static final Set<Role> SCHOOLS = Set.of(Role.SCHOOL_MAIN, Role.SCHOOL_SUB);
    /** The most problems one import reports; a list wrong in every cell would otherwise answer megabytes. */
    private static final int MAX_PROBLEMS = 1_000;
    /** Rows one multi-row update carries: 13 parameters each, well under PostgreSQL's 32,767 a statement. */
    private static final int UPDATES_PER_STATEMENT = 1_000;
    private static final String COLUMNS = "chinese_name, english_name, english_name_key, birth_date, category, nationality, sex,"
            + " national_id, qualification, programme, study_year, status, semester, updated_at";

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();
    private final ReferenceData reference;

    private final int maxRows;
    private final long maxBytes;

    /**
     * @param config     the limits
     * @param dataSource Sojourn's migrated data source
     * @param reference  the reference lists the template offers and the import checks against
     */
    @Activate
    public JdbcRosters(Config config, @Reference(target = "(osgi.jndi.service.name=sojourn)") DataSource dataSource,
            @Reference ReferenceData reference) {
        if (config.maxRows() < 1 || config.maxRows() > 100_000 || config.maxMegabytes() < 1 || config.maxMegabytes() > 100) {
            throw new IllegalArgumentException("etc/org.sojourn.roster.cfg: maxRows 1-100000, maxMegabytes 1-100");
        }
        this.dataSource = dataSource;
        this.reference = reference;
        this.maxRows = config.maxRows();
        this.maxBytes = config.maxMegabytes() * 1024L * 1024;
        ReaderWarmUp.start();
    }

    @Override
    public byte[] template(Format format) {
        return TemplateWorkbook.write(format, Lists.of(reference));
    }

    @Override
    public List<Nationality> nationalities() {
        return Lists.of(reference).nationalities();
    }

    @Override
    public ImportReport importList(Caller school, int academicYear, int semester, String fileName, InputStream content, boolean commit) {
        if (!SCHOOLS.contains(school.role()) || school.schoolNumber() == null) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有執行此操作的權限。", "You may not do this.");
        }
        List<FieldProblem> request = new ArrayList<>();
        if (academicYear < 100 || academicYear > 200) {
            request.add(new FieldProblem("academicYear", "INVALID_ACADEMIC_YEAR", "請選擇學年度（民國，例 115）。",
                    "Choose the academic year (ROC, e.g. 115)."));
        }
        if (semester != 1 && semester != 2) {
            request.add(new FieldProblem("semester", "INVALID_SEMESTER", "請選擇學期（1 或 2）。", "Choose the semester (1 or 2)."));
        }
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".xls")) {
            request.add(new FieldProblem("file", "NOT_A_SPREADSHEET", "請上傳 .xls 或 .xlsx 檔案。", "Upload an .xls or .xlsx file."));
        }
        if (!request.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "資料有誤，請修正標示的欄位。",
                    "The request has errors; correct the fields marked.", request);
        }
        List<RosterRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        read(content, rows, problems);
        Instant now = clock.instant();
        int[] counts = inTransaction(connection -> {
            Set<String> known = known(connection, school.schoolNumber(), academicYear);
            int inserted = (int) rows.stream().filter(row -> !known.contains(row.passportNumber())).count();
            if (commit && problems.isEmpty()) {
                write(connection, school.schoolNumber(), academicYear, semester, rows, known, now);
            }
            return new int[] {inserted, rows.size() - inserted};
        });
        if (commit && !problems.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "ROSTER_INVALID", name + ": 失敗，有 " + problems.size()
                    + " 個問題，未匯入任何資料。", name + ": failed with " + problems.size() + " problems; nothing was imported.",
                    problems.stream().limit(500).map(p -> new FieldProblem("rows[" + p.row() + "]." + p.column(), p.code(),
                            "第 " + p.row() + " 列 " + p.column() + " 欄「" + p.value() + "」：" + p.messageZh(),
                            "Row " + p.row() + ", column " + p.column() + " (\"" + p.value() + "\"): " + p.messageEn())).toList());
        }
        boolean committed = commit && problems.isEmpty();
        Set<Integer> accepted = new HashSet<>();
        rows.forEach(row -> accepted.add(row.row()));
        int total = rows.size() + (int) problems.stream().map(RowProblem::row).filter(row -> !accepted.contains(row)).distinct().count();
        String zh = problems.isEmpty() ? name + ": 成功, " + (committed ? "匯入資料" : "可匯入資料") + ": " + rows.size() + "筆"
                : name + ": 有 " + problems.size() + " 個問題, 請修正後重新匯入";
        String en = problems.isEmpty() ? name + ": " + (committed ? "imported " : "ready to import ") + rows.size() + " rows"
                : name + ": " + problems.size() + " problems; correct them and import again";
        if (committed) {
            LOG.info("Roster imported: school {} year {}/{}: {} new, {} updated", school.schoolNumber(), academicYear, semester,
                    counts[0], counts[1]);
        }
        return new ImportReport(name, committed, total, counts[0], counts[1], List.copyOf(problems), zh, en);
    }

    /** Reads the upload from a temporary file, checking each data row; the header row, if any, is skipped. */
    private void read(InputStream content, List<RosterRow> rows, List<RowProblem> problems) {
        RowCheck check = new RowCheck(Lists.of(reference));
        Set<String> passports = new HashSet<>();
        Path file = null;
        try {
            file = Files.createTempFile("sojourn-roster", ".upload");
            try (var out = Files.newOutputStream(file)) {
                if (copy(content, out) > maxBytes) {
                    throw new DomainException(ErrorKind.INVALID_INPUT, "FILE_TOO_LARGE", "檔案不得超過 " + maxBytes / 1024 / 1024 + " MB。",
                            "At most " + maxBytes / 1024 / 1024 + " MB.");
                }
            }
            int[] dataRows = {0};
            boolean[] capped = {false};
            SheetReader.read(file, (row, cells) -> {
                if (cells.stream().allMatch(cell -> CodeList.clean(cell).isEmpty())) {
                    return true;
                }
                if (row == 1 && HeaderRow.isHeader(cells)) {
                    int before = problems.size();
                    HeaderRow.check(cells, problems);
                    return problems.size() == before; // misplaced columns would make every row below wrong
                }
                if (++dataRows[0] > maxRows) {
                    problems.add(RowCheck.problem(row, Column.A, "", "TOO_MANY_ROWS", "一次至多匯入 " + maxRows + " 筆。",
                            "At most " + maxRows + " rows at a time."));
                    return false;
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    // Enough to correct for now: rows are only counted on, so the report stays small and a
                    // list over the row limit is still told so.
                    if (!capped[0]) {
                        capped[0] = true;
                        problems.add(RowCheck.problem(row, Column.A, "", "TOO_MANY_PROBLEMS", "問題已逾 " + MAX_PROBLEMS
                                + " 個，自此列起不再檢查；請先修正以上問題。", "Over " + MAX_PROBLEMS
                                + " problems; rows from here on were not checked. Correct these first."));
                    }
                    return true;
                }
                RosterRow checked = check.check(row, cells, problems);
                if (checked != null) {
                    if (passports.add(checked.passportNumber())) {
                        rows.add(checked);
                    } else {
                        problems.add(RowCheck.problem(row, Column.H, checked.passportNumber(), "DUPLICATE_PASSPORT",
                                "同一檔案中護照號碼重複。", "This passport number is in the file twice."));
                    }
                }
                return true;
            });
        } catch (SheetReader.Unreadable e) {
            throw switch (e.reason) {
                case PASSWORD_PROTECTED -> new DomainException(ErrorKind.INVALID_INPUT, "PASSWORD_PROTECTED",
                        "此檔案有密碼保護，請移除密碼後再匯入。", "This file is protected by a password; remove it and import again.");
                case ZIP_BOMB -> new DomainException(ErrorKind.INVALID_INPUT, "SPREADSHEET_TOO_EXPANDED",
                        "此檔案解壓縮後過大，疑似惡意檔案，請使用範例檔重新存檔。",
                        "This file expands far beyond its size, as a zip bomb does; save the list in the template again.");
                case NOT_A_SPREADSHEET -> new DomainException(ErrorKind.INVALID_INPUT, "UNREADABLE_SPREADSHEET",
                        "無法讀取此檔案，請使用範例檔（.xls 或 .xlsx）。", "This file cannot be read; use the template (.xls or .xlsx).");
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Could not delete a temporary upload", e);
                }
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(RowCheck.problem(2, Column.A, "", "NO_ROWS", "檔案中沒有學生資料。", "The file holds no students."));
        }
    }

    /** Copies the upload, but stops one buffer past the limit: a client sending gigabytes is refused without reading them. */
    private long copy(InputStream in, java.io.OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > maxBytes) {
                return total;
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static Set<String> known(Connection connection, String school, int academicYear) throws SQLException {
        Set<String> known = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select passport_number from roster_student where school_number = ? and academic_year = ? for update")) {
            query.setString(1, school);
            query.setInt(2, academicYear);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    known.add(row.getString(1));
                }
            }
        }
        return known;
    }

    private static void write(Connection connection, String school, int academicYear, int semester, List<RosterRow> rows,
            Set<String> known, Instant now) throws SQLException {
        List<RosterRow> updates = rows.stream().filter(row -> known.contains(row.passportNumber())).toList();
        boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        try (PreparedStatement insert = connection.prepareStatement("insert into roster_student (" + COLUMNS
                + ", school_number, academic_year, passport_number, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement("update roster_student set chinese_name = ?, english_name = ?,"
                        + " english_name_key = ?, birth_date = ?, category = ?, nationality = ?, sex = ?, national_id = ?,"
                        + " qualification = ?, programme = ?, study_year = ?, status = ?, semester = ?, updated_at = ?"
                        + " where school_number = ? and academic_year = ? and passport_number = ?")) {
            for (RosterRow row : rows) {
                boolean there = known.contains(row.passportNumber());
                if (there && postgres) {
                    continue; // below, a thousand to a statement
                }
                PreparedStatement statement = there ? update : insert;
                int i = values(statement, 0, row);
                statement.setInt(++i, semester);
                statement.setTimestamp(++i, Timestamp.from(now));
                statement.setString(++i, school);
                statement.setInt(++i, academicYear);
                statement.setString(++i, row.passportNumber());
                if (statement == insert) {
                    statement.setTimestamp(++i, Timestamp.from(now));
                }
                statement.addBatch();
            }
            insert.executeBatch();
            update.executeBatch();
        }
        if (postgres) {
            for (int from = 0; from < updates.size(); from += UPDATES_PER_STATEMENT) {
                updateMany(connection, school, academicYear, semester, updates.subList(from,
                        Math.min(updates.size(), from + UPDATES_PER_STATEMENT)), now);
            }
        }
    }

    /**
     * Updates many rows in one statement ({@code update … from (values …)}, PostgreSQL's): a list
     * imported again is mostly rows that are there, and one statement per row cost more than
     * reading the file. Rows whose values are unchanged are left as they are.
     */
    private static void updateMany(Connection connection, String school, int academicYear, int semester, List<RosterRow> rows,
            Instant now) throws SQLException {
        String tuple = "(?, ?, ?, ?, cast(? as date), ?, ?, ?, ?, ?, ?, cast(? as integer), ?)";
        String sql = "update roster_student t set chinese_name = s.chinese_name, english_name = s.english_name,"
                + " english_name_key = s.english_name_key, birth_date = s.birth_date, category = s.category,"
                + " nationality = s.nationality, sex = s.sex, national_id = s.national_id, qualification = s.qualification,"
                + " programme = s.programme, study_year = s.study_year, status = s.status, semester = ?, updated_at = ?"
                + " from (values " + String.join(", ", java.util.Collections.nCopies(rows.size(), tuple)) + ") as s (passport_number,"
                + " chinese_name, english_name, english_name_key, birth_date, category, nationality, sex, national_id, qualification,"
                + " programme, study_year, status)"
                + " where t.school_number = ? and t.academic_year = ? and t.passport_number = s.passport_number"
                // A row the list did not change is not rewritten: importing the same list again writes nothing.
                + " and (t.chinese_name, t.english_name, t.birth_date, t.category, t.nationality, t.sex, t.national_id,"
                + " t.qualification, t.programme, t.study_year, t.status, t.semester) is distinct from (s.chinese_name, s.english_name,"
                + " s.birth_date, s.category, s.nationality, s.sex, s.national_id, s.qualification, s.programme, s.study_year, s.status,"
                + " cast(? as integer))";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 0;
            statement.setInt(++i, semester);
            statement.setTimestamp(++i, Timestamp.from(now));
            for (RosterRow row : rows) {
                statement.setString(++i, row.passportNumber());
                i = values(statement, i, row);
            }
            statement.setString(++i, school);
            statement.setInt(++i, academicYear);
            statement.setInt(++i, semester);
            statement.executeUpdate();
        }
    }

    /** Sets a row's twelve values from parameter {@code i + 1} on; @return the last parameter set. */
    private static int values(PreparedStatement statement, int i, RosterRow row) throws SQLException {
        statement.setString(++i, row.chineseName());
        statement.setString(++i, row.englishName());
        statement.setString(++i, row.englishNameKey());
        statement.setDate(++i, Date.valueOf(row.birthDate()));
        statement.setString(++i, row.category());
        statement.setString(++i, row.nationality());
        statement.setString(++i, row.sex());
        statement.setString(++i, row.nationalId());
        statement.setString(++i, row.qualification());
        statement.setString(++i, row.programme());
        statement.setInt(++i, row.studyYear());
        statement.setString(++i, row.status());
        return i;
    }

    /** Work on one connection. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            LOG.warn("Roster data unavailable (SQLState {})", e.getSQLState());
            throw new DomainException(ErrorKind.UNAVAILABLE, "ROSTER_UNAVAILABLE", "名冊服務暫時無法使用，請稍後再試。",
                    "The student lists are unavailable right now; try again later.");
        }
    }
}
