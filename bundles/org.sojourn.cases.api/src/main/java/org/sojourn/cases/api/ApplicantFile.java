package org.sojourn.cases.api;

/**
 * An applicant with one of its files.
 *
 * @param applicant the applicant as {@link Applications#applicant} shows it
 * @param file      its file of the type asked for, with the content; null when it has none
 */
public record ApplicantFile(ApplicantView applicant, DocumentContent file) {
}
