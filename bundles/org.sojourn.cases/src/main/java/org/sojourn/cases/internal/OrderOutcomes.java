package org.sojourn.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.sojourn.applicant.spi.Transition;
import org.sojourn.cases.api.CaseAction;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.payment.api.Discrepancy;
import org.sojourn.payment.api.PaymentOrderStatus;
import org.sojourn.payment.spi.PayInstructions;
import org.sojourn.payment.spi.ProviderResult;

/**
 * What a provider's word (a callback, a query, an immediate result) does to an order, in the
 * caller's transaction with the order's row locked: the one place money state changes. A success is
 * applied once, with every approved case of its groups paid and a fee receipt number per group in
 * the same transaction; a success that does not match the order changes nothing and is flagged.
 */
final class OrderOutcomes {

    /** Online orders are checked this soon after they were last looked at, then ever more rarely. */
    static final long FIRST_CHECK_SECONDS = 120;
    private static final long MAX_CHECK_SECONDS = 3_600;

    /**
     * What came of it.
     *
     * @param outcome     for the callback's record
     * @param transitions the cases paid, for the applicant types' hooks after commit
     */
    record Applied(CallbackEntity.Outcome outcome, List<Map.Entry<ApplicantEntity, Transition>> transitions) {
        static Applied of(CallbackEntity.Outcome outcome) {
            return new Applied(outcome, List.of());
        }
    }

    private OrderOutcomes() {
    }

    /** An offline channel issued its instructions (a virtual account, a store code, barcodes). */
    static Applied instructions(PaymentOrderEntity order, PayInstructions instructions, Instant now) {
        if (!order.status.open()) {
            return Applied.of(CallbackEntity.Outcome.IGNORED);
        }
        boolean known = instructions.kind().name().equals(order.instructionsKind) && order.status == PaymentOrderStatus.PENDING;
        order.instructionsKind = instructions.kind().name();
        order.bankCode = instructions.bankCode();
        order.accountNumber = instructions.account();
        order.storeCode = instructions.storeCode();
        order.barcodes = instructions.barcodes().isEmpty() ? null : String.join(" ", instructions.barcodes());
        order.instructionsUntil = instructions.expiresAt();
        if (instructions.expiresAt() != null && instructions.expiresAt().isBefore(order.expiresAt)) {
            order.expiresAt = instructions.expiresAt();
        }
        order.moveTo(PaymentOrderStatus.PENDING);
        order.updatedAt = now;
        return Applied.of(known ? CallbackEntity.Outcome.DUPLICATE : CallbackEntity.Outcome.INSTRUCTIONS);
    }

    /**
     * @param em     the running transaction
     * @param order  the order, locked
     * @param result what the provider says
     * @param now    now
     * @return what came of it
     */
    static Applied result(EntityManager em, PaymentOrderEntity order, ProviderResult result, Instant now) {
        if (result.providerReference() != null && order.providerReference == null) {
            order.providerReference = cut(result.providerReference(), 40);
        }
        return switch (result.status()) {
            case SUCCEEDED -> succeeded(em, order, result, now);
            case FAILED -> close(order, PaymentOrderStatus.FAILED, result, now);
            case NOT_ATTEMPTED -> now.isBefore(order.expiresAt) ? Applied.of(CallbackEntity.Outcome.DUPLICATE)
                    : close(order, PaymentOrderStatus.EXPIRED, result, now);
            case PENDING -> {
                if (order.status == PaymentOrderStatus.STARTED || order.status == PaymentOrderStatus.UNKNOWN) {
                    order.moveTo(PaymentOrderStatus.PENDING);
                    order.updatedAt = now;
                    yield Applied.of(CallbackEntity.Outcome.APPLIED);
                }
                yield Applied.of(CallbackEntity.Outcome.DUPLICATE);
            }
            case UNKNOWN -> Applied.of(CallbackEntity.Outcome.IGNORED);
        };
    }

    /** The provider kept saying nothing useful: look again later, ever more rarely. */
    static void checkLater(PaymentOrderEntity order, Instant now, String why) {
        order.checkAttempts++;
        long seconds = Math.min(MAX_CHECK_SECONDS, FIRST_CHECK_SECONDS << Math.min(order.checkAttempts, 10));
        order.nextCheckAt = now.plusSeconds(seconds);
        order.detail = cut(why, 300);
        order.updatedAt = now;
    }

