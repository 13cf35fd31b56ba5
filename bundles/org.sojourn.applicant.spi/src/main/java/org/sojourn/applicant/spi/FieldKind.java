package org.sojourn.applicant.spi;

/** What a form field holds; the core checks each value by its kind before a type sees it. */
public enum FieldKind {
    /** Free text up to the field's length, without control characters. */
    TEXT,
    /** A day, {@code YYYY-MM-DD} (also {@code YYYY/MM/DD} and {@code YYYYMMDD} on input). */
    DATE,
    /** A day not after today, e.g. a birth date. */
    PAST_DATE,
    /** A day after today, e.g. a passport's expiry. */
    FUTURE_DATE,
    /** One of the field's choices. */
    CHOICE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An e-mail address. */
    EMAIL,
    /** A phone number, Taiwanese or international. */
    PHONE,
    /** A passport number: 5–20 letters and digits. */
    PASSPORT_NUMBER,
    /** A resident certificate number (統一證號) with a valid check digit, old or new form. */
    RESIDENT_CERTIFICATE_NUMBER,
    /** An ISO 3166 alpha-2 country code. */
    COUNTRY,
    /** A county or city of Taiwan in the agency's spelling. */
    TAIWAN_COUNTY
}
