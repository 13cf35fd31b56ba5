package org.sojourn.applicant.spi;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * An applicant's form as the type sees it: the application kind, whether the student files alone,
 * and the values, each already checked for its field's kind (dates as {@code YYYY-MM-DD}).
 *
 * @param kind            the application kind
 * @param selfApplication whether the student files it alone rather than through the school
 * @param values          the values present, by field name
 */
public record ApplicantForm(ApplicationKind kind, boolean selfApplication, Map<String, String> values) {

    /** Copies the values. */
    public ApplicantForm {
        values = Map.copyOf(values);
    }

    /** @return the field's value, or empty when absent or blank */
    public Optional<String> value(String field) {
        return Optional.ofNullable(values.get(field)).filter(v -> !v.isBlank());
    }

    /** @return the field's date, or empty when absent */
    public Optional<LocalDate> date(String field) {
        return value(field).map(LocalDate::parse);
    }

    /** @return whether a boolean field is {@code true} */
    public boolean isTrue(String field) {
        return "true".equals(values.get(field));
    }
}
