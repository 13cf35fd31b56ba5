package org.sojourn.security.api;

/**
 * What a machine client's API key may do. A key reaches only the endpoint families its scopes name;
 * everything else (accounts, keys, reviews, administration) stays with people.
 */
public enum ApiScope {
    /** Read groups, applicants, progress and the dashboard. */
    CASES_READ,
    /** File drafts, applicants and uploads, submit, answer corrections, withdraw. */
    CASES_WRITE,
    /** Read payable groups, quotes and orders. */
    PAYMENTS_READ,
    /** Start payments. */
    PAYMENTS_WRITE,
    /** A payment partner's: read the daily settlement statements of the channels it runs. */
    SETTLEMENTS_READ
}
