package org.sojourn.roster.internal;

import java.time.LocalDate;

/** One checked row of a list, as it is stored. */
record RosterRow(int row, String chineseName, String englishName, LocalDate birthDate, String category, String nationality,
        String sex, String nationalId, String passportNumber, String qualification, String programme, int studyYear, String status) {

    /** @return the English name as matching compares it: upper case, without spaces */
    String englishNameKey() {
        return key(englishName);
    }

    static String key(String englishName) {
        return CodeList.upper(englishName).replace(" ", "");
    }
}
