package org.sojourn.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.Eligibility;
import org.sojourn.applicant.spi.PriorGrant;
import org.sojourn.applicant.spi.Transition;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.CaseAction;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.CommentView;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;

/**
 * The applicant's answer to a return (§4.7): the case comes back to the first review after the same
 * checks as submission, with the optional reply kept beside the reviewer's comment.
 */
final class Corrections {

    static final int MAX_REPLY_LENGTH = 2000;

    private Corrections() {
    }

    /**
     * Resubmits one case in the caller's transaction.
     *
     * @return the transition made, for the type's after-hook once the transaction is committed
     */
    static Transition resubmit(EntityManager em, Actor actor, CaseGroupEntity group, ApplicantEntity applicant,
            ApplicantType type, String reply, Instant now, LocalDate today) {
        CaseStatus from = applicant.status;
        CaseStatus to = StateGraph.require(from, CaseAction.RESUBMIT);
        List<FieldProblem> problems = new ArrayList<>(Forms.refreshCompleteness(em, type, applicant, today));
        if (applicant.priorCertificate != null) {
            Optional<PriorGrant> prior = PriorGrants.find(em, actor, applicant.priorCertificate);
            Eligibility eligibility = type.eligibility(Forms.of(applicant), prior, today);
            if (!eligibility.eligible()) {
                problems.add(new FieldProblem(type.descriptor().grantNumber().field(), eligibility.code(), eligibility.messageZh(),
                        eligibility.messageEn()));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "APPLICANT_INCOMPLETE", "資料尚未完成，請補齊標示的欄位後再送出。",
                    "The case is not complete; fill in what is marked, then resubmit.", problems);
        }
        Transition transition = new Transition(applicant.receiptNumber, CaseAction.RESUBMIT, from, to, Forms.of(applicant));
        type.beforeTransition(transition);
        String answer = reply(em, actor, group, applicant, reply, now);
        History.record(em, now, actor, group, applicant, CaseAction.RESUBMIT.name(), from, to,
                answer.isEmpty() ? null : "reply: " + answer);
        applicant.status = to;
        applicant.deadline = null;
        applicant.updatedAt = now;
        group.updatedAt = now;
        return transition;
    }

    /**
     * Keeps the applicant's optional reply to a comment, on one case or on the group when
     * {@code applicant} is null.
     *
     * @return the reply, stripped; empty when there is none
     */
    static String reply(EntityManager em, Actor actor, CaseGroupEntity group, ApplicantEntity applicant, String reply,
            Instant now) {
        String answer = reply == null ? "" : reply.strip();
        if (answer.length() > MAX_REPLY_LENGTH) {
            throw GroupRules.invalid(List.of(new FieldProblem("reply", "TOO_LONG", "回覆不得超過 2000 字。",
                    "At most 2000 characters.")));
        }
        if (!answer.isEmpty()) {
            em.persist(new CommentEntity(group.id, applicant == null ? null : applicant.id, now, actor.accountId(),
                    actor.role(), CommentEntity.REPLY, answer));
        }
        return answer;
    }

    /** @return the comments and replies on the group's cases, oldest first */
    static List<CommentView> of(EntityManager em, CaseGroupEntity group) {
        Map<Long, ApplicantEntity> applicants = new java.util.HashMap<>();
        group.applicants.forEach(a -> applicants.put(a.id, a));
        return em.createQuery("select c from CommentEntity c where c.groupId = :id order by c.id", CommentEntity.class)
                .setParameter("id", group.id).getResultList().stream()
                .map(c -> {
                    ApplicantEntity a = c.applicantId == null ? null : applicants.get(c.applicantId);
                    return new CommentView(c.at, a == null ? null : a.publicId, a == null ? null : a.receiptNumber, c.kind,
                            c.authorRole, c.body);
                })
                .toList();
    }
}
