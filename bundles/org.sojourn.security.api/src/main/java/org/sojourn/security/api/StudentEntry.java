package org.sojourn.security.api;

import java.time.LocalDate;

/**
 * What a foreign or overseas Chinese student types to enter individually (seed 001: 學年度、護照號碼、英文姓名、出生日期).
 *
 * @param academicYear   the ROC academic year (學年度)
 * @param passportNumber the passport number
 * @param englishName    the English name as in the passport; case and spaces do not matter
 * @param birthDate      the date of birth
 * @param captchaId      from {@code GET /api/v1/captcha}
 * @param captchaAnswer  the digits in its picture
 * @param source         the caller's network address
 */
public record StudentEntry(int academicYear, String passportNumber, String englishName, LocalDate birthDate, String captchaId,
        String captchaAnswer, String source) {

    /** Keeps the passport number and birth date out of logs. */
    @Override
    public String toString() {
        return "StudentEntry[" + academicYear + "]";
    }
}
