package org.sojourn.cases.internal;

import java.util.Optional;

import javax.persistence.EntityManager;

import org.sojourn.applicant.spi.DocumentType;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;

/** Which files a group or applicant takes now, and finding and removing stored ones. */
final class CaseFiles {

    private CaseFiles() {
    }

    /**
     * @param applicant the applicant a file is for, null for the group's own files
     * @return the document type an upload is for
     */
    static DocumentType documentType(ApplicantTypeRegistry types, ApplicantEntity applicant, String code) {
        Optional<DocumentType> type = applicant == null ? GroupDocuments.find(code)
                : types.require(applicant).descriptor().documents().stream().filter(d -> d.code().equals(code)).findFirst();
        return type.orElseThrow(() -> new DomainException(ErrorKind.INVALID_INPUT, "UNKNOWN_DOCUMENT_TYPE",
                "沒有這種應檢附文件：" + code + "。", "No such document type: " + code + "."));
    }

    /**
     * Group files change in a draft, and while a case of the group is returned to the applicant (a
     * group-level return may be about the power of attorney); an applicant's while its case is.
     */
    static void requireFilesChangeable(CaseGroupEntity group, ApplicantEntity applicant) {
        if (applicant == null) {
            if (group.applicants.stream().noneMatch(a -> a.status == CaseStatus.RETURNED_FOR_CORRECTION
                    || a.status == CaseStatus.AWAITING_SUPPLEMENT)) {
                CaseAccess.requireDraft(group);
            }
        } else {
            CaseAccess.requireChangeable(group, applicant, CaseAccess.Change.FILES);
        }
    }

    static DocumentEntity find(EntityManager em, CaseGroupEntity group, String documentId) {
        return em.createQuery("select d from DocumentEntity d where d.publicId = :id and d.groupId = :group", DocumentEntity.class)
                .setParameter("id", documentId == null ? "" : documentId).setParameter("group", group.id)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "DOCUMENT_NOT_FOUND", "查無此檔案。", "No such file."));
    }

    static void remove(EntityManager em, DocumentEntity document) {
        DocumentContentEntity content = em.find(DocumentContentEntity.class, document.id);
        if (content != null) {
            em.remove(content);
        }
        em.remove(document);
    }
}
