package org.sojourn.cases.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.CaseQueries;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.DashboardLine;
import org.sojourn.cases.api.GroupNumber;
import org.sojourn.cases.api.Page;
import org.sojourn.cases.api.ProgressQuery;
import org.sojourn.cases.api.ProgressRow;

/**
 * The progress query and the dashboard on JPA: aggregate queries over the submitted cases the
 * actor reaches, two per page whatever its size.
 */
@Component
public final class JpaCaseQueries implements CaseQueries {

    private static final int MAX_PAGE_SIZE = 100;

    private final JpaTemplate jpa;

    /** @param jpa the persistence unit */
    @Activate
    public JpaCaseQueries(@Reference(target = "(osgi.unit.name=sojourn)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Page<ProgressRow> progress(Actor actor, ProgressQuery query) {
        return page(actor, query, Math.max(0, query.page()), Math.max(1, Math.min(MAX_PAGE_SIZE, query.size())));
    }

    @Override
    public long exportProgress(Actor actor, ProgressQuery query, int limit, Consumer<ProgressRow> sink) {
        return Exports.all(limit, number -> page(actor, query, number, Exports.PAGE), sink);
    }

    private Page<ProgressRow> page(Actor actor, ProgressQuery query, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        // Filters on the group, and on its cases: a group is listed when one of its cases matches.
        StringBuilder groupWhere = new StringBuilder(" where g.submittedAt is not null");
        StringBuilder caseWhere = new StringBuilder();
        reach(actor, groupWhere, parameters);
        filter(groupWhere, parameters, query.businessLine(), "g.businessLine = :line", "line", query.businessLine());
        if (query.groupNumber() != null) {
            groupWhere.append(" and g.groupNumber = :number");
            parameters.put("number", GroupNumber.parse(query.groupNumber()).toString());
        }
        if (query.submittedFrom() != null) {
            groupWhere.append(" and g.submittedAt >= :from");
            parameters.put("from", query.submittedFrom().atStartOfDay(RocYear.TAIWAN).toInstant());
        }
        if (query.submittedTo() != null) {
            groupWhere.append(" and g.submittedAt < :to");
            parameters.put("to", query.submittedTo().plusDays(1).atStartOfDay(RocYear.TAIWAN).toInstant());
        }
        if (query.statusGroup() != null) {
            caseWhere.append(" and a.status in :statuses");
            parameters.put("statuses", query.statusGroup().statuses());
        }
        filter(caseWhere, parameters, query.receiptNumber(), "a.receiptNumber = :receipt", "receipt", query.receiptNumber());
        if (query.name() != null) {
            caseWhere.append(" and (lower(a.englishName) like :name escape '\\' or a.chineseName like :name escape '\\')");
            parameters.put("name", escapeLike(query.name().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        filter(caseWhere, parameters, query.birthDate(), "a.birthDate = :birth", "birth",
                query.birthDate() == null ? null : query.birthDate().toString());
        String groups = " from CaseGroupEntity g" + groupWhere + (caseWhere.length() == 0 ? ""
                : " and exists (select a.id from ApplicantEntity a where a.group = g" + caseWhere + ")");
        String order = query.newestFirst() ? " order by g.submittedAt desc, g.id desc" : " order by g.submittedAt, g.id";
        return Tx.run(jpa, em -> {
            // The page's groups first, walking the submission-date index; then only their cases are counted.
            TypedQuery<Long> pageIds = em.createQuery("select g.id" + groups + order, Long.class);
            TypedQuery<Long> total = em.createQuery("select count(g)" + groups, Long.class);
            parameters.forEach((name, value) -> {
                pageIds.setParameter(name, value);
                total.setParameter(name, value);
            });
            List<Long> ids = pageIds.setFirstResult(page * size).setMaxResults(size).getResultList();
            if (ids.isEmpty()) {
                return new Page<ProgressRow>(List.of(), page, size, total.getSingleResult());
            }
            String cases = " from ApplicantEntity a join a.group g where g.id in :ids" + caseWhere;
            TypedQuery<Object[]> rows = em.createQuery("select g.id, g.publicId, g.groupNumber, g.applicationName,"
                    + " g.businessLine, min(a.receiptNumber), max(a.receiptNumber), count(a), g.submittedAt" + cases
                    + " group by g.id, g.publicId, g.groupNumber, g.applicationName, g.businessLine, g.submittedAt",
                    Object[].class);
            TypedQuery<Object[]> byStatus = em.createQuery("select g.id, a.status, count(a)" + cases
                    + " group by g.id, a.status", Object[].class);
            for (TypedQuery<Object[]> q : List.of(rows, byStatus)) {
                q.setParameter("ids", ids);
                parameters.entrySet().stream().filter(e -> caseWhere.indexOf(":" + e.getKey()) >= 0)
                        .forEach(e -> q.setParameter(e.getKey(), e.getValue()));
            }
            Map<Long, Map<CaseStatus, Long>> stages = new HashMap<>();
            for (Object[] row : byStatus.getResultList()) {
                stages.computeIfAbsent((Long) row[0], id -> new EnumMap<>(CaseStatus.class)).put((CaseStatus) row[1], (Long) row[2]);
            }
            Map<Long, ProgressRow> byId = new HashMap<>();
            for (Object[] row : rows.getResultList()) {
                byId.put((Long) row[0], new ProgressRow((String) row[1], (String) row[2], (String) row[3], (String) row[4],
                        (String) row[5], (String) row[6], (Long) row[7], stages.getOrDefault((Long) row[0], Map.of()),
                        (Instant) row[8]));
            }
            return new Page<>(ids.stream().map(byId::get).toList(), page, size, total.getSingleResult());
        });
    }

    @Override
    public List<DashboardLine> dashboard(Actor actor) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" from ApplicantEntity a join a.group g where g.submittedAt is not null");
        reach(actor, where, parameters);
        return Tx.run(jpa, em -> {
            TypedQuery<Object[]> counts = em.createQuery("select g.businessLine, a.status, count(a)"
                    + where + " group by g.businessLine, a.status", Object[].class);
            parameters.forEach(counts::setParameter);
            Map<String, long[]> lines = new TreeMap<>();
            for (Object[] row : counts.getResultList()) {
                long[] line = lines.computeIfAbsent((String) row[0], code -> new long[4]);
                long cases = (Long) row[2];
                switch ((CaseStatus) row[1]) {
                    case AWAITING_FIRST_REVIEW, AWAITING_SECOND_REVIEW -> line[0] += cases;
                    case RETURNED_FOR_CORRECTION, AWAITING_SUPPLEMENT -> line[1] += cases;
                    case AWAITING_PAYMENT -> line[2] += cases;
                    case NOT_ACCEPTED, NOT_APPROVED, APPROVAL_LAPSED -> line[3] += cases;
                    default -> {
                        // paid, withdrawn and picked-up cases need nobody's attention
                    }
                }
            }
            TypedQuery<Object[]> refused = em.createQuery("select g.businessLine, count(distinct g.id)" + where
                    + " and a.status in :refused group by g.businessLine", Object[].class);
            parameters.forEach(refused::setParameter);
            refused.setParameter("refused", List.of(CaseStatus.NOT_ACCEPTED, CaseStatus.NOT_APPROVED, CaseStatus.APPROVAL_LAPSED));
            Map<String, Long> refusedByLine = new HashMap<>();
            refused.getResultList().forEach(row -> refusedByLine.put((String) row[0], (Long) row[1]));
            return lines.entrySet().stream().map(e -> new DashboardLine(e.getKey(), e.getValue()[0], e.getValue()[1],
                    e.getValue()[2], refusedByLine.getOrDefault(e.getKey(), 0L), e.getValue()[3])).toList();
        });
    }

    /** Limits a query on groups {@code g} to those the actor reaches. */
    static void reach(Actor actor, StringBuilder where, Map<String, Object> parameters) {
        switch (actor.reach()) {
            case ALL -> {
                // officers: every submitted group
            }
            case SCHOOL -> {
                where.append(" and g.schoolNumber = :school");
                parameters.put("school", actor.schoolNumber());
            }
            case OWN -> {
                where.append(" and g.ownerAccountId = :account");
                parameters.put("account", actor.accountId());
            }
        }
    }

    private static void filter(StringBuilder where, Map<String, Object> parameters, Object present, String clause,
            String name, Object value) {
        if (present != null && !(present instanceof String text && text.isBlank())) {
            where.append(" and ").append(clause);
            parameters.put(name, value instanceof String text ? text.strip() : value);
        }
    }

    /** Names are matched from their start; a % or _ typed by the user is taken literally. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
