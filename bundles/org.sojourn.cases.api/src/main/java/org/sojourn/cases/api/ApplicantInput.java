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
 * @param residentCertificateNumber for renewal, extension and data change of a type whose grants are
 *                                  resident certificates: the current certificate, whose case prefills the form
 * @param fields                    the values by field name; an empty string clears a value
 * @param permitNumber              the same for a type whose grants are permits (e.g. the mainland
 *                                  students' entry/exit permit, 入出境許可證號)
 */
public record ApplicantInput(String applicantType, String applicationKind, String residentCertificateNumber,
        Map<String, String> fields, String permitNumber) {

    /** An input without a permit number. */
    public ApplicantInput(String applicantType, String applicationKind, String residentCertificateNumber,
            Map<String, String> fields) {
        this(applicantType, applicationKind, residentCertificateNumber, fields, null);
    }
}
