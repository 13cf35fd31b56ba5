package org.sojourn.cases.api;

import java.time.Instant;

/**
 * One line of a group's append-only history: who did what, when.
 *
 * @param at          when
 * @param applicantId the applicant concerned, null for the group as a whole
 * @param actorRole   the role of the account that acted, {@code SYSTEM} for Sojourn itself
 * @param actorId     the account's id, null for Sojourn itself
 * @param action      what happened, e.g. {@code APPLICANT_UPDATED}, or a {@link CaseAction}'s name
 * @param fromStatus  the case's status before, null when it did not change
 * @param toStatus    the case's status after, null when it did not change
 * @param detail      what changed: field names, a document type, a reviewer's comment
 */
public record HistoryEntry(Instant at, String applicantId, String actorRole, Long actorId, String action,
        CaseStatus fromStatus, CaseStatus toStatus, String detail) {
}
