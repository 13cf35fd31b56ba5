package org.sojourn.applicant.spi;

import java.util.List;
import java.util.Objects;

/**
 * One field of an applicant type's form, as a client renders it and the core checks it.
 *
 * @param name      the field's name in requests and problems, e.g. {@code passportNumber}
 * @param kind      what it holds
 * @param required  whether the form is incomplete without it
 * @param maxLength the most characters a value may have
 * @param choices   the options of a {@link FieldKind#CHOICE} field, else empty
 * @param labelZh   the label in Traditional Chinese
 * @param labelEn   the label in English
 */
public record FormField(String name, FieldKind kind, boolean required, int maxLength, List<Choice> choices,
        String labelZh, String labelEn) {

    /** Checks the mandatory parts. */
    public FormField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        if (kind == FieldKind.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice field " + name + " has no choices");
        }
    }

    /** @return a field of that kind with no choices */
    public static FormField of(String name, FieldKind kind, boolean required, int maxLength, String labelZh,
            String labelEn) {
        return new FormField(name, kind, required, maxLength, List.of(), labelZh, labelEn);
    }
}
