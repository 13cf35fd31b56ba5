package org.sojourn.applicant.spi;

/**
 * What number a renewal, extension or data change names the current grant by, and the form field
 * that keeps it (§4.3, §4.4).
 *
 * @since 1.2
 */
public enum GrantNumber {
    /** The resident certificate number (統一證號), checked with its check digit. */
    RESIDENT_CERTIFICATE("residentCertificateNumber"),
    /** An entry/exit permit number (入出境許可證號), 6–20 letters and digits. */
    PERMIT("permitNumber");

    private final String field;

    GrantNumber(String field) {
        this.field = field;
    }

    /** @return the form field and request property that carry the number */
    public String field() {
        return field;
    }
}
