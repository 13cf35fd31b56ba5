package org.sojourn.applicant.spi;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A business line (申辦項目) with its number codes (§9). Several types may serve one line; the
 * group number takes the line's group code, each case's receipt number its receipt code.
 *
 * @param groupCode   the three-digit code in group numbers, e.g. {@code 102}
 * @param receiptCode the four-digit office/line code in receipt numbers, e.g. {@code 6965}
 * @param nameZh      the line's name in Traditional Chinese
 * @param nameEn      the line's name in English
 * @param kinds       the application kinds the line serves
 */
public record BusinessLine(String groupCode, String receiptCode, String nameZh, String nameEn,
        Set<ApplicationKind> kinds) {

    private static final Pattern GROUP_CODE = Pattern.compile("\\d{3}");
    private static final Pattern RECEIPT_CODE = Pattern.compile("\\d{4}");

    /** Checks the codes' shapes. */
    public BusinessLine {
        if (groupCode == null || !GROUP_CODE.matcher(groupCode).matches()) {
            throw new IllegalArgumentException("group code must have three digits");
        }
        if (receiptCode == null || !RECEIPT_CODE.matcher(receiptCode).matches()) {
            throw new IllegalArgumentException("receipt code must have four digits");
        }
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        kinds = Set.copyOf(kinds);
    }
}
