package org.sojourn.cases.api;

import org.osgi.annotation.versioning.ProviderType;

/** The officers' side of the case core: review queues and decisions (§4, first and second review). */
@ProviderType
public interface Reviews {

    /**
     * @param actor an officer
     * @param query the queue and its filters
     * @return one page of the queue, oldest submission first
     */
    Page<QueueEntry> queue(Actor actor, ReviewQuery query);

    /**
     * @param actor         an officer
     * @param receiptNumber the case's receipt number
     * @return the case with its form, documents and what can happen next
     */
    ApplicantView reviewCase(Actor actor, String receiptNumber);

    /**
     * Takes one decision on one case: the state graph must allow it from the case's status, the
     * actor must be the one who takes it, and a comment must come where the action needs one. The
     * decision, the new status and the comment are recorded in one transaction.
     *
     * @return the case after the decision
     * @throws DomainException {@code TRANSITION_NOT_ALLOWED} ({@link ErrorKind#CONFLICT}) when the
     *                         graph does not allow it
     */
    ApplicantView decide(Actor actor, String receiptNumber, Decision decision);
}
