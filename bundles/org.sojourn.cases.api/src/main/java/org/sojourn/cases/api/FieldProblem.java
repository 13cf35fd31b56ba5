package org.sojourn.cases.api;

import java.util.Objects;

/**
 * One problem with one input field, shown next to that field by a client.
 *
 * @param field     the field's name as the client sent it, e.g. {@code applicationName}
 * @param code      a stable machine-readable code, e.g. {@code REQUIRED}
 * @param messageZh the message in Traditional Chinese (zh-TW)
 * @param messageEn the message in English
 */
public record FieldProblem(String field, String code, String messageZh, String messageEn) {

    /** Checks that every part is present. */
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
