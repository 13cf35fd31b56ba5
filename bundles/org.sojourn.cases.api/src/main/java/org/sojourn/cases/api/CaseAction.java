package org.sojourn.cases.api;

/** What can happen to a case. Which action is allowed in which status is the core's state graph. */
public enum CaseAction {
    /** 送件: the applicant submits the draft. */
    SUBMIT(Performer.APPLICANT, false, "送件", "Submit"),
    /** 初審通過: the first reviewer passes the case to the second review. */
    PASS_FIRST_REVIEW(Performer.FIRST_REVIEWER, false, "初審通過", "Pass first review"),
    /** 退補正: the first reviewer returns the case to correct its data. */
    RETURN_FOR_CORRECTION(Performer.FIRST_REVIEWER, true, "退補正", "Return for correction"),
    /** 退補件: the first reviewer asks for supplementary documents. */
    REQUEST_SUPPLEMENT(Performer.FIRST_REVIEWER, true, "退補件", "Request supplementary documents"),
    /** 不受理: the first reviewer does not accept the application. */
    NOT_ACCEPT(Performer.FIRST_REVIEWER, true, "不受理", "Not accept"),
    /** 核准: the second reviewer approves; the fee becomes due. */
    APPROVE(Performer.SECOND_REVIEWER, false, "核准", "Approve"),
    /** 不核准: the second reviewer does not approve. */
    NOT_APPROVE(Performer.SECOND_REVIEWER, true, "不核准", "Not approve"),
    /** 退回初審: the second reviewer sends the case back to the first review. */
    RETURN_TO_FIRST_REVIEW(Performer.SECOND_REVIEWER, true, "退回初審", "Return to first review"),
    /** 補正(件)送件: the applicant resubmits after a correction or supplement. */
    RESUBMIT(Performer.APPLICANT, false, "補正送件", "Resubmit"),
    /** 個案撤銷: the applicant withdraws one case. */
    WITHDRAW_CASE(Performer.APPLICANT, false, "個案撤銷", "Withdraw case"),
    /** 整團撤銷: the applicant withdraws the whole group. */
    WITHDRAW_GROUP(Performer.APPLICANT, false, "整團撤銷", "Withdraw group"),
    /** 繳費: a payment channel confirmed the fee. */
    RECORD_PAYMENT(Performer.SYSTEM, false, "繳費完成", "Record payment"),
    /** The payment deadline passed with no payment under way: the approval lapses. */
    LAPSE_APPROVAL(Performer.SYSTEM, false, "逾期未繳費", "Lapse an unpaid approval"),
    /** 製證完成: the card desk has the card. */
    MARK_CARD_READY(Performer.CARD_DESK, false, "製證完成", "Mark card ready"),
    /** 領證: the card desk handed the card over. */
    RECORD_PICKUP(Performer.CARD_DESK, false, "領證", "Record pickup"),
    /** 廢止許可: the second review revokes an issued permit, with the reason the holder reads. */
    REVOKE_GRANT(Performer.SECOND_REVIEWER, true, "廢止許可", "Revoke the permit");

    private final Performer performer;
    private final boolean commentRequired;
    private final String nameZh;
    private final String nameEn;

    CaseAction(Performer performer, boolean commentRequired, String nameZh, String nameEn) {
        this.performer = performer;
        this.commentRequired = commentRequired;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** @return who may take this action */
    public Performer performer() {
        return performer;
    }

    /** @return whether the action needs a comment or reason the applicant will read */
    public boolean commentRequired() {
        return commentRequired;
    }

    /** @return the name in Traditional Chinese */
    public String nameZh() {
        return nameZh;
    }

    /** @return the name in English */
    public String nameEn() {
        return nameEn;
    }
}
