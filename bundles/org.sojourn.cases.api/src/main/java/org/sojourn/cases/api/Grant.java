package org.sojourn.cases.api;

import java.time.LocalDate;

/**
 * What an approval grants.
 *
 * @param feeTwd            the fee in New Taiwan dollars
 * @param documentKind      what is issued, as the applicant type names it, e.g. {@code E_CERTIFICATE_6_MONTHS}
 * @param validFrom         first day of validity
 * @param validUntil        last day of validity
 * @param certificateNumber the resident certificate number (統一證號) the grant is recorded under
 */
public record Grant(long feeTwd, String documentKind, LocalDate validFrom, LocalDate validUntil,
        String certificateNumber) {
}
