package org.sojourn.cases.api;

/**
 * Where one case (案件) stands, with the agency's names for each status (§3). The transitions
 * between them are one graph in the core case bundle; this type only names them.
 */
public enum CaseStatus {
    /** 待送件: saved, not yet submitted. */
    DRAFT("待送件", "Draft"),
    /** 待初審: submitted, waiting for the first review. */
    AWAITING_FIRST_REVIEW("待初審", "Awaiting first review"),
    /** 待複審: passed the first review, waiting for the second. */
    AWAITING_SECOND_REVIEW("待複審", "Awaiting second review"),
    /** 初審資料補正: returned to the applicant to correct the data. */
    RETURNED_FOR_CORRECTION("初審資料補正", "Returned for correction"),
    /** 待補件: returned to the applicant for supplementary documents. */
    AWAITING_SUPPLEMENT("待補件", "Awaiting supplementary documents"),
    /** 待繳費: approved, the fee is due. */
    AWAITING_PAYMENT("待繳費", "Approved, awaiting payment"),
    /** 已繳費: the fee is paid. */
    PAID("已繳費", "Paid"),
    /** 製證完成: the card is made and waits at the pickup office. */
    CARD_READY("製證完成待領證", "Card ready for pickup"),
    /** 已領證: the card was picked up. */
    PICKED_UP("已領證", "Picked up"),
    /**
     * 廢止許可: the agency revoked what was issued (the student left the school, the card was
     * replaced); the certificate's verification answers {@code REVOKED}.
     */
    GRANT_REVOKED("廢止許可", "Permit revoked"),
    /** 不受理: the first review did not accept the application. */
    NOT_ACCEPTED("不受理", "Not accepted"),
    /** 不核准: the second review did not approve the application. */
    NOT_APPROVED("不核准", "Not approved"),
    /** Approved, but not paid by the payment deadline: the approval lapsed (核准失效). */
    APPROVAL_LAPSED("逾期未繳費", "Approval lapsed: not paid in time"),
    /** (個案)撤銷: the applicant withdrew this case. */
    WITHDRAWN("撤銷", "Withdrawn"),
    /** 整團撤銷: the applicant withdrew the whole group. */
    GROUP_WITHDRAWN("整團撤銷", "Group withdrawn");

    private final String nameZh;
    private final String nameEn;

    CaseStatus(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** @return the agency's name in Traditional Chinese */
    public String nameZh() {
        return nameZh;
    }

    /** @return the name in English */
    public String nameEn() {
        return nameEn;
    }

    /** @return whether nothing more will happen to the case */
    public boolean isFinal() {
        return this == GRANT_REVOKED || this == NOT_ACCEPTED || this == NOT_APPROVED || this == APPROVAL_LAPSED || this == WITHDRAWN
                || this == GROUP_WITHDRAWN;
    }
}
