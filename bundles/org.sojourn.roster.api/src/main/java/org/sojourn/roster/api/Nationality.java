package org.sojourn.roster.api;

/**
 * A nationality (國籍) as the template lists it and the import reads it.
 *
 * @param isoCode    the ISO 3166-1 alpha-2 code
 * @param agencyCode the agency's numeric code where known, else null
 * @param nameZh     the name in Traditional Chinese
 * @param nameEn     the name in English
 */
public record Nationality(String isoCode, String agencyCode, String nameZh, String nameEn) {

    /** @return how the template writes it: {@code code_name}, with the agency's code where there is one */
    public String listed() {
        return (agencyCode != null ? agencyCode : isoCode) + "_" + nameZh;
    }
}
