package org.sojourn.security.api;

/** What an account is, which decides what it may see and do. */
public enum Role {
    /** A school's main account (學校主帳號); its login is the school's business number. */
    SCHOOL_MAIN,
    /** A school sub-account (子帳號), login {@code {main}-{NN}}; sees only its own cases. */
    SCHOOL_SUB,
    /** An agency officer doing first review (初審). */
    OFFICER_FIRST_REVIEW,
    /** An agency officer doing second review (複審). */
    OFFICER_SECOND_REVIEW,
    /** An agency officer at the card desk (card production and pickup). */
    OFFICER_CARD_DESK,
    /** An agency administrator (plugins, reference data). */
    ADMINISTRATOR,
    /** A mainland student (陸生) on the mainland portal. */
    STUDENT_MAINLAND,
    /** A Hong Kong or Macao student (港澳生) on that portal. */
    STUDENT_HK_MACAO,
    /**
     * A foreign or overseas Chinese student entering individually (外生/僑生個人申請), matched against
     * the school's imported list; has no password, only the sessions its entries open.
     */
    STUDENT_INDIVIDUAL,
    /**
     * A payment partner's system (a provider running payment channels): a machine client with no
     * password, reaching with API keys only the settlement statements of the channels it runs.
     */
    PAYMENT_PARTNER
}
