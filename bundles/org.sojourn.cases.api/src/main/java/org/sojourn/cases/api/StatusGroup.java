package org.sojourn.cases.api;

import java.util.EnumSet;
import java.util.Set;

/** The status groups the progress query filters by (§3: 全部 / 審核中 / 待繳費 / 已繳費 / 整團撤銷). */
public enum StatusGroup {
    /** 全部. */
    ALL(EnumSet.complementOf(EnumSet.of(CaseStatus.DRAFT))),
    /** 審核中: waiting for a review or for the applicant's correction or supplement. */
    UNDER_REVIEW(EnumSet.of(CaseStatus.AWAITING_FIRST_REVIEW, CaseStatus.AWAITING_SECOND_REVIEW,
            CaseStatus.RETURNED_FOR_CORRECTION, CaseStatus.AWAITING_SUPPLEMENT)),
    /** 待繳費. */
    AWAITING_PAYMENT(EnumSet.of(CaseStatus.AWAITING_PAYMENT)),
    /** 已繳費, and what follows payment. */
    PAID(EnumSet.of(CaseStatus.PAID, CaseStatus.CARD_READY, CaseStatus.PICKED_UP)),
    /** 整團撤銷. */
    GROUP_WITHDRAWN(EnumSet.of(CaseStatus.GROUP_WITHDRAWN));

    private final Set<CaseStatus> statuses;

    StatusGroup(Set<CaseStatus> statuses) {
        this.statuses = statuses;
    }

    /** @return the statuses in the group */
    public Set<CaseStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }
}
