package org.sojourn.cases.api;

import java.util.Arrays;
import java.util.Optional;

/** The reference lists Sojourn checks input against and offers in drop-downs, kept as data. */
public enum ReferenceList {
    /** Nationalities (國籍): ISO 3166-1 alpha-2 codes; {@code number} is the agency's numeric code where known. */
    NATIONALITY("nationality"),
    /** Students' categories on the admission lists (來臺就學學生類別), e.g. {@code FG} 外生. */
    STUDENT_CATEGORY("student-category"),
    /** Sex as the lists code it: {@code 0} 男, {@code 1} 女. */
    SEX("sex"),
    /** Qualifications for entering to study (申請資格). */
    QUALIFICATION("qualification"),
    /** Programmes (學制): PhD, master, bachelor and the coded programmes. */
    PROGRAMME("programme"),
    /** Enrolment status on the lists: {@code A} admitted, {@code R} registered. */
    ENROLMENT_STATUS("enrolment-status"),
    /** The agency's service stations where cards are picked up (領證地點). */
    PICKUP_OFFICE("pickup-office"),
    /** Taiwan's 22 counties and cities; the code is the Chinese name forms carry. */
    COUNTY("county"),
    /** Taiwan's districts (鄉鎮市區): {@code parent} is the county, {@code number} the 3-digit postal code. */
    DISTRICT("district");

    private final String id;

    ReferenceList(String id) {
        this.id = id;
    }

    /** @return the list's id in addresses, e.g. {@code pickup-office} */
    public String id() {
        return id;
    }

    /**
     * @param id a list's id
     * @return the list, or empty
     */
    public static Optional<ReferenceList> byId(String id) {
        return Arrays.stream(values()).filter(list -> list.id.equals(id)).findFirst();
    }
}
