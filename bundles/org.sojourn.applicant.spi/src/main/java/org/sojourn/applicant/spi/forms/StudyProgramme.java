package org.sojourn.applicant.spi.forms;

import org.sojourn.applicant.spi.Choice;

/** Study programmes (學制) with their nominal length, which caps residence validity (§8). */
public enum StudyProgramme {
    /** 博士: 5 years. */
    DOCTORAL("博士", "Doctoral", 5),
    /** 碩士: 3 years. */
    MASTER("碩士", "Master's", 3),
    /** 學士: 4 years. */
    BACHELOR("學士", "Bachelor's", 4),
    /** 二技、二專: 2 years. */
    TWO_YEAR("二技/二專", "Two-year programme", 2),
    /** 五專: 5 years. */
    FIVE_YEAR("五專", "Five-year junior college", 5);

    private final String nameZh;
    private final String nameEn;
    private final int years;

    StudyProgramme(String nameZh, String nameEn, int years) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.years = years;
    }

    /** @return the programme's nominal length in years */
    public int years() {
        return years;
    }

    /** @return the programme as a form choice */
    public Choice choice() {
        return new Choice(name(), nameZh, nameEn);
    }
}
