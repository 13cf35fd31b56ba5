package org.sojourn.cases.api;

import java.util.Map;

/**
 * An applicant's form as a client sends it: the type and kind (fixed once the applicant exists)
 * and the form's values by field name, as the type's form schema names them. Missing values keep
 * a draft incomplete; malformed values are refused.
 *
 * @param applicantType             the applicant type's id, e.g. {@code foreign}
 * @param applicationKind           {@code FIRST_APPLICATION}, {@code RENEWAL}, {@code EXTENSION}
 *                                  or {@code DATA_CHANGE}
 * @param residentCertificateNumber for renewal, extension and data change: the current
 *                                  certificate, whose case prefills the form
 * @param fields                    the values by field name; an empty string clears a value
 */
public record ApplicantInput(String applicantType, String applicationKind, String residentCertificateNumber,
        Map<String, String> fields) {
}
