package org.sojourn.security.api;

import java.time.LocalDate;
import java.util.Map;

/**
 * One record of a student the agency issued a permit to, as the agency's own systems send it:
 * mainland and Hong Kong/Macao students register against these, and a record with a grant
 * (document kind and validity) is what their renewal, extension or data change continues.
 *
 * @param kind         {@code MAINLAND} or {@code HK_MACAO}
 * @param permitNumber the permit's number
 * @param name         the student's name as on the permit
 * @param birthDate    the date of birth
 * @param documentKind the grant issued (e.g. {@code MULTIPLE_ENTRY_PERMIT}), or null for a record to register against only
 * @param validFrom    the grant's first day, with {@code documentKind}
 * @param validUntil   the grant's last day, with {@code documentKind}
 * @param schoolNumber the school's business number, or null
 * @param values       the values that prefill a continuing application's form, by field name
 */
public record AgencyRecord(String kind, String permitNumber, String name, LocalDate birthDate, String documentKind, LocalDate validFrom,
        LocalDate validUntil, String schoolNumber, Map<String, String> values) {
}
