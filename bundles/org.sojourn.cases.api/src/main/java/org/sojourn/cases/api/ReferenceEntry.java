package org.sojourn.cases.api;

/**
 * One entry of a reference list.
 *
 * @param code   what forms and files carry: an ISO code, a category code, an office's code, a county's name
 * @param nameZh its name in Traditional Chinese
 * @param nameEn its name in English
 * @param parent the entry of another list it belongs to (a district's county), else null
 * @param number the number it is known by, where it has one (a district's postal code, a
 *               nationality's agency code), else null
 */
public record ReferenceEntry(String code, String nameZh, String nameEn, String parent, String number) {
}
