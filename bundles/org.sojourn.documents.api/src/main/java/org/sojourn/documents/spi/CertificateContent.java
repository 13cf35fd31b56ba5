package org.sojourn.documents.spi;

import java.util.List;

/**
 * What a certificate or permit shows, in the order its applicant type wants; the photo, the
 * signature and the layout on the page are the documents bundle's.
 *
 * @param titleZh        the title in Traditional Chinese, e.g. 中華民國居留證
 * @param titleEn        the title in English, e.g. ROC(Taiwan) Resident Certificate
 * @param documentNumber the document's number (the certificate number)
 * @param lines          the fields, each with bilingual labels and a value that is never blank
 * @param notes          warnings and official notes, each a paragraph
 */
public record CertificateContent(String titleZh, String titleEn, String documentNumber, List<Line> lines, List<String> notes) {

    /** Copies the lists. */
    public CertificateContent {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /**
     * One field.
     *
     * @param labelZh the label in Traditional Chinese
     * @param labelEn the label in English
     * @param value   the value
     */
    public record Line(String labelZh, String labelEn, String value) {
    }
}
