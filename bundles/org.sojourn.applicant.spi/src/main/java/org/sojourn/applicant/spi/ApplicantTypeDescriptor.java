package org.sojourn.applicant.spi;

import java.util.List;
import java.util.Objects;

/**
 * What an applicant type is: everything a client needs to render its forms and the core needs to
 * file and number its cases.
 *
 * @param id            the stable id, e.g. {@code foreign}; cases are pinned to it
 * @param version       the type's version, e.g. {@code 1.0.0}; cases are pinned to it too
 * @param labelZh       the name in Traditional Chinese, e.g. 外生
 * @param labelEn       the name in English
 * @param importCode    the code in admission-list files, e.g. {@code FG}
 * @param businessLines the business lines it serves
 * @param fields        the form, in display order
 * @param documents     the document types, in display order
 */
public record ApplicantTypeDescriptor(String id, String version, String labelZh, String labelEn, String importCode,
        List<BusinessLine> businessLines, List<FormField> fields, List<DocumentType> documents) {

    /** Checks the mandatory parts. */
    public ApplicantTypeDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        businessLines = List.copyOf(businessLines);
        fields = List.copyOf(fields);
        documents = List.copyOf(documents);
    }
}
