package org.sojourn.applicant.spi;

/**
 * One option of a choice field.
 *
 * @param value   what is stored
 * @param labelZh its label in Traditional Chinese
 * @param labelEn its label in English
 */
public record Choice(String value, String labelZh, String labelEn) {
}
