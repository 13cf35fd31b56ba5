package org.sojourn.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.payment.api.PaidCase;
import org.sojourn.payment.api.PaymentOrderStatus;

/**
 * The paid cases of the download area and of a certificate's verification: each with when its group
 * was paid, and whether a later paid case under the same certificate number superseded it.
 */
final class PaidCases {

    static final int MAX_LISTED = 500;
    private static final Set<CaseStatus> ISSUED = Set.of(CaseStatus.PAID, CaseStatus.CARD_READY, CaseStatus.PICKED_UP);

    private static final String SELECT = "select a, o.paidAt, (select min(b.receiptNumber) from ApplicantEntity b"
            + " where b.certificateNumber = a.certificateNumber and b.id > a.id and b.status in :issued)"
            + " from ApplicantEntity a, OrderGroupEntity l join l.order o join l.group g where a.group = g and o.status = :paid";

    private PaidCases() {
    }

    /** @return the cases the actor reaches, newest payment first */
    static List<PaidCase> list(EntityManager em, Actor actor, String groupNumber, String receiptNumber, LocalDate paidFrom,
            LocalDate paidTo) {
        StringBuilder where = new StringBuilder(" and a.status in :issued");
        Map<String, Object> parameters = new LinkedHashMap<>();
        filter(actor, groupNumber, paidFrom, paidTo, where, parameters);
        if (receiptNumber != null) {
            where.append(" and a.receiptNumber = :receipt");
            parameters.put("receipt", receiptNumber.strip());
        }
        TypedQuery<Object[]> query = em.createQuery(SELECT + where + " order by o.paidAt desc, a.receiptNumber", Object[].class);
        parameters.forEach(query::setParameter);
        return query.setParameter("issued", ISSUED).setParameter("paid", PaymentOrderStatus.SUCCEEDED).setMaxResults(MAX_LISTED)
                .getResultList().stream().map(PaidCases::paidCase).toList();
    }

    /**
     * The download area's filters common to receipts and paid cases, on {@code g} (the group) and
     * {@code o} (its paid order): the groups the actor reaches, a group number, payment days in Taiwan.
     */
    static void filter(Actor actor, String groupNumber, LocalDate paidFrom, LocalDate paidTo, StringBuilder where,
            Map<String, Object> parameters) {
        JpaCaseQueries.reach(actor, where, parameters);
        if (groupNumber != null) {
            where.append(" and g.groupNumber = :number");
            parameters.put("number", groupNumber.strip());
        }
        if (paidFrom != null) {
            where.append(" and o.paidAt >= :from");
            parameters.put("from", paidFrom.atStartOfDay(RocYear.TAIWAN).toInstant());
        }
        if (paidTo != null) {
            where.append(" and o.paidAt < :to");
            parameters.put("to", paidTo.plusDays(1).atStartOfDay(RocYear.TAIWAN).toInstant());
        }
    }

    /** @return the case with this receipt number, revoked or not, once its group is paid */
    static Optional<PaidCase> find(EntityManager em, String receiptNumber) {
        Set<CaseStatus> shown = EnumSet.of(CaseStatus.GRANT_REVOKED);
        shown.addAll(ISSUED);
        return em.createQuery(SELECT + " and a.receiptNumber = :receipt and a.status in :shown", Object[].class)
                .setParameter("receipt", receiptNumber).setParameter("shown", shown).setParameter("issued", ISSUED)
                .setParameter("paid", PaymentOrderStatus.SUCCEEDED).getResultList().stream().findFirst().map(PaidCases::paidCase);
    }

    private static PaidCase paidCase(Object[] row) {
        ApplicantEntity a = (ApplicantEntity) row[0];
        return new PaidCase(a.group.groupNumber, a.receiptNumber, a.applicantType, a.englishName == null ? "" : a.englishName,
                a.chineseName == null ? "" : a.chineseName,
                Views.grant(a),
                a.status, (Instant) row[1], (String) row[2]);
    }
}
