package org.sojourn.documents.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A paid case as the download area's permit list shows it (許可證下載, §4.10).
 *
 * @param groupNumber   its group
 * @param receiptNumber its receipt number; the PDF is {@code {receiptNumber}r.pdf}
 * @param holder        the holder's name, the Chinese name before the English one
 * @param documentKind  what was granted, as the applicant type names it
 * @param validFrom     first day of validity
 * @param validUntil    last day of validity
 * @param paidAt        when the group was paid
 * @param electronic    whether Sojourn prints it; false for an IC card made at the card desk
 */
public record CertificateListing(String groupNumber, String receiptNumber, String holder, String documentKind, LocalDate validFrom,
        LocalDate validUntil, Instant paidAt, boolean electronic) {
}
