package org.sojourn.cases.api;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks Taiwanese identifiers with their check digits, shared by every bundle. Input is NFKC
 * normalised first, so full-width letters and digits typed on CJK keyboards, lower case and
 * surrounding spaces are accepted; what is stored is the normalised form.
 */
public final class Identifiers {

    /** Letter codes of the national ID scheme: A=10 … Z=33, with I=34 and O=35 out of order. */
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    private static final Pattern NATIONAL_ID = Pattern.compile("[A-Z][12]\\d{8}");
    private static final Pattern RESIDENT_NEW = Pattern.compile("[A-Z][89]\\d{8}");
    private static final Pattern RESIDENT_OLD = Pattern.compile("[A-Z][A-D]\\d{8}");
    private static final Pattern BUSINESS_NUMBER = Pattern.compile("\\d{8}");
    private static final int[] BUSINESS_WEIGHTS = {1, 2, 1, 2, 1, 2, 4, 1};

    private Identifiers() {
    }

    /**
     * @param raw what was typed, possibly null
     * @return NFKC-normalised, stripped and upper-cased text ({@code ""} for null)
     */
    public static String normalize(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    /**
     * @param kind which identifier
     * @param raw  what was typed
     * @return whether it is a valid identifier of that kind once normalised
     */
    public static boolean isValid(IdentifierKind kind, String raw) {
        String value = normalize(raw);
        return switch (kind) {
            case NATIONAL_ID -> NATIONAL_ID.matcher(value).matches() && nationalIdChecksumHolds(value);
            case RESIDENT_CERTIFICATE_NUMBER -> RESIDENT_NEW.matcher(value).matches() && nationalIdChecksumHolds(value)
                    || RESIDENT_OLD.matcher(value).matches() && oldResidentChecksumHolds(value);
            case BUSINESS_NUMBER -> BUSINESS_NUMBER.matcher(value).matches() && businessChecksumHolds(value);
        };
    }

    /**
     * Checks one input field.
     *
     * @param kind  which identifier the field holds
     * @param field the field's name as the client sent it, for the error
     * @param raw   what was typed
     * @return the normalised identifier
     * @throws DomainException {@code INVALID_INPUT} with a field problem coded by the kind
     */
    public static String require(IdentifierKind kind, String field, String raw) {
        if (!isValid(kind, raw)) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "申請資料有誤，請修正標示的欄位。",
                    "The request has errors; correct the fields marked.",
                    List.of(new FieldProblem(field, kind.errorCode(), kind.nameZh() + "格式或檢查碼錯誤。",
                            "This is not a valid " + kind.nameEn() + " (format or check digit).")));
        }
        return normalize(raw);
    }

    private static int letterCode(char letter) {
        return LETTERS.indexOf(letter) + 10;
    }

    /** Letter as two digits weighted 1 and 9, then the next eight digits 8…1, then the check digit. */
    private static boolean nationalIdChecksumHolds(String value) {
        int code = letterCode(value.charAt(0));
        int sum = code / 10 + code % 10 * 9;
        for (int i = 1; i <= 8; i++) {
            sum += (value.charAt(i) - '0') * (9 - i);
        }
        sum += value.charAt(9) - '0';
        return sum % 10 == 0;
    }

    /** As the national ID, but the second letter counts by the last digit of its code, weight 8. */
    private static boolean oldResidentChecksumHolds(String value) {
        int code = letterCode(value.charAt(0));
        int sum = code / 10 + code % 10 * 9 + letterCode(value.charAt(1)) % 10 * 8;
        for (int i = 2; i <= 8; i++) {
            sum += (value.charAt(i) - '0') * (9 - i);
        }
        sum += value.charAt(9) - '0';
        return sum % 10 == 0;
    }

    /**
     * Weights 1,2,1,2,1,2,4,1; the digits of each product are added. Valid when the total divides by 5
     * (the rule since 2023; every number valid under the old divide-by-10 rule still is). When the
     * seventh digit is 7 its product 28 may count as 1 or 0, so total + 1 may divide instead.
     */
    private static boolean businessChecksumHolds(String value) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int product = (value.charAt(i) - '0') * BUSINESS_WEIGHTS[i];
            sum += product / 10 + product % 10;
        }
        return sum % 5 == 0 || value.charAt(6) == '7' && (sum + 1) % 5 == 0;
    }
}
