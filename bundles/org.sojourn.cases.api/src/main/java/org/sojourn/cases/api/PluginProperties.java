package org.sojourn.cases.api;

/**
 * The service properties every Sojourn plugin service carries, so that the core and the health
 * endpoint can list plugins without knowing any of them by name.
 */
public final class PluginProperties {

    /** The plugin's kind: {@link #KIND_APPLICANT_TYPE} or {@link #KIND_PAYMENT_CHANNEL}. */
    public static final String KIND = "sojourn.plugin.kind";
    /** The plugin's stable id, e.g. {@code foreign} or {@code cvs}. */
    public static final String ID = "sojourn.plugin.id";
    /** The plugin's own version, e.g. {@code 1.0.0}. */
    public static final String VERSION = "sojourn.plugin.version";

    /** The kind of an applicant-type plugin. */
    public static final String KIND_APPLICANT_TYPE = "applicant-type";
    /** The kind of a payment-channel plugin. */
    public static final String KIND_PAYMENT_CHANNEL = "payment-channel";

    private PluginProperties() {
    }
}
