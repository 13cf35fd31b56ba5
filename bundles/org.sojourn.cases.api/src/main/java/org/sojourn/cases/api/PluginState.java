package org.sojourn.cases.api;

/**
 * One plugin service as the core judged it when it arrived: serving, or refused with the reason.
 *
 * @param kind     the plugin kind, e.g. {@link PluginProperties#KIND_APPLICANT_TYPE}
 * @param id       the plugin's id as it claims it
 * @param version  the plugin's version as it claims it
 * @param bundle   the bundle that registered it, {@code symbolic-name/version}
 * @param serving  whether the core serves it
 * @param reasonZh why it is refused, in Traditional Chinese; null when serving
 * @param reasonEn why it is refused, in English; null when serving
 */
public record PluginState(String kind, String id, String version, String bundle, boolean serving, String reasonZh,
        String reasonEn) {
}
