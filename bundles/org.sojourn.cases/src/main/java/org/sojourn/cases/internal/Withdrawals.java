package org.sojourn.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.sojourn.applicant.spi.Transition;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.CaseAction;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.Withdrawal;

/**
 * Withdrawal (撤銷, §4.8): a whole group or one case, only while its review is not finished. Whether a
 * case can be withdrawn is the state graph's to say.
 */
final class Withdrawals {

    /** Statuses in which the review has ended in the applicant's favour: the group can no longer go as a whole. */
    private static final Set<CaseStatus> APPROVED = Set.of(CaseStatus.AWAITING_PAYMENT, CaseStatus.PAID,
            CaseStatus.CARD_READY, CaseStatus.PICKED_UP, CaseStatus.GRANT_REVOKED);

    private Withdrawals() {
    }

    /** Withdraws one case; the transitions made go to {@code done} for the after-hooks. */
    static Withdrawal oneCase(EntityManager em, Actor actor, CaseGroupEntity group, ApplicantEntity applicant, Instant now,
            List<Map.Entry<ApplicantEntity, Transition>> done) {
        if (StateGraph.next(applicant.status, CaseAction.WITHDRAW_CASE).isEmpty()) {
            throw finished("此案件狀態為「" + applicant.status.nameZh() + "」，審核已結束或已撤銷，不能撤銷。",
                    "This case is " + applicant.status.nameEn() + ": its review has ended, so it cannot be withdrawn.");
        }
        done.add(move(em, actor, group, applicant, CaseAction.WITHDRAW_CASE, now));
        return new Withdrawal(group.groupNumber, List.of(applicant.receiptNumber), CaseStatus.WITHDRAWN);
    }

    /** Withdraws every case of the group still under review, unless one of them was approved already. */
    static Withdrawal wholeGroup(EntityManager em, Actor actor, CaseGroupEntity group, Instant now,
            List<Map.Entry<ApplicantEntity, Transition>> done) {
        if (group.applicants.stream().anyMatch(a -> APPROVED.contains(a.status))) {
            throw finished("此團已有案件核准，不能整團撤銷；請逐案撤銷仍在審核中的案件。",
                    "A case of this group was approved already, so the group cannot be withdrawn as a whole;"
                            + " withdraw the cases still under review one by one.");
        }
        List<ApplicantEntity> underReview = group.applicants.stream()
                .filter(a -> StateGraph.next(a.status, CaseAction.WITHDRAW_GROUP).isPresent()).toList();
        if (underReview.isEmpty()) {
            throw finished("此團已無審核中的案件，不能撤銷。", "No case of this group is under review any more.");
        }
        underReview.forEach(a -> done.add(move(em, actor, group, a, CaseAction.WITHDRAW_GROUP, now)));
        return new Withdrawal(group.groupNumber, underReview.stream().map(a -> a.receiptNumber).toList(),
                CaseStatus.GROUP_WITHDRAWN);
    }

    private static Map.Entry<ApplicantEntity, Transition> move(EntityManager em, Actor actor, CaseGroupEntity group,
            ApplicantEntity applicant, CaseAction action, Instant now) {
        CaseStatus from = applicant.status;
        CaseStatus to = StateGraph.require(from, action);
        Transition transition = new Transition(applicant.receiptNumber, action, from, to, Forms.of(applicant));
        History.record(em, now, actor, group, applicant, action.name(), from, to, null);
        applicant.status = to;
        applicant.deadline = null;
        applicant.updatedAt = now;
        return Map.entry(applicant, transition);
    }

    private static DomainException finished(String zh, String en) {
        return new DomainException(ErrorKind.CONFLICT, "WITHDRAWAL_NOT_ALLOWED", zh, en);
    }
}
