package org.sojourn.roster.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.sojourn.cases.api.IdentifierKind;
import org.sojourn.cases.api.Identifiers;
import org.sojourn.roster.api.RowProblem;

/**
 * Checks one row of a list against the template's rules and reference data, and reads it as it is
 * meant: Excel dates and {@code YYYYMMDD} text, numbers stored as text, full-width characters, stray
 * spaces, {@code code_name} or bare codes.
 */
final class RowCheck {

    private static final Pattern ENGLISH_NAME = Pattern.compile("[A-Za-z][A-Za-z .,'-]{0,99}");
    private static final Pattern TAIWAN_ID = Pattern.compile("[A-Z][A-Z0-9]\\d{8}");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern PROGRAMME_CODE = Pattern.compile("\\d{1,3} ?\\S.{0,55}");
    private static final Pattern YEAR = Pattern.compile("([1-7])(年級)?");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.BASIC_ISO_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"));
    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");

    private final Lists lists;
    private final Map<String, String> nationalities;

    /** @param lists the reference lists the rows are checked against */
    RowCheck(Lists lists) {
        this.lists = lists;
        this.nationalities = lists.nationalityKeys();
    }

    /**
     * @param row      the row number as Excel shows it
     * @param cells    the cells A-L as text
     * @param problems where to add what is wrong
     * @return the row, or null when something is wrong
     */
    RosterRow check(int row, List<String> cells, List<RowProblem> problems) {
        int before = problems.size();
        String chineseName = CodeList.clean(cell(cells, Column.A));
        if (chineseName.length() > 50) {
            problems.add(problem(row, Column.A, chineseName, "TOO_LONG", "中文姓名至多 50 字。", "At most 50 characters."));
        }
        String englishName = CodeList.clean(cell(cells, Column.B));
        if (!ENGLISH_NAME.matcher(englishName).matches()) {
            problems.add(problem(row, Column.B, englishName, englishName.isEmpty() ? "REQUIRED" : "INVALID_NAME",
                    "英文姓名必填，僅限英文字母、空格及 . , ' -。", "Required: letters, spaces and . , ' - only."));
        }
        LocalDate birthDate = date(CodeList.clean(cell(cells, Column.C)));
        if (birthDate == null || !birthDate.isBefore(LocalDate.now(TAIWAN)) || birthDate.getYear() < 1900) {
            problems.add(problem(row, Column.C, cell(cells, Column.C), "INVALID_DATE", "生日應為過去的日期，格式 YYYYMMDD。",
                    "A past date, written YYYYMMDD."));
        }
        CodeList.Entry category = coded(row, cells, Column.D, lists.category(), "UNKNOWN_CATEGORY", problems);
        String nationalityText = CodeList.clean(cell(cells, Column.E));
        String nationality = nationalities.get(nationalityText.toUpperCase(java.util.Locale.ROOT));
        if (nationality == null) {
            problems.add(problem(row, Column.E, nationalityText, nationalityText.isEmpty() ? "REQUIRED" : "UNKNOWN_NATIONALITY",
                    "請由下拉選單選擇國籍。", "Choose a nationality from the list."));
        }
        CodeList.Entry sex = coded(row, cells, Column.F, lists.sex(), "UNKNOWN_SEX", problems);
        String nationalId = CodeList.upper(cell(cells, Column.G)).replace(" ", "");
        if (!nationalId.isEmpty() && !DOCUMENT_NUMBER.matcher(nationalId).matches()) {
            problems.add(problem(row, Column.G, nationalId, "INVALID_ID_NUMBER", "身分證號僅限英數字 5 至 20 碼。",
                    "5 to 20 letters and digits."));
        } else if (TAIWAN_ID.matcher(nationalId).matches() && !Identifiers.isValid(IdentifierKind.NATIONAL_ID, nationalId)
                && !Identifiers.isValid(IdentifierKind.RESIDENT_CERTIFICATE_NUMBER, nationalId)) {
            // Taiwan's shape (a letter and nine digits) carries a check digit: a typo is caught here, not at the counter.
            problems.add(problem(row, Column.G, nationalId, "INVALID_CHECK_DIGIT", "身分證號或統一證號檢查碼不符。",
                    "The check digit of this ID or resident certificate number does not match."));
        }
        String passport = CodeList.upper(cell(cells, Column.H)).replace(" ", "").replace("-", "");
        if (!DOCUMENT_NUMBER.matcher(passport).matches()) {
            problems.add(problem(row, Column.H, passport, passport.isEmpty() ? "REQUIRED" : "INVALID_PASSPORT_NUMBER",
                    "護照號碼必填，英數字 5 至 20 碼。", "Required: 5 to 20 letters and digits."));
        }
        CodeList.Entry qualification = coded(row, cells, Column.I, lists.qualification(), "UNKNOWN_QUALIFICATION", problems);
        if (category != null && qualification != null && category.code().equals("CN") != qualification.name().startsWith("大陸")) {
            problems.add(problem(row, Column.I, qualification.listed(), "QUALIFICATION_MISMATCH",
                    "陸生之申請資格應為大陸地區人民進入臺灣地區就學，其他類別應為外國與外僑學生。",
                    "Mainland students enter as people of the mainland area; the other categories as foreign students."));
        }
        String programme = CodeList.clean(cell(cells, Column.J));
        CodeList.Entry listed = lists.programme().find(programme);
        if (listed != null) {
            programme = listed.code();
        } else if (!PROGRAMME_CODE.matcher(programme).matches()) {
            problems.add(problem(row, Column.J, programme, programme.isEmpty() ? "REQUIRED" : "UNKNOWN_PROGRAMME",
                    "學制應為博士、碩士、學士或學制代碼（例：7 公立專科學校二年制副學士班）。",
                    "PhD (博士), master (碩士), bachelor (學士) or a programme code (e.g. 7 公立專科學校二年制副學士班)."));
        }
        var year = YEAR.matcher(CodeList.clean(cell(cells, Column.K)));
        if (!year.matches()) {
            problems.add(problem(row, Column.K, cell(cells, Column.K), "UNKNOWN_YEAR", "就讀年級應為 1年級 至 7年級。", "Year 1 to 7."));
        }
        CodeList.Entry status = coded(row, cells, Column.L, lists.status(), "UNKNOWN_STATUS", problems);
        if (problems.size() > before) {
            return null;
        }
        return new RosterRow(row, chineseName.isEmpty() ? null : chineseName, englishName, birthDate, category.code(), nationality,
                sex.code().equals("0") ? "M" : "F", nationalId.isEmpty() ? null : nationalId, passport, qualification.listed(),
                programme, Integer.parseInt(year.group(1)), status.code());
    }

    private static CodeList.Entry coded(int row, List<String> cells, Column column, CodeList list, String code, List<RowProblem> problems) {
        String text = cell(cells, column);
        CodeList.Entry entry = list.find(text);
        if (entry == null) {
            problems.add(problem(row, column, text, CodeList.clean(text).isEmpty() ? "REQUIRED" : code,
                    "請由下拉選單選擇：" + String.join("、", list.listed()) + "。", "Choose one of: " + String.join(", ", list.listed()) + "."));
        }
        return entry;
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisOne) {
                // the next pattern
            }
        }
        return null;
    }

    private static String cell(List<String> cells, Column column) {
        return column.ordinal() < cells.size() && cells.get(column.ordinal()) != null ? cells.get(column.ordinal()) : "";
    }

    static RowProblem problem(int row, Column column, String value, String code, String zh, String en) {
        String shown = value == null ? "" : value.length() > 100 ? value.substring(0, 100) : value;
        return new RowProblem(row, column.name(), shown, code, zh, en);
    }
}
