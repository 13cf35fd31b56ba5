package org.sojourn.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.Eligibility;
import org.sojourn.applicant.spi.PriorGrant;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;

/** What a group must be to be submitted (§4.2), checked in the submission's transaction. */
final class SubmissionChecks {

    private SubmissionChecks() {
    }

    /**
     * Everything submission needs, reported at once, reported at once: each applicant's gaps, the sender's, the group's documents.
     *
     * @throws DomainException {@code GROUP_EMPTY}, {@code GROUP_FULL} or {@code GROUP_INCOMPLETE} with every gap
     */
    static void check(EntityManager em, Actor actor, CaseGroupEntity group, ApplicantTypeRegistry types, LocalDate today) {
        if (group.applicants.isEmpty()) {
            throw new DomainException(ErrorKind.CONFLICT, "GROUP_EMPTY", "請先新增申請人。", "Add an applicant first.");
        }
        if (group.applicants.size() > JpaApplications.MAX_APPLICANTS) {
            throw new DomainException(ErrorKind.CONFLICT, "GROUP_FULL", "每團最多 " + JpaApplications.MAX_APPLICANTS + " 位申請人。",
                    "A group holds at most " + JpaApplications.MAX_APPLICANTS + " applicants.");
        }
        // A student filing for themselves is their own sender; the sender (送件人) is the school's step.
        List<FieldProblem> problems = new ArrayList<>(group.selfApplication ? List.of() : GroupRules.senderMissing(group.sender()));
        if (!group.selfApplication && em.createQuery("select count(d) from DocumentEntity d where d.groupId = :id"
                + " and d.applicantId is null and d.documentType = :type", Long.class).setParameter("id", group.id)
                .setParameter("type", GroupDocuments.POWER_OF_ATTORNEY).getSingleResult() == 0) {
            problems.add(new FieldProblem("documents." + GroupDocuments.POWER_OF_ATTORNEY, "DOCUMENT_REQUIRED",
                    "請上傳委託書。", "Upload the power of attorney."));
        }
        for (ApplicantEntity applicant : group.applicants) {
            ApplicantType type = types.require(applicant);
            String prefix = "applicants[" + applicant.position + "].";
            for (FieldProblem missing : Forms.refreshCompleteness(em, type, applicant, today)) {
                problems.add(new FieldProblem(prefix + missing.field(), missing.code(), missing.messageZh(), missing.messageEn()));
            }
            if (applicant.priorCertificate != null) {
                Optional<PriorGrant> prior = PriorGrants.find(em, actor, applicant.priorCertificate);
                Eligibility eligibility = type.eligibility(Forms.of(applicant), prior, today);
                if (!eligibility.eligible()) {
                    problems.add(new FieldProblem(prefix + type.descriptor().grantNumber().field(), eligibility.code(),
                            eligibility.messageZh(), eligibility.messageEn()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "GROUP_INCOMPLETE", "資料尚未完成，請補齊標示的欄位後再送件。",
                    "The group is not complete; fill in what is marked, then submit.", problems);
        }
    }
}
