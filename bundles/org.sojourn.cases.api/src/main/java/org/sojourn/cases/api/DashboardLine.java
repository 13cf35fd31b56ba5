package org.sojourn.cases.api;

/**
 * One business line's tab of the dashboard (優先處理事項 / 待辦事項).
 *
 * @param businessLine        the business line's code
 * @param newCases            cases waiting for a review (新申請案件)
 * @param awaitingSupplements cases returned for correction or supplementary documents (待補件案件)
 * @param awaitingPayment     approved cases whose fee is due (待繳費案件)
 * @param refusedGroups       groups with a case not accepted or not approved
 * @param refusedCases        cases not accepted or not approved
 */
public record DashboardLine(String businessLine, long newCases, long awaitingSupplements, long awaitingPayment,
        long refusedGroups, long refusedCases) {
}
