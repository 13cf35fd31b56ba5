package org.sojourn.documents.spi;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.sojourn.cases.api.Grant;

/**
 * A paid case whose certificate or permit is to be printed.
 *
 * @param applicantType the case's applicant type
 * @param receiptNumber its receipt number
 * @param groupNumber   its group
 * @param grant         what the approval granted: kind, validity, certificate number
 * @param fields        the case's form, as filed and approved
 * @param names         the reference lists' names for coded values: a nationality's code gives its
 *                      {@code "日本 Japan"}; a code without a name gives itself
 */
public record IssuedCase(String applicantType, String receiptNumber, String groupNumber, Grant grant, Map<String, String> fields,
        UnaryOperator<String> names) {

    /** Copies the form. */
    public IssuedCase {
        fields = Map.copyOf(fields);
    }

    /**
     * @param field a form field's id
     * @return its value, or empty text when the form has none
     */
    public String field(String field) {
        return fields.getOrDefault(field, "");
    }
}
