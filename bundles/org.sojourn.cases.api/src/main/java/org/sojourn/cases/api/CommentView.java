package org.sojourn.cases.api;

import java.time.Instant;

/**
 * A reviewer's comment on a case, or the applicant's reply to it.
 *
 * @param at            when it was written
 * @param applicantId   the applicant concerned, null for the group as a whole
 * @param receiptNumber the case's receipt number, null for the group as a whole
 * @param kind          {@code COMMENT} (a reviewer's) or {@code REPLY} (the applicant's)
 * @param authorRole    the role of the account that wrote it
 * @param body          what it says
 */
public record CommentView(Instant at, String applicantId, String receiptNumber, String kind, String authorRole,
        String body) {
}
