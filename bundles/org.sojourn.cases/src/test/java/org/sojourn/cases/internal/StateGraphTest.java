package org.sojourn.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sojourn.cases.api.CaseAction;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;

/** Every status × every action: the allowed moves lead where §3/§4 say, every other one is refused. */
class StateGraphTest {

    /** The graph as the domain digest reads, written out independently of the code under test. */
    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> EXPECTED = Map.of(
            CaseStatus.DRAFT, Map.of(CaseAction.SUBMIT, CaseStatus.AWAITING_FIRST_REVIEW),
            CaseStatus.AWAITING_FIRST_REVIEW, Map.of(
                    CaseAction.PASS_FIRST_REVIEW, CaseStatus.AWAITING_SECOND_REVIEW,
                    CaseAction.RETURN_FOR_CORRECTION, CaseStatus.RETURNED_FOR_CORRECTION,
                    CaseAction.REQUEST_SUPPLEMENT, CaseStatus.AWAITING_SUPPLEMENT,
                    CaseAction.NOT_ACCEPT, CaseStatus.NOT_ACCEPTED,
                    CaseAction.WITHDRAW_CASE, CaseStatus.WITHDRAWN,
                    CaseAction.WITHDRAW_GROUP, CaseStatus.GROUP_WITHDRAWN),
            CaseStatus.RETURNED_FOR_CORRECTION, Map.of(
                    CaseAction.RESUBMIT, CaseStatus.AWAITING_FIRST_REVIEW,
                    CaseAction.NOT_ACCEPT, CaseStatus.NOT_ACCEPTED,
                    CaseAction.WITHDRAW_CASE, CaseStatus.WITHDRAWN,
                    CaseAction.WITHDRAW_GROUP, CaseStatus.GROUP_WITHDRAWN),
            CaseStatus.AWAITING_SUPPLEMENT, Map.of(
                    CaseAction.RESUBMIT, CaseStatus.AWAITING_FIRST_REVIEW,
                    CaseAction.NOT_ACCEPT, CaseStatus.NOT_ACCEPTED,
                    CaseAction.WITHDRAW_CASE, CaseStatus.WITHDRAWN,
                    CaseAction.WITHDRAW_GROUP, CaseStatus.GROUP_WITHDRAWN),
            CaseStatus.AWAITING_SECOND_REVIEW, Map.of(
                    CaseAction.APPROVE, CaseStatus.AWAITING_PAYMENT,
                    CaseAction.NOT_APPROVE, CaseStatus.NOT_APPROVED,
                    CaseAction.RETURN_TO_FIRST_REVIEW, CaseStatus.AWAITING_FIRST_REVIEW,
                    CaseAction.WITHDRAW_CASE, CaseStatus.WITHDRAWN,
                    CaseAction.WITHDRAW_GROUP, CaseStatus.GROUP_WITHDRAWN),
            CaseStatus.AWAITING_PAYMENT, Map.of(CaseAction.RECORD_PAYMENT, CaseStatus.PAID,
                    CaseAction.LAPSE_APPROVAL, CaseStatus.APPROVAL_LAPSED),
            CaseStatus.PAID, Map.of(CaseAction.MARK_CARD_READY, CaseStatus.CARD_READY,
                    CaseAction.REVOKE_GRANT, CaseStatus.GRANT_REVOKED),
            CaseStatus.CARD_READY, Map.of(CaseAction.RECORD_PICKUP, CaseStatus.PICKED_UP,
                    CaseAction.REVOKE_GRANT, CaseStatus.GRANT_REVOKED),
            CaseStatus.PICKED_UP, Map.of(CaseAction.REVOKE_GRANT, CaseStatus.GRANT_REVOKED));

    @Test
    void everyStatusTimesEveryAction() {
        int allowed = 0;
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseAction action : CaseAction.values()) {
                CaseStatus expected = EXPECTED.getOrDefault(from, Map.of()).get(action);
                if (expected != null) {
                    assertEquals(expected, StateGraph.require(from, action), from + " × " + action);
                    allowed++;
                } else {
                    DomainException refused = assertThrows(DomainException.class, () -> StateGraph.require(from, action),
                            from + " × " + action + " must be refused");
                    assertEquals(ErrorKind.CONFLICT, refused.kind());
                    assertEquals("TRANSITION_NOT_ALLOWED", refused.code());
                }
            }
        }
        assertEquals(27, allowed);
    }

    @Test
    void finalStatusesAllowNothingAndEveryStatusIsReachable() {
        for (CaseStatus status : CaseStatus.values()) {
            if (status.isFinal()) {
                assertTrue(StateGraph.allowed(status).isEmpty(), status + " is final");
            }
        }
        Set<CaseStatus> reached = EnumSet.of(CaseStatus.DRAFT);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CaseStatus from : Set.copyOf(reached)) {
                for (CaseAction action : StateGraph.allowed(from)) {
                    grew |= reached.add(StateGraph.next(from, action).orElseThrow());
                }
            }
        }
        assertEquals(EnumSet.allOf(CaseStatus.class), reached);
    }
}
