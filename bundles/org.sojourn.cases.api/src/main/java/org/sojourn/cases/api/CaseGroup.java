package org.sojourn.cases.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A group (團) of applications a school files together, or the group of one a student files alone.
 *
 * @param groupNumber     the group number (團號)
 * @param applicationName the free-text application name (申請名稱) the applicant gave it
 * @param createdAt       when the group was created
 * @param owner           who filed it
 */
public record CaseGroup(GroupNumber groupNumber, String applicationName, Instant createdAt, GroupOwner owner) {

    /** Checks that every part is present. */
    public CaseGroup {
        Objects.requireNonNull(groupNumber, "groupNumber");
        Objects.requireNonNull(applicationName, "applicationName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(owner, "owner");
    }
}
