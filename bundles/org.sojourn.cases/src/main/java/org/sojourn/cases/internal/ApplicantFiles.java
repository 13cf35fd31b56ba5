package org.sojourn.cases.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.sojourn.cases.api.ApplicantFile;
import org.sojourn.cases.api.DocumentContent;

/**
 * A group's applicants with one type of their files, read with a handful of queries whatever the
 * group's size: a group's certificate archive read each case and each photo in a transaction of its
 * own, 61 for 30 applicants.
 */
final class ApplicantFiles {

    private ApplicantFiles() {
    }

    /**
     * @param group        the group, its access already checked
     * @param documentType the type of the files to bring along
     * @return the group's applicants in their order, each with its latest file of that type or none
     */
    static List<ApplicantFile> of(EntityManager em, CaseGroupEntity group, String documentType, ApplicantTypeRegistry types) {
        Map<Long, List<DocumentEntity>> documents = em.createQuery(
                "select d from DocumentEntity d where d.groupId = :group and d.applicantId is not null order by d.id", DocumentEntity.class)
                .setParameter("group", group.id).getResultStream()
                .collect(Collectors.groupingBy(d -> d.applicantId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, DocumentEntity> latest = new HashMap<>();
        documents.forEach((applicant, files) -> files.stream().filter(d -> d.documentType.equals(documentType))
                .reduce((older, newer) -> newer).ifPresent(file -> latest.put(applicant, file)));
        Map<Long, byte[]> contents = latest.isEmpty() ? Map.of()
                : em.createQuery("select c from DocumentContentEntity c where c.documentId in :ids", DocumentContentEntity.class)
                        .setParameter("ids", latest.values().stream().map(d -> d.id).toList()).getResultStream()
                        .collect(Collectors.toMap(c -> c.documentId, c -> c.content));
        return group.applicants.stream().map(applicant -> {
            DocumentEntity file = latest.get(applicant.id);
            return new ApplicantFile(Views.applicant(applicant, documents.getOrDefault(applicant.id, List.of()).stream()
                    .map(DocumentEntity::view).toList(), types), file == null ? null : new DocumentContent(file.view(), contents.get(file.id)));
        }).toList();
    }
}
