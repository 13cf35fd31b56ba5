package org.sojourn.cases.internal;

import static org.sojourn.cases.api.CaseAction.APPROVE;
import static org.sojourn.cases.api.CaseAction.LAPSE_APPROVAL;
import static org.sojourn.cases.api.CaseAction.REVOKE_GRANT;
import static org.sojourn.cases.api.CaseAction.MARK_CARD_READY;
import static org.sojourn.cases.api.CaseAction.NOT_ACCEPT;
import static org.sojourn.cases.api.CaseAction.NOT_APPROVE;
import static org.sojourn.cases.api.CaseAction.PASS_FIRST_REVIEW;
import static org.sojourn.cases.api.CaseAction.RECORD_PAYMENT;
import static org.sojourn.cases.api.CaseAction.RECORD_PICKUP;
import static org.sojourn.cases.api.CaseAction.REQUEST_SUPPLEMENT;
import static org.sojourn.cases.api.CaseAction.RESUBMIT;
import static org.sojourn.cases.api.CaseAction.RETURN_FOR_CORRECTION;
import static org.sojourn.cases.api.CaseAction.RETURN_TO_FIRST_REVIEW;
import static org.sojourn.cases.api.CaseAction.SUBMIT;
import static org.sojourn.cases.api.CaseAction.WITHDRAW_CASE;
import static org.sojourn.cases.api.CaseAction.WITHDRAW_GROUP;
import static org.sojourn.cases.api.CaseStatus.APPROVAL_LAPSED;
import static org.sojourn.cases.api.CaseStatus.GRANT_REVOKED;
import static org.sojourn.cases.api.CaseStatus.AWAITING_FIRST_REVIEW;
import static org.sojourn.cases.api.CaseStatus.AWAITING_PAYMENT;
import static org.sojourn.cases.api.CaseStatus.AWAITING_SECOND_REVIEW;
import static org.sojourn.cases.api.CaseStatus.AWAITING_SUPPLEMENT;
import static org.sojourn.cases.api.CaseStatus.CARD_READY;
import static org.sojourn.cases.api.CaseStatus.DRAFT;
import static org.sojourn.cases.api.CaseStatus.GROUP_WITHDRAWN;
import static org.sojourn.cases.api.CaseStatus.NOT_ACCEPTED;
import static org.sojourn.cases.api.CaseStatus.NOT_APPROVED;
import static org.sojourn.cases.api.CaseStatus.PAID;
import static org.sojourn.cases.api.CaseStatus.PICKED_UP;
import static org.sojourn.cases.api.CaseStatus.RETURNED_FOR_CORRECTION;
import static org.sojourn.cases.api.CaseStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sojourn.cases.api.CaseAction;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;

/**
 * Every move a case can make, in one place: status × action → next status. What is not listed is
 * refused. Withdrawal is possible only while the review is not finished (§4.8).
 */
public final class StateGraph {

    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> EDGES = new EnumMap<>(CaseStatus.class);

    static {
        edge(DRAFT, SUBMIT, AWAITING_FIRST_REVIEW);

        edge(AWAITING_FIRST_REVIEW, PASS_FIRST_REVIEW, AWAITING_SECOND_REVIEW);
        edge(AWAITING_FIRST_REVIEW, RETURN_FOR_CORRECTION, RETURNED_FOR_CORRECTION);
        edge(AWAITING_FIRST_REVIEW, REQUEST_SUPPLEMENT, AWAITING_SUPPLEMENT);
        edge(AWAITING_FIRST_REVIEW, NOT_ACCEPT, NOT_ACCEPTED);
        edge(AWAITING_FIRST_REVIEW, WITHDRAW_CASE, WITHDRAWN);
        edge(AWAITING_FIRST_REVIEW, WITHDRAW_GROUP, GROUP_WITHDRAWN);

        edge(RETURNED_FOR_CORRECTION, RESUBMIT, AWAITING_FIRST_REVIEW);
        edge(RETURNED_FOR_CORRECTION, NOT_ACCEPT, NOT_ACCEPTED); // the correction deadline passed (§8)
        edge(RETURNED_FOR_CORRECTION, WITHDRAW_CASE, WITHDRAWN);
        edge(RETURNED_FOR_CORRECTION, WITHDRAW_GROUP, GROUP_WITHDRAWN);

        edge(AWAITING_SUPPLEMENT, RESUBMIT, AWAITING_FIRST_REVIEW);
        edge(AWAITING_SUPPLEMENT, NOT_ACCEPT, NOT_ACCEPTED);
        edge(AWAITING_SUPPLEMENT, WITHDRAW_CASE, WITHDRAWN);
        edge(AWAITING_SUPPLEMENT, WITHDRAW_GROUP, GROUP_WITHDRAWN);

        edge(AWAITING_SECOND_REVIEW, APPROVE, AWAITING_PAYMENT);
        edge(AWAITING_SECOND_REVIEW, NOT_APPROVE, NOT_APPROVED);
        edge(AWAITING_SECOND_REVIEW, RETURN_TO_FIRST_REVIEW, AWAITING_FIRST_REVIEW);
        edge(AWAITING_SECOND_REVIEW, WITHDRAW_CASE, WITHDRAWN);
        edge(AWAITING_SECOND_REVIEW, WITHDRAW_GROUP, GROUP_WITHDRAWN);

        edge(AWAITING_PAYMENT, RECORD_PAYMENT, PAID);
        edge(AWAITING_PAYMENT, LAPSE_APPROVAL, APPROVAL_LAPSED);
        edge(PAID, MARK_CARD_READY, CARD_READY);
        edge(CARD_READY, RECORD_PICKUP, PICKED_UP);
        for (CaseStatus issued : List.of(PAID, CARD_READY, PICKED_UP)) {
            edge(issued, REVOKE_GRANT, GRANT_REVOKED);
        }
    }

    private StateGraph() {
    }

    private static void edge(CaseStatus from, CaseAction action, CaseStatus to) {
        EDGES.computeIfAbsent(from, f -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /**
     * @param from   the current status
     * @param action the action
     * @return the status the action leads to, or empty when the graph does not allow it
     */
    public static Optional<CaseStatus> next(CaseStatus from, CaseAction action) {
        return Optional.ofNullable(EDGES.getOrDefault(from, Map.of()).get(action));
    }

    /**
     * @return the next status
     * @throws DomainException {@code TRANSITION_NOT_ALLOWED} (conflict) when the graph does not allow it
     */
    public static CaseStatus require(CaseStatus from, CaseAction action) {
        return next(from, action).orElseThrow(() -> new DomainException(ErrorKind.CONFLICT, "TRANSITION_NOT_ALLOWED",
                "案件狀態為「" + from.nameZh() + "」，不能「" + action.nameZh() + "」。",
                "A case in status " + from.nameEn() + " cannot be given the action " + action.nameEn() + "."));
    }

    /** @return the actions allowed from a status, in declaration order */
    public static List<CaseAction> allowed(CaseStatus from) {
        return Arrays.stream(CaseAction.values()).filter(action -> next(from, action).isPresent()).toList();
    }
}
