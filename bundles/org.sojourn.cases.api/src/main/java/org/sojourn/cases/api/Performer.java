package org.sojourn.cases.api;

/** Who may take a {@link CaseAction}: the applicant's side, an officer's desk, or the system. */
public enum Performer {
    /** The school or student who filed the case. */
    APPLICANT,
    /** An officer doing first reviews (初審). */
    FIRST_REVIEWER,
    /** An officer doing second reviews (複審). */
    SECOND_REVIEWER,
    /** An officer at a service station's card desk. */
    CARD_DESK,
    /** Sojourn itself: payment confirmations, deadlines. */
    SYSTEM,
    /**
     * A payment partner's system: takes no case action, only reads the settlement statements of the
     * channels it runs.
     */
    SETTLEMENT_PARTNER
}
