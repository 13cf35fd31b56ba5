package org.sojourn.cases.api;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A group number (團號) as the agency prints it, e.g. {@code 061020010}: the last two digits of the
 * ROC year, the three-digit business code, and a four-digit sequence within that year and code.
 *
 * @param rocYear      the two-digit ROC year, 0–99 ({@code 106} is written {@code 06})
 * @param businessCode the three-digit business code, e.g. {@code 102} for foreign students
 * @param sequence     the sequence within year and code, 1–9999
 */
public record GroupNumber(int rocYear, String businessCode, int sequence) {

    /** The largest sequence a group number can carry; the 10,000th group of a year and code has none. */
    public static final int MAX_SEQUENCE = 9999;

    private static final Pattern SHAPE = Pattern.compile("\\d{9}");
    private static final Pattern CODE = Pattern.compile("\\d{3}");

    /** Checks the parts fit the printed shape. */
    public GroupNumber {
        if (rocYear < 0 || rocYear > 99) {
            throw new IllegalArgumentException("ROC year must have two digits: " + rocYear);
        }
        if (businessCode == null || !CODE.matcher(businessCode).matches()) {
            throw new IllegalArgumentException("business code must have three digits");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence must be 1–" + MAX_SEQUENCE + ": " + sequence);
        }
    }

    /**
     * Reads a group number as printed.
     *
     * @param text nine digits; full-width digits typed on CJK keyboards and surrounding spaces are
     *             accepted (NFKC)
     * @return the group number
     * @throws DomainException {@code INVALID_GROUP_NUMBER} when the text is not nine digits or has
     *                         sequence 0000
     */
    public static GroupNumber parse(String text) {
        String digits = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (!SHAPE.matcher(digits).matches() || digits.endsWith("0000")) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_GROUP_NUMBER",
                    "團號格式錯誤，應為 9 位數字，例如 061020010。",
                    "A group number has nine digits, e.g. 061020010.");
        }
        return new GroupNumber(Integer.parseInt(digits.substring(0, 2)), digits.substring(2, 5),
                Integer.parseInt(digits.substring(5)));
    }

    /** @return the nine digits as printed on the agency's documents */
    @Override
    public String toString() {
        return String.format("%02d%s%04d", rocYear, businessCode, sequence);
    }
}
