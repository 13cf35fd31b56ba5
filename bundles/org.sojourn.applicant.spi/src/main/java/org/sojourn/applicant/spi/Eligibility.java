package org.sojourn.applicant.spi;

/**
 * Whether an applicant may file an application now, with the reason when not.
 *
 * @param eligible  whether it may
 * @param code      the stable reason code when not, e.g. {@code OUTSIDE_EXTENSION_WINDOW}
 * @param messageZh the reason in Traditional Chinese
 * @param messageEn the reason in English
 */
public record Eligibility(boolean eligible, String code, String messageZh, String messageEn) {

    private static final Eligibility YES = new Eligibility(true, null, null, null);

    /** @return the verdict that it may */
    public static Eligibility allowed() {
        return YES;
    }

    /** @return the verdict that it may not, with the reason */
    public static Eligibility refused(String code, String messageZh, String messageEn) {
        return new Eligibility(false, code, messageZh, messageEn);
    }
}
