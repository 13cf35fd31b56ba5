package org.sojourn.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.applicant.spi.Transition;
import org.sojourn.payment.api.PaymentOrderStatus;
import org.sojourn.payment.spi.PaymentStatus;
import org.sojourn.payment.spi.ProviderQuery;
import org.sojourn.payment.spi.ProviderResult;
import org.sojourn.payment.spi.ProviderUnavailableException;

/**
 * The repair job's work: asks the provider about every open order that is due for a look (lost
 * callbacks, timeouts, a node that stopped mid-way), expires an order only once the provider has
 * said it was not paid, and looks again at callbacks stored while their channel was away. Each order
 * is decided in its own transaction under its row lock, so several nodes may run it at once.
 */
final class OrderChecks {

    private static final Logger LOG = LoggerFactory.getLogger(OrderChecks.class);
    private static final int BATCH = 500;
    private static final List<PaymentOrderStatus> OPEN = List.of(PaymentOrderStatus.STARTED, PaymentOrderStatus.PENDING,
            PaymentOrderStatus.UNKNOWN);

    private final JpaTemplate jpa;
    private final PaymentChannelRegistry channels;
    private final ApplicantTypeRegistry types;
    private final CallbackIntake intake;
    private final Clock clock;
    private final Duration postingGrace;

    OrderChecks(JpaTemplate jpa, PaymentChannelRegistry channels, ApplicantTypeRegistry types, CallbackIntake intake,
            Clock clock, Duration postingGrace) {
        this.jpa = jpa;
        this.channels = channels;
        this.types = types;
        this.intake = intake;
        this.clock = clock;
        this.postingGrace = postingGrace;
    }

    /**
     * @param all every open order now (an officer's request), rather than those due for a look
     * @return how many orders and stored callbacks changed
     */
    int run(boolean all) {
        Instant now = now();
        int changed = 0;
        List<Long> due;
        long after = 0;
        do {
            long from = after;
            due = Tx.run(jpa, em -> {
                javax.persistence.TypedQuery<Long> query = em.createQuery("select o.id from PaymentOrderEntity o where o.status in :open"
                        + " and o.id > :after" + (all ? "" : " and (o.nextCheckAt <= :now or o.expiresAt <= :now)") + " order by o.id",
                        Long.class).setParameter("open", OPEN).setParameter("after", from);
                return (all ? query : query.setParameter("now", now)).setMaxResults(BATCH).getResultList();
            });
            for (Long id : due) {
                changed += check(id) ? 1 : 0;
                after = id;
            }
        } while (due.size() == BATCH && Duration.between(now, now()).toMinutes() < 10);
        return changed + retryStoredCallbacks(now);
    }

    /** @return whether the order changed */
    boolean check(long orderId) {
        PaymentOrderEntity snapshot = Tx.run(jpa, em -> em.find(PaymentOrderEntity.class, orderId));
        if (snapshot == null || !snapshot.status.open()) {
            return false;
        }
        Optional<PaymentChannelRegistry.Installed> installed = channels.find(snapshot.channelId);
        ProviderResult answer;
        String trouble = null;
        if (installed.isEmpty()) {
            answer = ProviderResult.unknown(null);
            trouble = "channel " + snapshot.channelId + " not installed";
        } else {
            ProviderQuery query = new ProviderQuery(snapshot.reference, snapshot.amountTwd, snapshot.createdAt,
                    snapshot.providerReference);
            try {
                answer = installed.get().calls().call(() -> installed.get().channel().query(query));
            } catch (ProviderUnavailableException e) {
                answer = ProviderResult.unknown(null);
                trouble = e.getMessage();
            } catch (RuntimeException e) {
                LOG.warn("Payment channel {} failed a query", snapshot.channelId, e);
                answer = ProviderResult.unknown(null);
                trouble = "the channel failed: " + e.getClass().getSimpleName();
            }
        }
        ProviderResult result = answer;
        String why = trouble;
        List<Map.Entry<ApplicantEntity, Transition>> paid = new ArrayList<>();
        boolean changed = Tx.run(jpa, em -> {
            PaymentOrderEntity order = em.find(PaymentOrderEntity.class, orderId, LockModeType.PESSIMISTIC_WRITE);
            if (order == null || !order.status.open()) {
                return false; // a callback or another node was first
            }
            Instant now = now();
            PaymentOrderStatus before = order.status;
            boolean pastTime = !now.isBefore(order.expiresAt.plus(order.offline ? postingGrace : Duration.ZERO));
            switch (result.status()) {
                case SUCCEEDED, FAILED -> paid.addAll(OrderOutcomes.result(em, order, result, now).transitions());
                case NOT_ATTEMPTED, PENDING -> {
                    if (pastTime) {
                        // The provider has just said it holds no payment: only now may the order lapse.
                        OrderOutcomes.result(em, order, new ProviderResult(PaymentStatus.NOT_ATTEMPTED, result.providerReference(),
                                null, null, null, "expired: the provider reports " + result.status()), now);
                    } else {
                        if (result.status() == PaymentStatus.PENDING) {
                            OrderOutcomes.result(em, order, result, now); // STARTED or UNKNOWN become PENDING
                        }
                        OrderOutcomes.checkLater(order, now, "provider: " + result.status());
                    }
                }
                case UNKNOWN -> {
                    if (before == PaymentOrderStatus.STARTED) {
                        order.moveTo(PaymentOrderStatus.UNKNOWN);
                    }
                    OrderOutcomes.checkLater(order, now, why == null ? "provider: UNKNOWN" : why);
                }
            }
            return order.status != before;
        });
        Hooks.after(types, paid);
        return changed;
    }

    private int retryStoredCallbacks(Instant now) {
        Instant settled = now.minusSeconds(60);
        List<CallbackEntity> waiting = Tx.run(jpa, em -> em.createQuery("select c from CallbackEntity c where"
                + " (c.outcome = :noChannel or (c.outcome = :received and c.receivedAt < :settled)) order by c.id", CallbackEntity.class)
                .setParameter("noChannel", CallbackEntity.Outcome.NO_CHANNEL).setParameter("received", CallbackEntity.Outcome.RECEIVED)
                .setParameter("settled", settled).setMaxResults(100).getResultList());
        int changed = 0;
        for (CallbackEntity callback : waiting) {
            if (channels.find(callback.channelId).isPresent()) {
                changed += intake.process(callback.id, callback.channelId, CallbackIntake.restore(callback)).status() == 200 ? 1 : 0;
            }
        }
        return changed;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
