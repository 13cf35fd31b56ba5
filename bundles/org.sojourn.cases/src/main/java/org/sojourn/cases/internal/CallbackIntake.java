package org.sojourn.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.payment.api.CallbackAnswer;
import org.sojourn.payment.api.Discrepancy;
import org.sojourn.payment.spi.CallbackResult;
import org.sojourn.payment.spi.InvalidCallbackException;
import org.sojourn.payment.spi.RawCallback;

/**
 * The one callback endpoint's logic: store the request as it arrived (its own transaction, before
 * anything else), let the channel verify and read it, then apply it to the order under the order's
 * row lock. Duplicates, late and reordered callbacks meet an order that already knows, and change
 * nothing; forged ones change nothing and leave a discrepancy for officers.
 */
final class CallbackIntake {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackIntake.class);
    private static final int MAX_BODY = 64 * 1024;

    private final JpaTemplate jpa;
    private final PaymentChannelRegistry channels;
    private final ApplicantTypeRegistry types;
    private final Clock clock;

    CallbackIntake(JpaTemplate jpa, PaymentChannelRegistry channels, ApplicantTypeRegistry types, Clock clock) {
        this.jpa = jpa;
        this.channels = channels;
        this.types = types;
        this.clock = clock;
    }

    CallbackAnswer take(String channelId, RawCallback callback) {
        String channel = channelId == null ? "" : channelId.strip();
        if (!channel.matches("[a-z][a-z0-9-]{1,39}") || callback.body().length > MAX_BODY) {
            return new CallbackAnswer(400, "0|bad request");
        }
        long stored = Tx.run(jpa, em -> {
            CallbackEntity entity = new CallbackEntity(channel, now(), OrderOutcomes.cut(callback.remoteAddress(), 64),
                    OrderOutcomes.cut(callback.contentType(), 200), callback.body(), OrderOutcomes.cut(headers(callback), 4000),
                    OrderOutcomes.cut(PaymentViews.encode(flat(callback.query())), 2000));
            em.persist(entity);
            em.flush();
            return entity.id;
        });
        return process(stored, channel, callback);
    }

    /** Looks at a stored callback; also what the repair job does for one stored while its channel was away. */
    CallbackAnswer process(long callbackId, String channelId, RawCallback callback) {
        Optional<PaymentChannelRegistry.Installed> installed = channels.find(channelId);
        if (installed.isEmpty()) {
            record(callbackId, CallbackEntity.Outcome.NO_CHANNEL, null, "channel not installed");
            return new CallbackAnswer(503, "0|channel unavailable");
        }
        CallbackResult parsed;
        try {
            parsed = installed.get().channel().verifyAndParse(callback);
        } catch (InvalidCallbackException e) {
            LOG.warn("Rejected a callback for channel {} from {}: {}", channelId, callback.remoteAddress(), e.getMessage());
            Tx.run(jpa, em -> {
                em.persist(new DiscrepancyEntity(Discrepancy.Kind.FORGED_CALLBACK, channelId, null, null, now(),
                        "Callback " + callbackId + " failed verification: " + e.getMessage()));
                mark(em.find(CallbackEntity.class, callbackId), CallbackEntity.Outcome.REJECTED, null, e.getMessage());
                return null;
            });
            return new CallbackAnswer(400, "0|" + e.getMessage());
        }
        List<Map.Entry<ApplicantEntity, org.sojourn.applicant.spi.Transition>> paid = new java.util.ArrayList<>();
        Tx.run(jpa, em -> {
            CallbackEntity entity = em.find(CallbackEntity.class, callbackId);
            Optional<PaymentOrderEntity> found = em.createQuery("select o from PaymentOrderEntity o where o.reference = :reference"
                    + " and o.channelId = :channel", PaymentOrderEntity.class)
                    .setParameter("reference", parsed.orderReference()).setParameter("channel", channelId)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
            if (found.isEmpty()) {
                em.persist(new DiscrepancyEntity(Discrepancy.Kind.UNKNOWN_ORDER, channelId, null, parsed.orderReference(), now(),
                        "Callback " + callbackId + " reports " + parsed.result().status() + " for an order this channel never made."));
                mark(entity, CallbackEntity.Outcome.UNKNOWN_ORDER, null, null);
                return null;
            }
            PaymentOrderEntity order = found.get();
            OrderOutcomes.Applied applied = parsed.instructions() != null
                    ? OrderOutcomes.instructions(order, parsed.instructions(), now())
                    : OrderOutcomes.result(em, order, parsed.result(), now());
            paid.addAll(applied.transitions());
            mark(entity, applied.outcome(), order.id, parsed.result().detail());
            return null;
        });
        Hooks.after(types, paid);
        return new CallbackAnswer(200, parsed.acknowledgement());
    }

    private void record(long callbackId, CallbackEntity.Outcome outcome, Long orderId, String detail) {
        Tx.run(jpa, em -> {
            mark(em.find(CallbackEntity.class, callbackId), outcome, orderId, detail);
            return null;
        });
    }

    private static void mark(CallbackEntity entity, CallbackEntity.Outcome outcome, Long orderId, String detail) {
        entity.outcome = outcome;
        entity.orderId = orderId;
        entity.detail = OrderOutcomes.cut(detail, 300);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Headers one per line as {@code name: value}, for officers reading a disputed callback. */
    static String headers(RawCallback callback) {
        return callback.headers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(header -> header.getValue().stream().map(value -> header.getKey() + ": " + value))
                .collect(Collectors.joining("\n"));
    }

    static Map<String, String> flat(Map<String, List<String>> query) {
        Map<String, String> flat = new java.util.LinkedHashMap<>();
        query.forEach((name, values) -> flat.put(name, values.isEmpty() ? "" : values.get(0)));
        return flat;
    }

    /** @return the callback as stored, to look at it again */
    static RawCallback restore(CallbackEntity entity) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        if (entity.headers != null && !entity.headers.isEmpty()) {
            for (String line : entity.headers.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.computeIfAbsent(line.substring(0, colon), name -> new java.util.ArrayList<>()).add(line.substring(colon + 2));
                }
            }
        }
        Map<String, List<String>> query = new java.util.HashMap<>();
        PaymentViews.decode(entity.queryString).forEach((name, value) -> query.put(name, List.of(value)));
        return new RawCallback("POST", entity.contentType, entity.body, headers, query, entity.remoteAddress);
    }
}