    private static Applied close(PaymentOrderEntity order, PaymentOrderStatus to, ProviderResult result, Instant now) {
        if (!order.status.open()) {
            return Applied.of(order.status == to ? CallbackEntity.Outcome.DUPLICATE : CallbackEntity.Outcome.IGNORED);
        }
        order.moveTo(to);
        order.nextCheckAt = null;
        order.detail = cut(result.detail(), 300);
        order.updatedAt = now;
        return Applied.of(CallbackEntity.Outcome.APPLIED);
    }

    private static Applied succeeded(EntityManager em, PaymentOrderEntity order, ProviderResult result, Instant now) {
        if (order.status == PaymentOrderStatus.SUCCEEDED) {
            return Applied.of(CallbackEntity.Outcome.DUPLICATE);
        }
        boolean wrongAmount = result.amountTwd() != null && result.amountTwd() != order.amountTwd;
        boolean wrongCurrency = result.currency() != null && !"TWD".equals(result.currency());
        if (wrongAmount || wrongCurrency) {
            em.persist(new DiscrepancyEntity(Discrepancy.Kind.AMOUNT_MISMATCH, order.channelId, order.id, order.reference, now,
                    "The provider reports " + result.currency() + " " + result.amountTwd() + " for an order of TWD "
                            + order.amountTwd + "; the order was left as it was."));
            return Applied.of(CallbackEntity.Outcome.MISMATCH);
        }
        PaymentOrderStatus was = order.status;
        order.moveTo(PaymentOrderStatus.SUCCEEDED);
        order.paidAt = result.paidAt() != null ? result.paidAt() : now;
        order.paidAmountTwd = order.amountTwd;
        order.nextCheckAt = null;
        order.detail = cut(result.detail(), 300);
        order.updatedAt = now;
        if (!was.open()) {
            em.persist(new DiscrepancyEntity(Discrepancy.Kind.PAID_AFTER_CLOSE, order.channelId, order.id, order.reference, now,
                    "The provider reports a payment for an order closed as " + was + "; the cases still awaiting it were paid."));
        }
        return new Applied(CallbackEntity.Outcome.APPLIED, payCases(em, order, now));
    }

    /** Every approved case of the order's groups becomes paid; each group gets its fee receipt number. */
    private static List<Map.Entry<ApplicantEntity, Transition>> payCases(EntityManager em, PaymentOrderEntity order, Instant now) {
        List<Map.Entry<ApplicantEntity, Transition>> done = new ArrayList<>();
        String detail = "線上繳費 / paid online: " + order.channelId + " " + order.reference;
        for (OrderGroupEntity line : order.groups) {
            List<ApplicantEntity> due = em.createQuery("select a from ApplicantEntity a where a.group = :group"
                    + " and a.status = :status order by a.position", ApplicantEntity.class)
                    .setParameter("group", line.group).setParameter("status", CaseStatus.AWAITING_PAYMENT)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            if (due.isEmpty()) {
                em.persist(new DiscrepancyEntity(Discrepancy.Kind.PAID_TWICE, order.channelId, order.id, order.reference, now,
                        "Group " + line.group.groupNumber + " had no case awaiting payment any more (paid by another order?);"
                                + " NT$" + line.amountTwd + " may need to be returned."));
                continue;
            }
            line.feeReceiptNumber = Numbers.feeReceipt(em, RocYear.at(now));
            for (ApplicantEntity applicant : due) {
                CaseStatus from = applicant.status;
                CaseStatus to = StateGraph.require(from, CaseAction.RECORD_PAYMENT);
                History.record(em, now, null, line.group, applicant, CaseAction.RECORD_PAYMENT.name(), from, to,
                        detail + ", 規費收據 " + line.feeReceiptNumber);
                done.add(Map.entry(applicant, new Transition(applicant.receiptNumber, CaseAction.RECORD_PAYMENT, from, to,
                        Forms.of(applicant))));
                applicant.status = to;
                applicant.deadline = null;
                applicant.updatedAt = now;
            }
        }
        return done;
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
