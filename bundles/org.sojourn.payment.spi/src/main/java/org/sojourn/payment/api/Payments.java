package org.sojourn.payment.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.sojourn.cases.api.Actor;
import org.sojourn.payment.spi.RawCallback;

/**
 * Online payment (線上繳費, domain §4.9): approved groups are paid through a channel plugin; the
 * core owns every state change, applies each payment exactly once and never trusts a callback it
 * could not verify.
 */
@ProviderType
public interface Payments {

    /**
     * @param payer the signed-in school or student
     * @return the payer's groups with approved cases awaiting payment (待繳費), oldest deadline first
     */
    List<PayableGroup> payable(Actor payer);

    /**
     * The detail page before choosing a channel: per-group lines, the total and what each channel adds.
     *
     * @param payer        the payer
     * @param groupNumbers the groups chosen (multi-select)
     * @return the quote
     */
    PaymentQuote quote(Actor payer, List<String> groupNumbers);

    /**
     * Starts paying. Repeating a request with the same idempotency key returns the order it made.
     *
     * @param payer          the payer
     * @param request        groups and channel
     * @param idempotencyKey the client's key for this attempt, 8-64 characters
     * @return the order, with the form to post or the instructions to pay
     */
    PaymentOrderView start(Actor payer, PaymentOrderRequest request, String idempotencyKey);

    /**
     * @param actor   the payer, or an officer
     * @param orderId the order's public id
     * @return the order as it stands
     */
    PaymentOrderView order(Actor actor, String orderId);

    /**
     * Takes a provider's callback: stores it as it arrived, verifies it through the channel and
     * applies it once.
     *
     * @param channelId the channel named in the path
     * @param callback  the request
     * @return what to answer the provider
     */
    CallbackAnswer callback(String channelId, RawCallback callback);

    /**
     * Asks the providers about open orders now, as the repair job does on its schedule.
     *
     * @param actor an officer or administrator
     * @return how many orders changed
     */
    int repairNow(Actor actor);

    /**
     * @param actor an officer
     * @param open  only the unresolved ones
     * @return the discrepancies found (forged callbacks, amount mismatches, payments twice …)
     */
    List<Discrepancy> discrepancies(Actor actor, boolean open);

    /**
     * Closes a discrepancy with the officer's note; nothing else changes.
     *
     * @param actor an officer
     * @param id    the discrepancy
     * @param note  what was done about it
     * @return the discrepancy, resolved
     */
    Discrepancy resolve(Actor actor, long id, String note);

    /** @return the channels installed now, newest version of each */
    List<ChannelOption> channels();

    /**
     * The daily reconciliation report: per channel, the payments of the day, their totals against
     * what the providers reported, and the discrepancies found that day.
     *
     * @param actor an officer
     * @param day   the day, in Taiwan time
     * @return the report
     */
    Reconciliation reconciliation(Actor actor, LocalDate day);

    /**
     * A payment partner's daily statement: the reconciliation of the channels it runs, without the
     * agency's case identifiers (group and fee receipt numbers), which are none of the partner's.
     * Channels it does not run are left out even when named.
     *
     * @param partner    a payment partner ({@link org.sojourn.cases.api.Performer#SETTLEMENT_PARTNER})
     * @param day        the day, in Taiwan time
     * @param channelIds the channels the partner runs, as its account records them
     * @return the statement: those of its channels that are installed or had activity that day
     */
    Reconciliation statement(Actor partner, LocalDate day, Set<String> channelIds);

    /**
     * @param actor       the payer's side (the group's owner) or an officer
     * @param groupNumber a paid group
     * @return what its fee receipt shows
     * @throws org.sojourn.cases.api.DomainException {@code GROUP_NOT_FOUND} outside the actor's reach,
     *                                               {@code NOT_PAID} (409) before the fee is paid
     */
    FeeReceipt feeReceipt(Actor actor, String groupNumber);

    /**
     * The download area's receipts (§4.10): the paid groups the actor reaches, newest payment first,
     * at most 500.
     *
     * @param actor         the payer's side or an officer
     * @param groupNumber   only this group, or null
     * @param receiptNumber only the group holding this case, or null
     * @param paidFrom      paid on or after this Taiwan day, or null
     * @param paidTo        paid on or before this Taiwan day, or null
     * @return the receipts
     */
    List<FeeReceipt> receipts(Actor actor, String groupNumber, String receiptNumber, LocalDate paidFrom, LocalDate paidTo);

    /**
     * A receipt as issued, looked up by its number for a document's verification: the caller has
     * checked the verification code's signature first, so no actor is asked for.
     *
     * @param receiptNumber a fee receipt number
     * @return the receipt, or empty when no paid order carries the number
     */
    Optional<FeeReceipt> issuedReceipt(String receiptNumber);

    /**
     * The paid cases the download area lists (§4.10), newest payment first, at most 500: the caller's
     * own, or any for an officer. Revoked cases are not listed.
     *
     * @param actor         the payer's side or an officer
     * @param groupNumber   only this group, or null
     * @param receiptNumber only this case, or null
     * @param paidFrom      paid on or after this Taiwan day, or null
     * @param paidTo        paid on or before this Taiwan day, or null
     * @return the cases
     */
    List<PaidCase> paidCases(Actor actor, String groupNumber, String receiptNumber, LocalDate paidFrom, LocalDate paidTo);

    /**
     * A paid case as it stands now, revoked ones included, looked up by receipt number for a
     * certificate's verification: the caller has checked the verification code first.
     *
     * @param receiptNumber a case's receipt number
     * @return the case, or empty when no paid case has the number
     */
    Optional<PaidCase> issuedCase(String receiptNumber);
}
