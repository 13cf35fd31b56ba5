package org.sojourn.cases.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sojourn.applicant.spi.FormField;
import org.sojourn.cases.api.Contacts;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.IdentifierKind;
import org.sojourn.cases.api.Identifiers;
import org.sojourn.cases.api.TaiwanAddress;

/**
 * The checks every form value gets from its field's kind before an applicant type sees it, and
 * the normal form it is stored in: NFKC, stripped, dates as {@code YYYY-MM-DD}, identifiers upper case.
 */
final class FormRules {

    /**
     * The values of an update: normalised changes and what is wrong with them.
     *
     * @param values   the normalised values; an empty string clears the field
     * @param problems the values refused, per field
     */
    record Checked(Map<String, String> values, List<FieldProblem> problems) {
    }

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{6,15}(#\\d{1,6})?");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private FormRules() {
    }

    /**
     * @param input  the values sent, by field name
     * @param fields the type's form
     * @param today  today in Taiwan
     * @return the normalised values and the problems
     */
    static Checked check(Map<String, String> input, List<FormField> fields, LocalDate today) {
        Map<String, FormField> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        Map<String, String> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        input.forEach((name, raw) -> {
            FormField field = byName.get(name);
            if (field == null) {
                problems.add(new FieldProblem(String.valueOf(name), "UNKNOWN_FIELD", "此身分別的申請書沒有這個欄位。",
                        "The form of this applicant type has no such field."));
                return;
            }
            String value = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
            if (value.isEmpty()) {
                values.put(name, "");
                return;
            }
            if (value.length() > field.maxLength()) {
                problems.add(problem(name, "TOO_LONG", "此欄位不得超過 " + field.maxLength() + " 字。",
                        "At most " + field.maxLength() + " characters."));
                return;
            }
            String normal = normalise(field, value, today, problems);
            if (normal != null) {
                values.put(name, normal);
            }
        });
        return new Checked(values, problems);
    }

    /** @return the value in its stored form, or null after adding the problem with it */
    private static String normalise(FormField field, String value, LocalDate today, List<FieldProblem> problems) {
        String name = field.name();
        switch (field.kind()) {
            case TEXT -> {
                if (CONTROL.matcher(value).find()) {
                    return fail(problems, name, "CONTROL_CHARACTERS", "此欄位含有無效的控制字元。", "Contains control characters.");
                }
                return value;
            }
            case DATE, PAST_DATE, FUTURE_DATE -> {
                LocalDate day = date(value);
                if (day == null) {
                    return fail(problems, name, "INVALID_DATE", "日期格式應為 YYYY/MM/DD。", "Dates are written YYYY-MM-DD.");
                }
                if (field.kind() == org.sojourn.applicant.spi.FieldKind.PAST_DATE && day.isAfter(today)) {
                    return fail(problems, name, "DATE_IN_FUTURE", "日期不得晚於今天。", "The date cannot be after today.");
                }
                if (field.kind() == org.sojourn.applicant.spi.FieldKind.FUTURE_DATE && !day.isAfter(today)) {
                    return fail(problems, name, "DATE_NOT_IN_FUTURE", "日期必須晚於今天（例如護照須在效期內）。",
                            "The date must be after today (a passport must not have expired).");
                }
                return day.toString();
            }
            case CHOICE -> {
                if (field.choices().stream().noneMatch(choice -> choice.value().equals(value))) {
                    return fail(problems, name, "NOT_A_CHOICE", "請從選單中選擇。", "Choose one of the options.");
                }
                return value;
            }
            case BOOLEAN -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    return fail(problems, name, "NOT_A_BOOLEAN", "此欄位應為 true 或 false。", "Either true or false.");
                }
                return lower;
            }
            case EMAIL -> {
                List<FieldProblem> found = Contacts.emailProblems(name, value);
                problems.addAll(found);
                return found.isEmpty() ? value : null;
            }
            case PHONE -> {
                String digits = Contacts.phone(value);
                if (!PHONE.matcher(digits).matches()) {
                    return fail(problems, name, "INVALID_PHONE", "電話號碼格式錯誤。", "Not a phone number.");
                }
                return digits;
            }
            case PASSPORT_NUMBER -> {
                String upper = Identifiers.normalize(value);
                if (!PASSPORT.matcher(upper).matches()) {
                    return fail(problems, name, "INVALID_PASSPORT_NUMBER", "護照號碼應為 5 至 20 個英文字母或數字。",
                            "A passport number has 5 to 20 letters and digits.");
                }
                return upper;
            }
            case RESIDENT_CERTIFICATE_NUMBER -> {
                if (!Identifiers.isValid(IdentifierKind.RESIDENT_CERTIFICATE_NUMBER, value)) {
                    return fail(problems, name, IdentifierKind.RESIDENT_CERTIFICATE_NUMBER.errorCode(),
                            "統一證號格式或檢查碼錯誤。", "Not a valid resident certificate number (format or check digit).");
                }
                return Identifiers.normalize(value);
            }
            case COUNTRY -> {
                String code = value.toUpperCase(Locale.ROOT);
                if (!COUNTRIES.contains(code)) {
                    return fail(problems, name, "UNKNOWN_COUNTRY", "請選擇國家。", "Choose a country (ISO 3166 code).");
                }
                return code;
            }
            case TAIWAN_COUNTY -> {
                String county = value.replace('台', '臺');
                if (!TaiwanAddress.COUNTIES.contains(county)) {
                    return fail(problems, name, "UNKNOWN_COUNTY", "請選擇縣市。", "Choose a county or city.");
                }
                return county;
            }
            default -> throw new IllegalStateException("unhandled field kind " + field.kind());
        }
    }

    private static LocalDate date(String value) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASHED, COMPACT)) {
            try {
                return LocalDate.parse(value, format.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException notThisOne) {
                // try the next spelling
            }
        }
        return null;
    }

    private static String fail(List<FieldProblem> problems, String field, String code, String zh, String en) {
        problems.add(problem(field, code, zh, en));
        return null;
    }

    private static FieldProblem problem(String field, String code, String zh, String en) {
        return new FieldProblem(field, code, zh, en);
    }
}
