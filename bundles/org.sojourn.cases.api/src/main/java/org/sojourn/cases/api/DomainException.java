package org.sojourn.cases.api;

import java.util.List;
import java.util.Objects;

/**
 * A failure the caller can understand and act on: a stable code, a bilingual message, and where it
 * applies the fields at fault. Every bundle throws this for expected failures; the web layer renders
 * it as {@code application/problem+json}. Anything else that escapes is treated as a defect.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String code;
    private final String messageZh;
    private final String messageEn;
    private final transient List<FieldProblem> fieldProblems;

    /**
     * @param kind      what kind of failure this is
     * @param code      a stable code clients may switch on, upper snake case
     * @param messageZh the message in Traditional Chinese
     * @param messageEn the message in English (also the exception message)
     */
    public DomainException(ErrorKind kind, String code, String messageZh, String messageEn) {
        this(kind, code, messageZh, messageEn, List.of());
    }

    /**
     * @param kind          what kind of failure this is
     * @param code          a stable code clients may switch on, upper snake case
     * @param messageZh     the message in Traditional Chinese
     * @param messageEn     the message in English (also the exception message)
     * @param fieldProblems the fields at fault, possibly none
     */
    public DomainException(ErrorKind kind, String code, String messageZh, String messageEn,
            List<FieldProblem> fieldProblems) {
        super(messageEn);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /** @return what kind of failure this is */
    public ErrorKind kind() {
        return kind;
    }

    /** @return the stable error code */
    public String code() {
        return code;
    }

    /** @return the message in Traditional Chinese */
    public String messageZh() {
        return messageZh;
    }

    /** @return the message in English */
    public String messageEn() {
        return messageEn;
    }

    /** @return the fields at fault, possibly none */
    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
