package org.sojourn.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.cases.api.ApplicantSummary;
import org.sojourn.cases.api.ApplicantView;
import org.sojourn.cases.api.DocumentView;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.Grant;
import org.sojourn.cases.api.GroupView;

/** Turns stored groups and applicants into what clients see. */
final class Views {

    private Views() {
    }

    static GroupView group(EntityManager em, CaseGroupEntity group, ApplicantTypeRegistry types) {
        List<DocumentView> documents = em.createQuery(
                "select d from DocumentEntity d where d.groupId = :id and d.applicantId is null order by d.id", DocumentEntity.class)
                .setParameter("id", group.id).getResultList().stream().map(DocumentEntity::view).toList();
        return new GroupView(group.publicId, group.groupNumber, group.businessLine, group.applicationName,
                group.pickupMethod, group.pickupOffice, group.sender(), group.isDraft(), group.schoolNumber,
                group.consentAt, group.createdAt, group.updatedAt, group.submittedAt, documents,
                group.applicants.stream().map(applicant -> summary(applicant, types)).toList());
    }

    static ApplicantSummary summary(ApplicantEntity a, ApplicantTypeRegistry types) {
        Optional<ApplicantType> type = types.forCase(a);
        return new ApplicantSummary(a.publicId, a.position, a.applicantType, a.typeVersion,
                type.map(t -> t.descriptor().labelZh()).orElse(a.applicantType),
                type.map(t -> t.descriptor().labelEn()).orElse(a.applicantType), type.isEmpty(), a.applicationKind,
                a.status, a.receiptNumber, a.complete, a.englishName, a.chineseName);
    }

    static ApplicantView applicant(EntityManager em, ApplicantEntity a, ApplicantTypeRegistry types) {
        return applicant(a, em.createQuery("select d from DocumentEntity d where d.applicantId = :id order by d.id", DocumentEntity.class)
                .setParameter("id", a.id).getResultList().stream().map(DocumentEntity::view).toList(), types);
    }

    /** @param documents the applicant's files, oldest first */
    static ApplicantView applicant(ApplicantEntity a, List<DocumentView> documents, ApplicantTypeRegistry types) {
        // Without its plugin nothing can say what is missing; the case stays readable as stored.
        List<FieldProblem> missing = types.forCase(a)
                .map(type -> Forms.missing(type, Forms.of(a), documents.stream().map(DocumentView::documentType)
                        .collect(java.util.stream.Collectors.toSet()), java.time.LocalDate.now(RocYear.TAIWAN)))
                .orElse(List.of());
        Map<String, String> fields = new TreeMap<>(a.fields);
        return new ApplicantView(summary(a, types), a.group.publicId, a.group.groupNumber, fields, missing, documents,
                grant(a), a.deadline, StateGraph.allowed(a.status));
    }

    /** @return what the case's approval granted, or null before approval */
    static Grant grant(ApplicantEntity a) {
        return a.grantKind == null ? null
                : new Grant(a.feeTwd == null ? 0 : a.feeTwd, a.grantKind, a.grantedFrom, a.grantedUntil, a.certificateNumber);
    }
}
