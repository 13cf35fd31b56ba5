package org.sojourn.cases.api;

import java.util.List;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/** The officers' side of the case core: review queues and decisions, and the card desk (§4). */
@ProviderType
public interface Reviews {

    /**
     * @param actor an officer
     * @param query the queue and its filters
     * @return one page of the queue, oldest submission first
     */
    Page<QueueEntry> queue(Actor actor, ReviewQuery query);

    /**
     * The whole of a queue, oldest first, for an export to a spreadsheet; read a page at a time.
     *
     * @param actor an officer
     * @param query the queue and its filters; its page and size are ignored
     * @param limit the most rows an export may hold
     * @param sink  takes each entry
     * @return how many entries it took
     * @throws DomainException {@code EXPORT_TOO_LARGE}, before any entry, when more than {@code limit} match
     */
    long exportQueue(Actor actor, ReviewQuery query, int limit, Consumer<QueueEntry> sink);

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

    /**
     * Takes one decision on every case of a group that the graph allows it for, e.g. returns the
     * whole group for correction with one comment (§4.7), in one transaction.
     *
     * @return the cases decided
     * @throws DomainException {@code TRANSITION_NOT_ALLOWED} when no case of the group allows it
     */
    List<ApplicantView> decideGroup(Actor actor, String groupNumber, Decision decision);

    /**
     * The card desk's lookup (§4.11): a case by its receipt number and the payer's name together.
     *
     * @return the case; {@code CASE_NOT_FOUND} when number and name do not belong together
     */
    ApplicantView cardDeskCase(Actor actor, String receiptNumber, String payerName);

    /**
     * Records that the card of a ready case was handed over (已領證), with time and officer in the
     * history; the receipt cannot serve a second pickup ({@code ALREADY_PICKED_UP}).
     *
     * @return the case, picked up
     */
    ApplicantView recordPickup(Actor actor, String receiptNumber, String payerName);
}
