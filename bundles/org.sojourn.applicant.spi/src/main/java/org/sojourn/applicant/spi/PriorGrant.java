package org.sojourn.applicant.spi;

import java.time.LocalDate;
import java.util.Map;

/**
 * The current grant a renewal, extension or data change continues, as the core found it by its
 * certificate number.
 *
 * @param certificateNumber the resident certificate number (統一證號)
 * @param applicantType     the type of the case that granted it
 * @param documentKind      what was issued, as that type named it
 * @param validFrom         first day of validity
 * @param validUntil        last day of validity
 * @param paid              whether its fee was paid, i.e. the document was issued
 * @param values            that case's form values, to prefill the new form
 */
public record PriorGrant(String certificateNumber, String applicantType, String documentKind, LocalDate validFrom,
        LocalDate validUntil, boolean paid, Map<String, String> values) {

    /** Copies the values. */
    public PriorGrant {
        values = Map.copyOf(values);
    }
}
