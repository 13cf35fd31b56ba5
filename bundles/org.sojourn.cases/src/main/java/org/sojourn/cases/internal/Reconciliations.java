package org.sojourn.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.sojourn.payment.api.Discrepancy;
import org.sojourn.payment.api.PaymentOrderStatus;
import org.sojourn.payment.api.Reconciliation;
import org.sojourn.payment.spi.ChannelDescriptor;

/**
 * The daily reconciliation report (對帳): per channel, the orders the providers say were paid that
 * day in Taiwan time, the fees due for them against what the providers reported, and the
 * discrepancies found that day. Orders count on the day of the provider's payment time, which is
 * how providers' own settlement files are cut.
 */
final class Reconciliations {

    private final JpaTemplate jpa;
    private final PaymentChannelRegistry channels;

    Reconciliations(JpaTemplate jpa, PaymentChannelRegistry channels) {
        this.jpa = jpa;
        this.channels = channels;
    }

    /**
     * @param full       the whole day's report
     * @param channelIds the channels a payment partner runs
     * @return the report of those channels only, the payments without the case identifiers
     */
    static Reconciliation forPartner(Reconciliation full, Set<String> channelIds) {
        return new Reconciliation(full.day(), full.channels().stream().filter(day -> channelIds.contains(day.channelId()))
                .map(day -> new Reconciliation.ChannelDay(day.channelId(), day.labelZh(), day.labelEn(),
                        day.payments().stream().map(Reconciliations::withoutCaseIdentifiers).toList(), day.count(),
                        day.amountTwd(), day.channelFeeTwd(), day.reportedTwd(), day.discrepancies()))
                .toList());
    }

    private static Reconciliation.SettledPayment withoutCaseIdentifiers(Reconciliation.SettledPayment payment) {
        return new Reconciliation.SettledPayment(payment.orderId(), payment.reference(), payment.providerReference(),
                payment.paidAt(), List.of(), List.of(), payment.amountTwd(), payment.channelFeeTwd(), payment.reportedTwd());
    }

    Reconciliation of(LocalDate day) {
        Instant from = day.atStartOfDay(RocYear.TAIWAN).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(RocYear.TAIWAN).toInstant();
        return Tx.run(jpa, em -> {
            List<PaymentOrderEntity> paid = em.createQuery("select distinct o from PaymentOrderEntity o left join fetch o.groups l"
                    + " left join fetch l.group where o.status = :paid and o.paidAt >= :from and o.paidAt < :to"
                    + " order by o.paidAt, o.id", PaymentOrderEntity.class).setParameter("paid", PaymentOrderStatus.SUCCEEDED)
                    .setParameter("from", from).setParameter("to", to).getResultList();
            List<DiscrepancyEntity> found = em.createQuery("select d from DiscrepancyEntity d where d.foundAt >= :from"
                    + " and d.foundAt < :to order by d.foundAt, d.id", DiscrepancyEntity.class).setParameter("from", from)
                    .setParameter("to", to).getResultList();
            Map<Long, String> orderIds = orderIds(em, found);

            Map<String, List<Reconciliation.SettledPayment>> payments = new TreeMap<>();
            channels.all().forEach(installed -> payments.put(installed.descriptor().id(), new ArrayList<>()));
            for (PaymentOrderEntity order : paid) {
                payments.computeIfAbsent(order.channelId, id -> new ArrayList<>()).add(settled(order));
            }
            Map<String, List<Discrepancy>> discrepancies = found.stream().collect(Collectors.groupingBy(d -> d.channelId,
                    TreeMap::new, Collectors.mapping(d -> PaymentViews.discrepancy(d, orderIds.get(d.orderId)), Collectors.toList())));
            discrepancies.keySet().forEach(id -> payments.computeIfAbsent(id, none -> new ArrayList<>()));

            List<Reconciliation.ChannelDay> days = new ArrayList<>();
            payments.forEach((id, rows) -> days.add(channelDay(id, rows, discrepancies.getOrDefault(id, List.of()))));
            return new Reconciliation(day, days);
        });
    }

    private Reconciliation.ChannelDay channelDay(String id, List<Reconciliation.SettledPayment> rows, List<Discrepancy> found) {
        ChannelDescriptor descriptor = channels.find(id).map(PaymentChannelRegistry.Installed::descriptor).orElse(null);
        return new Reconciliation.ChannelDay(id, descriptor == null ? id : descriptor.labelZh(), descriptor == null ? id : descriptor.labelEn(),
                List.copyOf(rows), rows.size(), rows.stream().mapToLong(Reconciliation.SettledPayment::amountTwd).sum(),
                rows.stream().mapToLong(Reconciliation.SettledPayment::channelFeeTwd).sum(),
                rows.stream().mapToLong(Reconciliation.SettledPayment::reportedTwd).sum(), List.copyOf(found));
    }

    /** The fees due are the sum of the order's group lines, not the order's own total, so a wrong total shows. */
    private static Reconciliation.SettledPayment settled(PaymentOrderEntity order) {
        List<OrderGroupEntity> lines = order.groups.stream()
                .sorted(java.util.Comparator.comparing(line -> line.group.groupNumber)).toList();
        long due = lines.stream().mapToLong(line -> line.amountTwd).sum();
        return new Reconciliation.SettledPayment(order.publicId, order.reference, order.providerReference, order.paidAt,
                lines.stream().map(line -> line.group.groupNumber).toList(),
                lines.stream().map(line -> line.feeReceiptNumber == null ? "" : line.feeReceiptNumber).toList(), due,
                order.channelFeeTwd, order.paidAmountTwd == null ? 0 : order.paidAmountTwd);
    }

    private static Map<Long, String> orderIds(javax.persistence.EntityManager em, List<DiscrepancyEntity> found) {
        List<Long> ids = found.stream().map(d -> d.orderId).filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return new java.util.HashMap<>(); // looked up with null keys: Map.of() would throw
        }
        return em.createQuery("select o.id, o.publicId from PaymentOrderEntity o where o.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }
}
