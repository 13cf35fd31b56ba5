package org.sojourn.applicant.hkmacao.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hong Kong and Macao permanent identity card numbers. Hong Kong: one or two letters, six digits and
 * a check character (mod 11, "A" for 10), often written with the check in brackets, e.g. A123456(3).
 * Macao: 1, 5 or 7 as the first digit, six more digits and a check digit, written 1234567(8); Macao
 * publishes no check algorithm, so only the shape is checked.
 */
final class PermanentIdNumber {

    private static final Pattern HONG_KONG = Pattern.compile("([A-Z]{1,2})(\\d{6})\\(?([0-9A])\\)?");
    private static final Pattern MACAO = Pattern.compile("[157]\\d{6}\\(?\\d\\)?");

    private PermanentIdNumber() {
    }

    static boolean isValid(String region, String raw) {
        String id = raw.strip().toUpperCase(Locale.ROOT);
        if ("MO".equals(region)) {
            return MACAO.matcher(id).matches();
        }
        var match = HONG_KONG.matcher(id);
        if (!match.matches()) {
            return false;
        }
        String letters = match.group(1);
        // A single letter counts as if preceded by a space worth 36.
        int sum = letters.length() == 2 ? (letters.charAt(0) - 'A' + 10) * 9 + (letters.charAt(1) - 'A' + 10) * 8
                : 36 * 9 + (letters.charAt(0) - 'A' + 10) * 8;
        String digits = match.group(2);
        for (int i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (7 - i);
        }
        int check = (11 - sum % 11) % 11;
        return match.group(3).equals(check == 10 ? "A" : String.valueOf(check));
    }
}
