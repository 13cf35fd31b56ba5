package org.sojourn.rest.internal;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An {@code application/problem+json} body (RFC 9457) with Sojourn's members: a stable
 * {@code code} clients switch on, the message in both languages, and the fields at fault.
 *
 * @param type     a URI naming the problem type, derived from the code
 * @param title    a short English summary of the type
 * @param status   the HTTP status
 * @param code     the stable error code
 * @param detail   the message in the caller's preferred language
 * @param messages the message by language tag ({@code zh-TW}, {@code en})
 * @param errors   the fields at fault, possibly none
 * @param instance for server errors, an incident id that is also in the log
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String code, String detail,
        Map<String, String> messages, List<FieldError> errors, String instance) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One field at fault.
     *
     * @param field    the field's name as the client sent it
     * @param code     a stable code for what is wrong with it
     * @param messages the message by language tag
     */
    public record FieldError(String field, String code, Map<String, String> messages) {
    }

    /** @return the status, always written */
    @Override
    @JsonProperty
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public int status() {
        return status;
    }
}
