package org.sojourn.applicant.spi;

import java.util.Objects;

/**
 * One kind of document an applicant uploads (應檢附文件, §8); several files each.
 *
 * @param code        the stable code in requests, e.g. {@code passport}
 * @param labelZh     the label in Traditional Chinese
 * @param labelEn     the label in English
 * @param photo       whether it is the applicant's photo: one colour image in portrait format
 * @param pdfAllowed  whether PDF files are accepted besides JPG, PNG and BMP images
 * @param whenZh      when it is required, in Traditional Chinese, e.g. 獎學金生必附
 * @param whenEn      when it is required, in English
 */
public record DocumentType(String code, String labelZh, String labelEn, boolean photo, boolean pdfAllowed,
        String whenZh, String whenEn) {

    /** Checks the mandatory parts. */
    public DocumentType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
    }
}
