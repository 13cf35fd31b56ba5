package org.sojourn.applicant.spi;

import java.time.LocalDate;

/**
 * What an approval grants.
 *
 * @param documentKind what is issued, e.g. {@code E_CERTIFICATE_6_MONTHS} or {@code IC_CARD}
 * @param validFrom    first day of validity
 * @param validUntil   last day of validity
 */
public record GrantTerms(String documentKind, LocalDate validFrom, LocalDate validUntil) {
}
