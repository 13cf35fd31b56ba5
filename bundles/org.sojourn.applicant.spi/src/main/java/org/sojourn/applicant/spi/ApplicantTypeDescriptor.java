package org.sojourn.applicant.spi;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.sojourn.cases.api.Portal;

/**
 * What an applicant type is: everything a client needs to render its forms and the core needs to
 * file and number its cases.
 *
 * @param id            the stable id, e.g. {@code foreign}; cases are pinned to it
 * @param version       the type's version, e.g. {@code 1.0.0}; cases are pinned to it too
 * @param labelZh       the name in Traditional Chinese, e.g. 外生
 * @param labelEn       the name in English
 * @param importCode    the code in admission-list files, e.g. {@code FG}; null when the type is not imported
 * @param businessLines the business lines it serves
 * @param fields        the form, in display order
 * @param documents     the document types, in display order
 * @param portals       who may file it (since 1.2): schools, and the students' portals that may file for themselves
 * @param grantNumber   what a renewal, extension or data change names the current grant by (since 1.2)
 */
public record ApplicantTypeDescriptor(String id, String version, String labelZh, String labelEn, String importCode,
        List<BusinessLine> businessLines, List<FormField> fields, List<DocumentType> documents, Set<Portal> portals,
        GrantNumber grantNumber) {

    /** Checks the mandatory parts. */
    public ApplicantTypeDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        businessLines = List.copyOf(businessLines);
        fields = List.copyOf(fields);
        documents = List.copyOf(documents);
        portals = Set.copyOf(portals);
        Objects.requireNonNull(grantNumber, "grantNumber");
    }

    /** A type that schools file and whose grants are resident certificates (the 1.0 and 1.1 descriptor). */
    public ApplicantTypeDescriptor(String id, String version, String labelZh, String labelEn, String importCode,
            List<BusinessLine> businessLines, List<FormField> fields, List<DocumentType> documents) {
        this(id, version, labelZh, labelEn, importCode, businessLines, fields, documents, Set.of(Portal.SCHOOL),
                GrantNumber.RESIDENT_CERTIFICATE);
    }
}
