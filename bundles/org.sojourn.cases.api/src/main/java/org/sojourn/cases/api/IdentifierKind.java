package org.sojourn.cases.api;

/** The Taiwanese identifiers Sojourn checks, each with its error code and bilingual name. */
public enum IdentifierKind {
    /** 身分證號: a letter, 1 or 2, eight digits, the last a check digit; e.g. {@code A123456789}. */
    NATIONAL_ID("INVALID_NATIONAL_ID", "身分證號", "national ID number"),
    /**
     * 統一證號: before 2021 two letters and eight digits ({@code AD30265881}); since 2021 a letter, 8 or
     * 9, and eight digits ({@code A800000014}); both end in a check digit.
     */
    RESIDENT_CERTIFICATE_NUMBER("INVALID_RESIDENT_CERTIFICATE_NUMBER", "統一證號", "resident certificate number"),
    /** 統一編號: eight digits with a weighted check; e.g. {@code 03734301}. */
    BUSINESS_NUMBER("INVALID_BUSINESS_NUMBER", "統一編號", "business number");

    private final String errorCode;
    private final String nameZh;
    private final String nameEn;

    IdentifierKind(String errorCode, String nameZh, String nameEn) {
        this.errorCode = errorCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** @return the stable error code for a value that is not such an identifier */
    public String errorCode() {
        return errorCode;
    }

    /** @return the name in Traditional Chinese */
    public String nameZh() {
        return nameZh;
    }

    /** @return the name in English */
    public String nameEn() {
        return nameEn;
    }
}
