package org.sojourn.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sojourn.applicant.spi.ApplicantForm;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.GrantTerms;
import org.sojourn.applicant.spi.PriorGrant;
import org.sojourn.applicant.spi.Transition;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.ApplicantView;
import org.sojourn.cases.api.CaseAction;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.Decision;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.GroupNumber;
import org.sojourn.cases.api.Page;
import org.sojourn.cases.api.Performer;
import org.sojourn.cases.api.QueueEntry;
import org.sojourn.cases.api.ReviewQuery;
import org.sojourn.cases.api.Reviews;

/** The officers' queues and decisions on JPA; each decision is one transaction with its history. */
@Component
public final class JpaReviews implements Reviews {

    private static final Set<CaseStatus> QUEUES = Set.of(CaseStatus.AWAITING_FIRST_REVIEW, CaseStatus.AWAITING_SECOND_REVIEW);
    private static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_COMMENT_LENGTH = 2000;

    private final JpaTemplate jpa;
    private final ApplicantTypeRegistry types;
    private final CaseNotifier notifier;
    private final WorkingDays calendar;
    private final Clock clock;

    /**
     * @param jpa      the persistence unit
     * @param types    the installed applicant types
     * @param notifier the case mails
     * @param calendar the working days deadlines count in
     */
    @Activate
    public JpaReviews(@Reference(target = "(osgi.unit.name=sojourn)") JpaTemplate jpa,
            @Reference ApplicantTypeRegistry types, @Reference CaseNotifier notifier, @Reference WorkingDays calendar) {
        this(jpa, types, notifier, calendar, Clock.systemUTC());
    }

