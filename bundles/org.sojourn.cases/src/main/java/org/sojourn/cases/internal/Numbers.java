package org.sojourn.cases.internal;

import java.util.List;
import java.util.stream.LongStream;

import javax.persistence.EntityManager;

import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.GroupNumber;

/**
 * The numbers of §9, each from a row-locked counter per ROC year and code in the caller's
 * transaction: unique, increasing and without gaps however many nodes submit at once.
 */
final class Numbers {

    private static final int MAX_RECEIPT_SEQUENCE = 99_999;
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    private Numbers() {
    }

    /** @return the next group number, e.g. {@code 151020001} */
    static GroupNumber group(EntityManager em, int rocYear, String groupCode) {
        int year = rocYear % 100;
        long sequence = NumberCounter.next(em, "group:" + year + ":" + groupCode);
        if (sequence > GroupNumber.MAX_SEQUENCE) {
            throw exhausted("團號");
        }
        return new GroupNumber(year, groupCode, (int) sequence);
    }

    /**
     * @return the next {@code count} receipt numbers, consecutive: 3-digit ROC year, 4-digit
     *         office/line code, 5-digit sequence
     */
    static List<String> receipts(EntityManager em, int rocYear, String receiptCode, int count) {
        long first = NumberCounter.reserve(em, "receipt:" + rocYear + ":" + receiptCode, count);
        if (first + count - 1 > MAX_RECEIPT_SEQUENCE) {
            throw exhausted("收件號");
        }
        return LongStream.range(first, first + count).mapToObj(sequence -> String.format("%03d%s%05d", rocYear, receiptCode, sequence))
                .toList();
    }

    /**
     * @return the next fee receipt number (規費收據號): 3-digit ROC year and a 9-digit serial, e.g.
     *         {@code 115000000001}; printed after the office's prefix word (外字第 … 號)
     */
    static String feeReceipt(EntityManager em, int rocYear) {
        long sequence = NumberCounter.next(em, "fee-receipt:" + rocYear);
        if (sequence > 999_999_999L) {
            throw exhausted("規費收據號");
        }
        return String.format("%03d%09d", rocYear, sequence);
    }

    /**
     * A new resident certificate number in the 2021 form: a letter, 8 as second digit, seven digits
     * and the national-ID check digit. Sojourn issues from the series of letter A.
     */
    static String certificate(EntityManager em) {
        long sequence = NumberCounter.next(em, "certificate:A8");
        String body = "A8" + String.format("%07d", sequence);
        int code = LETTERS.indexOf(body.charAt(0)) + 10;
        int sum = code / 10 + code % 10 * 9;
        for (int i = 1; i <= 8; i++) {
            sum += (body.charAt(i) - '0') * (9 - i);
        }
        return body + (10 - sum % 10) % 10;
    }

    private static DomainException exhausted(String what) {
        return new DomainException(ErrorKind.CONFLICT, "NUMBERS_EXHAUSTED", "本年度此業務代碼的" + what + "已用盡，請洽系統管理者。",
                "This year's numbers of this kind are used up; contact the administrator.");
    }
}
