package org.sojourn.cases.api;

import java.time.Instant;
import java.util.List;

/**
 * A group (團) with its application data, documents and applicants.
 *
 * @param groupId         the group's id, stable from the first save
 * @param groupNumber     the group number (團號), given on submission; null for a draft
 * @param businessLine    the business line's code, e.g. {@code 102}
 * @param applicationName the application name (申請名稱)
 * @param pickupMethod    how the cards are collected
 * @param pickupOffice    the pickup office's code
 * @param sender          who delivers it
 * @param draft           whether it is still a draft (待送件)
 * @param schoolNumber    the filing school's business number, null for a student's own group
 * @param consentAt       when the terms were accepted
 * @param createdAt       when it was first saved
 * @param updatedAt       when it was last changed
 * @param submittedAt     when it was submitted, null for a draft
 * @param documents       the group documents (power of attorney, other)
 * @param applicants      the applicants, in order
 */
public record GroupView(String groupId, String groupNumber, String businessLine, String applicationName,
        String pickupMethod, String pickupOffice, Sender sender, boolean draft, String schoolNumber, Instant consentAt,
        Instant createdAt, Instant updatedAt, Instant submittedAt, List<DocumentView> documents,
        List<ApplicantSummary> applicants) {
}