    JpaReviews(JpaTemplate jpa, ApplicantTypeRegistry types, CaseNotifier notifier, WorkingDays calendar, Clock clock) {
        this.jpa = jpa;
        this.types = types;
        this.notifier = notifier;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Page<QueueEntry> queue(Actor actor, ReviewQuery query) {
        requireQueue(actor, query);
        return page(query, Math.max(0, query.page()), Math.max(1, Math.min(MAX_PAGE_SIZE, query.size())));
    }

    @Override
    public long exportQueue(Actor actor, ReviewQuery query, int limit, Consumer<QueueEntry> sink) {
        requireQueue(actor, query);
        return Exports.all(limit, number -> page(query, number, Exports.PAGE), sink);
    }

    private static void requireQueue(Actor actor, ReviewQuery query) {
        requireOfficer(actor);
        if (query.status() == null || !QUEUES.contains(query.status())) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "UNKNOWN_QUEUE", "請選擇待初審或待複審。",
                    "Choose the queue AWAITING_FIRST_REVIEW or AWAITING_SECOND_REVIEW.",
                    List.of(new FieldProblem("status", "NOT_A_CHOICE", "請選擇待初審或待複審。",
                            "AWAITING_FIRST_REVIEW or AWAITING_SECOND_REVIEW")));
        }
    }

    private Page<QueueEntry> page(ReviewQuery query, int page, int size) {
        StringBuilder where = new StringBuilder(" where a.status = :status");
        if (query.businessLine() != null) {
            where.append(" and g.businessLine = :line");
        }
        if (query.applicantType() != null) {
            where.append(" and a.applicantType = :type");
        }
        if (query.groupNumber() != null) {
            where.append(" and g.groupNumber = :number");
        }
        if (query.submittedFrom() != null) {
            where.append(" and g.submittedAt >= :from");
        }
        if (query.submittedTo() != null) {
            where.append(" and g.submittedAt < :to");
        }
        return Tx.run(jpa, em -> {
            // The group is fetched with its cases: the entries show its number and date.
            TypedQuery<ApplicantEntity> list = em.createQuery("select a from ApplicantEntity a join fetch a.group g" + where
                    + " order by g.submittedAt, g.id, a.position", ApplicantEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(a) from ApplicantEntity a join a.group g" + where, Long.class);
            for (TypedQuery<?> q : List.of(list, count)) {
                q.setParameter("status", query.status());
                if (query.businessLine() != null) {
                    q.setParameter("line", query.businessLine());
                }
                if (query.applicantType() != null) {
                    q.setParameter("type", query.applicantType());
                }
                if (query.groupNumber() != null) {
                    q.setParameter("number", GroupNumber.parse(query.groupNumber()).toString());
                }
                if (query.submittedFrom() != null) {
                    q.setParameter("from", query.submittedFrom().atStartOfDay(RocYear.TAIWAN).toInstant());
                }
                if (query.submittedTo() != null) {
                    q.setParameter("to", query.submittedTo().plusDays(1).atStartOfDay(RocYear.TAIWAN).toInstant());
                }
            }
            List<QueueEntry> items = list.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                    .map(a -> new QueueEntry(a.receiptNumber, a.group.groupNumber, a.group.publicId, Views.summary(a, types),
                            a.group.businessLine, a.group.schoolNumber, a.group.submittedAt))
                    .toList();
            return new Page<>(items, page, size, count.getSingleResult());
        });
    }

    @Override
    public ApplicantView reviewCase(Actor actor, String receiptNumber) {
        requireOfficer(actor);
        return Tx.run(jpa, em -> Views.applicant(em, byReceipt(em, receiptNumber, false), types));
    }

    @Override
    public ApplicantView decide(Actor actor, String receiptNumber, Decision decision) {
        String comment = checked(actor, decision);
        List<Map.Entry<ApplicantEntity, Transition>> done = new ArrayList<>();
        ApplicantView view = Tx.run(jpa, em -> {
            ApplicantEntity applicant = byReceipt(em, receiptNumber, true);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            done.add(take(em, actor, applicant, decision, comment, now));
            if (!comment.isEmpty()) {
                em.persist(new CommentEntity(applicant.group.id, applicant.id, now, actor.accountId(), actor.role(),
                        CommentEntity.COMMENT, comment));
            }
            notifier.decided(em, applicant, decision.action(), comment);
            em.flush();
            return Views.applicant(em, applicant, types);
        });
        Hooks.after(types, done);
        return view;
    }

    @Override
    public List<ApplicantView> decideGroup(Actor actor, String groupNumber, Decision decision) {
        String comment = checked(actor, decision);
        CaseAction action = decision.action();
        List<Map.Entry<ApplicantEntity, Transition>> done = new ArrayList<>();
        List<ApplicantView> views = Tx.run(jpa, em -> {
            CaseGroupEntity group = CaseAccess.group(em, actor, groupNumber, true);
            List<ApplicantEntity> concerned = group.applicants.stream()
                    .filter(a -> StateGraph.next(a.status, action).isPresent()).toList();
            if (concerned.isEmpty()) {
                throw new DomainException(ErrorKind.CONFLICT, "TRANSITION_NOT_ALLOWED", "此團沒有可以「" + action.nameZh() + "」的案件。",
                        "No case of this group can be given the action " + action.nameEn() + ".");
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            for (ApplicantEntity applicant : concerned) {
                done.add(take(em, actor, applicant, decision, comment, now));
            }
            notifier.decided(em, concerned, action, comment);
            if (!comment.isEmpty()) {
                // One comment on the group as a whole, as the seeds' group-level return shows it.
                em.persist(new CommentEntity(group.id, null, now, actor.accountId(), actor.role(), CommentEntity.COMMENT, comment));
            }
            em.flush();
            return concerned.stream().map(a -> Views.applicant(em, a, types)).toList();
        });
        Hooks.after(types, done);
        return views;
    }

    /** @return the decision's comment, stripped, once the actor, action and comment pass */
    private static String checked(Actor actor, Decision decision) {
        requireOfficer(actor);
        if (decision.action() == null) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "ACTION_REQUIRED", "請選擇審核結果。", "Choose a decision.",
                    List.of(new FieldProblem("action", "REQUIRED", "必須填寫", "Required")));
        }
        CaseAction action = decision.action();
        if (!actor.may(action.performer())) {
            throw new DomainException(ErrorKind.FORBIDDEN, "NOT_YOUR_DECISION", "您的職務不能「" + action.nameZh() + "」。",
                    "Your role cannot take the action " + action.nameEn() + ".");
        }
        String comment = decision.comment() == null ? "" : decision.comment().strip();
        if (action.commentRequired() && comment.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "COMMENT_REQUIRED", "請填寫意見或理由，申請人會看到。",
                    "Give the comment or reason the applicant will read.",
                    List.of(new FieldProblem("comment", "REQUIRED", "必須填寫", "Required")));
        }
        if (comment.length() > MAX_COMMENT_LENGTH) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "COMMENT_TOO_LONG", "意見不得超過 2000 字。",
                    "At most 2000 characters.", List.of(new FieldProblem("comment", "TOO_LONG", "不得超過 2000 字。",
                            "At most 2000 characters.")));
        }
        return comment;
    }

    /** Moves one case, in the caller's transaction: the graph, the type's hook, approval's terms, deadline, history. */
    private Map.Entry<ApplicantEntity, Transition> take(javax.persistence.EntityManager em, Actor actor, ApplicantEntity applicant,
            Decision decision, String comment, Instant now) {
        CaseAction action = decision.action();
        boolean fromAbroad = Boolean.TRUE.equals(decision.documentsFromAbroad());
        CaseStatus from = applicant.status;
        CaseStatus to = StateGraph.require(from, action);
        ApplicantType type = types.require(applicant);
        ApplicantForm form = Forms.of(applicant);
        Transition transition = new Transition(applicant.receiptNumber, action, from, to, form);
        type.beforeTransition(transition);
        LocalDate today = LocalDate.ofInstant(now, RocYear.TAIWAN);
        if (action == CaseAction.APPROVE) {
            approve(em, actor, applicant, type, form, today);
        }
        History.record(em, now, actor, applicant.group, applicant, action.name(), from, to, comment.isEmpty() ? null : comment);
        applicant.deadline = deadline(type, form, action, fromAbroad, today);
        applicant.status = to;
        applicant.updatedAt = now;
        return Map.entry(applicant, transition);
    }

    @Override
    public ApplicantView cardDeskCase(Actor actor, String receiptNumber, String payerName) {
        requireOfficer(actor);
        return Tx.run(jpa, em -> Views.applicant(em, payerChecked(byReceipt(em, receiptNumber, false), receiptNumber, payerName),
                types));
    }

    @Override
    public ApplicantView recordPickup(Actor actor, String receiptNumber, String payerName) {
        ApplicantView found = cardDeskCase(actor, receiptNumber, payerName);
        if (found.summary().status() == CaseStatus.PICKED_UP) {
            throw new DomainException(ErrorKind.CONFLICT, "ALREADY_PICKED_UP", "此收件號的證件已領取，收據不能再次使用。",
                    "The card of this receipt was picked up already; the receipt cannot be used again.");
        }
        return decide(actor, receiptNumber, new Decision(CaseAction.RECORD_PICKUP, null));
    }

    /**
     * The card desk finds a case by its receipt number and the payer's name together (§4.11): the
     * applicant's English or Chinese name, or the group's sender, compared without case or spacing.
     */
    private static ApplicantEntity payerChecked(ApplicantEntity applicant, String receiptNumber, String payerName) {
        String payer = normalName(payerName);
        boolean matches = !payer.isEmpty() && java.util.stream.Stream.of(applicant.englishName, applicant.chineseName,
                applicant.group.senderName).map(JpaReviews::normalName).anyMatch(payer::equals);
        if (!matches) {
            throw CaseAccess.caseNotFound(receiptNumber == null ? "" : receiptNumber.strip());
        }
        return applicant;
    }

    private static String normalName(String name) {
        return name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)
                .replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Payment is due within 5 working days of approval (§8). */
    static final int PAYMENT_WORKING_DAYS = 5;

    /** @return the deadline the decision starts: to answer a return, or to pay; none for other decisions */
    private LocalDate deadline(ApplicantType type, ApplicantForm form, CaseAction action, boolean fromAbroad,
            LocalDate today) {
        return switch (action) {
            case RETURN_FOR_CORRECTION, REQUEST_SUPPLEMENT -> calendar.due(type.correctionTerm(form, action, fromAbroad), today);
            case APPROVE -> calendar.plusWorkingDays(today, PAYMENT_WORKING_DAYS);
            default -> null;
        };
    }

    /** Records the fee the type quotes and the grant it gives; the certificate number is kept or issued. */
    private static void approve(EntityManager em, Actor actor, ApplicantEntity applicant, ApplicantType type,
            ApplicantForm form, LocalDate today) {
        Optional<PriorGrant> prior = applicant.priorCertificate == null ? Optional.empty()
                : PriorGrants.find(em, allReach(actor), applicant.priorCertificate);
        GrantTerms terms = type.grant(form, prior, today);
        applicant.feeTwd = type.quote(form).amountTwd();
        applicant.grantKind = terms.documentKind();
        applicant.grantedFrom = terms.validFrom();
        applicant.grantedUntil = terms.validUntil();
        String known = applicant.fields.get("residentCertificateNumber");
        applicant.certificateNumber = known != null ? known
                : applicant.priorCertificate != null ? applicant.priorCertificate : Numbers.certificate(em);
    }

    private static Actor allReach(Actor actor) {
        return new Actor(actor.accountId(), actor.role(), Actor.Reach.ALL, null, null, actor.performs());
    }

    private static ApplicantEntity byReceipt(EntityManager em, String receiptNumber, boolean lock) {
        String number = receiptNumber == null ? "" : receiptNumber.strip();
        return em.createQuery("select a from ApplicantEntity a where a.receiptNumber = :number", ApplicantEntity.class)
                .setParameter("number", number).setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList().stream().findFirst().orElseThrow(() -> CaseAccess.caseNotFound(number));
    }

    private static void requireOfficer(Actor actor) {
        if (actor.reach() != Actor.Reach.ALL || !(actor.may(Performer.FIRST_REVIEWER) || actor.may(Performer.SECOND_REVIEWER)
                || actor.may(Performer.CARD_DESK))) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有權限執行此操作。", "You may not do this.");
        }
    }
}
