package org.sojourn.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.applicant.spi.Transition;
import org.sojourn.cases.api.CaseAction;
import org.sojourn.cases.api.CaseStatus;

/**
 * Applies what a passed deadline means (§8): a case not corrected or supplemented in time is not
 * accepted (不受理); an approval not paid by its payment deadline lapses (核准失效) — but only once
 * no payment order of its group is open, since a convenience-store or bank payment made on the last
 * day reaches Sojourn days later, and the order's own expiry asks the provider first. Zero-fee
 * approvals (nothing to pay) never lapse. Every node runs it; each case is decided in its own
 * transaction under its row lock and only if it is still overdue, so two nodes, or a run after a
 * crash, never decide one twice.
 */
@Component(service = DeadlineSweeper.class, immediate = true, configurationPid = "org.sojourn.deadlines",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DeadlineSweeper.Config.class)
public final class DeadlineSweeper {

    /** Deadline settings ({@code etc/org.sojourn.deadlines.cfg}). */
    @ObjectClassDefinition(name = "Sojourn deadlines", description = "How often passed deadlines are applied")
    @interface Config {
        /** @return seconds between two sweeps */
        @AttributeDefinition(description = "Seconds between two sweeps for passed deadlines (1-86400)")
        int sweepSeconds() default 300;
    }

    static final String SYSTEM = "SYSTEM";
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineSweeper.class);
    private static final List<CaseStatus> RETURNED = List.of(CaseStatus.RETURNED_FOR_CORRECTION, CaseStatus.AWAITING_SUPPLEMENT);

    private final JpaTemplate jpa;
    private final ApplicantTypeRegistry types;
    private final CaseNotifier notifier;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    /**
     * @param config   how often to sweep
     * @param jpa      the persistence unit
     * @param types    the installed applicant types, for their hooks
     * @param notifier the case mails
     */
    @Activate
    public DeadlineSweeper(Config config, @Reference(target = "(osgi.unit.name=sojourn)") JpaTemplate jpa,
            @Reference ApplicantTypeRegistry types, @Reference CaseNotifier notifier) {
        if (config.sweepSeconds() < 1 || config.sweepSeconds() > 86_400) {
            throw new IllegalArgumentException("etc/org.sojourn.deadlines.cfg: sweepSeconds must be 1-86400");
        }
        this.jpa = jpa;
        this.types = types;
        this.notifier = notifier;
        this.clock = Clock.systemUTC();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sojourn-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::sweepSafely, config.sweepSeconds(), config.sweepSeconds(), TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void sweepSafely() {
        try {
            int refused = sweep();
            if (refused > 0) {
                LOG.info("{} case(s) not accepted: correction or supplement deadline passed", refused);
            }
            int lapsed = lapseUnpaid();
            if (lapsed > 0) {
                LOG.info("{} approval(s) lapsed: payment deadline passed", lapsed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Applying passed deadlines failed; the next sweep tries again", e);
        }
    }

    /** @return how many cases were not accepted */
    int sweep() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), RocYear.TAIWAN);
        List<Long> overdue = Tx.run(jpa, em -> em.createQuery("select a.id from ApplicantEntity a where a.status in :returned"
                + " and a.deadline < :today", Long.class).setParameter("returned", RETURNED).setParameter("today", today)
                .getResultList());
        int refused = 0;
        for (Long id : overdue) {
            refused += refuseIfStillOverdue(id, today) ? 1 : 0;
        }
        return refused;
    }

    /** @return how many unpaid approvals lapsed */
    int lapseUnpaid() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), RocYear.TAIWAN);
        List<Long> overdue = Tx.run(jpa, em -> em.createQuery("select a.id from ApplicantEntity a where a.status = :approved"
                + " and a.deadline < :today and a.feeTwd > 0", Long.class).setParameter("approved", CaseStatus.AWAITING_PAYMENT)
                .setParameter("today", today).getResultList());
        int lapsed = 0;
        for (Long id : overdue) {
            lapsed += lapseIfStillUnpaid(id, today) ? 1 : 0;
        }
        return lapsed;
    }

    private boolean lapseIfStillUnpaid(long id, LocalDate today) {
        Transition[] done = {null};
        ApplicantEntity[] type = {null};
        boolean lapsed = Tx.run(jpa, em -> {
            ApplicantEntity applicant = em.find(ApplicantEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (applicant == null || applicant.status != CaseStatus.AWAITING_PAYMENT || applicant.deadline == null
                    || !applicant.deadline.isBefore(today) || !JpaPayments.openOrders(em, List.of(applicant.group.id)).isEmpty()) {
                return false; // paid, being paid, or another node was first
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            CaseStatus to = StateGraph.require(applicant.status, CaseAction.LAPSE_APPROVAL);
            String reason = "逾期未繳費（繳費期限 " + applicant.deadline + "），核准失效。 / Not paid by the deadline, "
                    + applicant.deadline + "; the approval lapsed.";
            em.persist(new CommentEntity(applicant.group.id, applicant.id, now, 0L, SYSTEM, CommentEntity.COMMENT, reason));
            History.record(em, now, null, applicant.group, applicant, CaseAction.LAPSE_APPROVAL.name(), applicant.status, to, reason);
            done[0] = new Transition(applicant.receiptNumber, CaseAction.LAPSE_APPROVAL, applicant.status, to, Forms.of(applicant));
            type[0] = applicant;
            notifier.decided(em, applicant, CaseAction.LAPSE_APPROVAL, reason);
            applicant.status = to;
            applicant.deadline = null;
            applicant.updatedAt = now;
            return true;
        });
        if (lapsed) {
            Hooks.after(types, List.of(Map.entry(type[0], done[0])));
        }
        return lapsed;
    }

    private boolean refuseIfStillOverdue(long id, LocalDate today) {
        Transition[] done = {null};
        ApplicantEntity[] type = {null};
        boolean refused = Tx.run(jpa, em -> {
            ApplicantEntity applicant = em.find(ApplicantEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (applicant == null || !RETURNED.contains(applicant.status) || applicant.deadline == null
                    || !applicant.deadline.isBefore(today)) {
                return false; // another node, or the applicant, was first
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            CaseStatus from = applicant.status;
            CaseStatus to = StateGraph.require(from, CaseAction.NOT_ACCEPT);
            String reason = "逾期未" + (from == CaseStatus.RETURNED_FOR_CORRECTION ? "補正" : "補件") + "（期限 "
                    + applicant.deadline + "）。 / The " + (from == CaseStatus.RETURNED_FOR_CORRECTION ? "correction" : "supplement")
                    + " was due by " + applicant.deadline + ".";
            em.persist(new CommentEntity(applicant.group.id, applicant.id, now, 0L, SYSTEM, CommentEntity.COMMENT, reason));
            History.record(em, now, null, applicant.group, applicant, CaseAction.NOT_ACCEPT.name(), from, to, reason);
            done[0] = new Transition(applicant.receiptNumber, CaseAction.NOT_ACCEPT, from, to, Forms.of(applicant));
            type[0] = applicant;
            applicant.status = to;
            applicant.deadline = null;
            applicant.updatedAt = now;
            notifier.decided(em, applicant, CaseAction.NOT_ACCEPT, reason);
            return true;
        });
        if (refused) {
            Hooks.after(types, List.of(Map.entry(type[0], done[0])));
        }
        return refused;
    }
}
