package org.sojourn.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sojourn.applicant.spi.ApplicantForm;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicationKind;
import org.sojourn.applicant.spi.BusinessLine;
import org.sojourn.applicant.spi.DocumentType;
import org.sojourn.applicant.spi.Eligibility;
import org.sojourn.applicant.spi.GrantNumber;
import org.sojourn.applicant.spi.PriorGrant;
import org.sojourn.applicant.spi.Transition;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.ApplicantFile;
import org.sojourn.cases.api.ApplicantInput;
import org.sojourn.cases.api.ApplicantView;
import org.sojourn.cases.api.Applications;
import org.sojourn.cases.api.CaseAction;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.CommentView;
import org.sojourn.cases.api.DocumentContent;
import org.sojourn.cases.api.DocumentView;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.GroupInput;
import org.sojourn.cases.api.GroupNumber;
import org.sojourn.cases.api.GroupView;
import org.sojourn.cases.api.HistoryEntry;
import org.sojourn.cases.api.Page;
import org.sojourn.cases.api.Performer;
import org.sojourn.cases.api.Portal;
import org.sojourn.cases.api.Sender;
import org.sojourn.cases.api.Submission;
import org.sojourn.cases.api.Timeline;
import org.sojourn.cases.api.Upload;
import org.sojourn.cases.api.Withdrawal;
import org.sojourn.cases.api.WithdrawalRequest;

/**
 * The applicant's side of the case core on JPA. Each public method is one transaction; checks
 * that need no database (the form's values, an upload's content) run before it opens.
 */
@Component
public final class JpaApplications implements Applications {

    /** A group holds at most 30 applicants (§3, §8). */
    static final int MAX_APPLICANTS = 30;
    /** A review takes about 5 working days (§8). */
    static final int REVIEW_WORKING_DAYS = 5;
    private static final int MAX_PAGE_SIZE = 100;

    private final JpaTemplate jpa;
    private final ApplicantTypeRegistry types;
    private final CaseNotifier notifier;
    private final WorkingDays calendar;
    private final Clock clock;

    /**
     * @param jpa      the persistence unit, published only on a migrated schema
     * @param types    the installed applicant types
     * @param notifier the case mails
     * @param calendar the working days, for when a decision is expected
     */
    @Activate
    public JpaApplications(@Reference(target = "(osgi.unit.name=sojourn)") JpaTemplate jpa,
            @Reference ApplicantTypeRegistry types, @Reference CaseNotifier notifier, @Reference WorkingDays calendar) {
        this(jpa, types, notifier, calendar, Clock.systemUTC());
    }

    JpaApplications(JpaTemplate jpa, ApplicantTypeRegistry types, CaseNotifier notifier, WorkingDays calendar,
            Clock clock) {
        this.jpa = jpa;
        this.types = types;
        this.notifier = notifier;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public GroupView createGroup(Actor actor, GroupInput input, Sender prefill) {
        requireApplicant(actor);
        if (!Boolean.TRUE.equals(input.consent())) {
            throw GroupRules.invalid(List.of(new FieldProblem("consent", "CONSENT_REQUIRED", "請先勾選同意條款。",
                    "Accept the terms first.")));
        }
        String line = input.businessLine() == null ? "" : input.businessLine().strip();
        if (!lineCodes(actor).contains(line)) {
            throw GroupRules.invalid(List.of(new FieldProblem("businessLine", "UNKNOWN_BUSINESS_LINE",
                    "請選擇申辦項目（目前提供：" + String.join("、", lineCodes(actor)) + "）。",
                    "Choose a business line (offered now: " + String.join(", ", lineCodes(actor)) + ").")));
        }
        Instant now = now();
        CaseGroupEntity group = new CaseGroupEntity(line, actor.accountId(), actor.schoolNumber(), now);
        GroupRules.apply(new GroupInput(null, input.applicationName(), input.pickupMethod(), input.pickupOffice(),
                input.sender() == null ? prefill : input.sender(), true), group, Tx.run(jpa, GroupRules::offices));
        group.consentTerms = GroupRules.TERMS_VERSION;
        group.consentAt = now;
        return Tx.run(jpa, em -> {
            em.persist(group);
            History.record(em, now, actor, group, null, "GROUP_CREATED", null, null, "consent " + GroupRules.TERMS_VERSION);
            return Views.group(em, group, types);
        });
    }

    @Override
    public Page<GroupView> groups(Actor actor, Boolean drafts, int page, int size) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int pageNumber = Math.max(0, page);
        String where = switch (actor.reach()) {
            case ALL -> "g.submittedAt is not null";
            case SCHOOL -> "g.schoolNumber = :school";
            case OWN -> "g.ownerAccountId = :account";
        } + (drafts == null ? "" : drafts ? " and g.submittedAt is null" : " and g.submittedAt is not null");
        return Tx.run(jpa, em -> {
            var list = em.createQuery("select g from CaseGroupEntity g where " + where + " order by g.createdAt desc, g.id desc",
                    CaseGroupEntity.class);
            var count = em.createQuery("select count(g) from CaseGroupEntity g where " + where, Long.class);
            if (where.contains(":school")) {
                list.setParameter("school", actor.schoolNumber());
                count.setParameter("school", actor.schoolNumber());
            } else if (where.contains(":account")) {
                list.setParameter("account", actor.accountId());
                count.setParameter("account", actor.accountId());
            }
            List<GroupView> items = list.setFirstResult(pageNumber * pageSize).setMaxResults(pageSize).getResultList()
                    .stream().map(g -> Views.group(em, g, types)).toList();
            return new Page<>(items, pageNumber, pageSize, count.getSingleResult());
        });
    }

    @Override
    public GroupView group(Actor actor, String groupId) {
        return Tx.run(jpa, em -> Views.group(em, CaseAccess.group(em, actor, groupId, false), types));
    }

    @Override
    public GroupView updateGroup(Actor actor, String groupId, GroupInput input) {
        requireApplicant(actor);
        return Tx.run(jpa, em -> {
            CaseGroupEntity group = CaseAccess.draft(em, actor, groupId);
            if (input.businessLine() != null && !input.businessLine().strip().equals(group.businessLine)) {
                throw GroupRules.invalid(List.of(new FieldProblem("businessLine", "READ_ONLY", "申辦項目建立後不能變更。",
                        "The business line cannot change once the group exists.")));
            }
            GroupRules.apply(input, group, GroupRules.offices(em));
            group.updatedAt = now();
            History.record(em, group.updatedAt, actor, group, null, "GROUP_UPDATED", null, null, null);
            return Views.group(em, group, types);
        });
    }

    @Override
    public void deleteGroup(Actor actor, String groupId) {
        requireApplicant(actor);
        Tx.run(jpa, em -> {
            CaseGroupEntity group = CaseAccess.draft(em, actor, groupId);
            History.record(em, now(), actor, group, null, "GROUP_DELETED", null, null, group.applicants.size() + " applicants");
            em.remove(group); // applicants, their values and every document go with it (on delete cascade)
            return null;
        });
    }

    @Override
    public ApplicantView addApplicant(Actor actor, String groupId, ApplicantInput input) {
        requireApplicant(actor);
        ApplicantType type = types.find(input.applicantType())
                .filter(candidate -> candidate.descriptor().portals().contains(actor.portal()))
                .orElseThrow(() -> GroupRules.invalid(List.of(new FieldProblem("applicantType", "UNKNOWN_APPLICANT_TYPE",
                        "請選擇此入口提供的身分別。", "Choose one of the applicant types this portal offers."))));
        ApplicationKind kind = kind(input.applicationKind());
        LocalDate today = today();
        FormRules.Checked checked = FormRules.check(input.fields() == null ? Map.of() : input.fields(),
                type.descriptor().fields(), today);
        return Tx.run(jpa, em -> {
            CaseGroupEntity group = CaseAccess.draft(em, actor, groupId);
            BusinessLine line = type.descriptor().businessLines().stream()
                    .filter(l -> l.groupCode().equals(group.businessLine)).findFirst()
                    .orElseThrow(() -> GroupRules.invalid(List.of(new FieldProblem("applicantType", "TYPE_NOT_IN_LINE",
                            "此申辦項目不受理這個身分別。", "This business line does not take this applicant type."))));
            if (!line.kinds().contains(kind)) {
                throw GroupRules.invalid(List.of(new FieldProblem("applicationKind", "KIND_NOT_IN_LINE",
                        "此申辦項目不受理「" + kind.nameZh() + "」。", "This business line does not take " + kind.nameEn() + ".")));
            }
            int room = group.selfApplication ? 1 : MAX_APPLICANTS; // a student files for one person: themselves
            // Counted, not loaded: the group's row is locked, and its applicants need not be read to add one.
            int present = em.createQuery("select count(a) from ApplicantEntity a where a.group = :group", Long.class)
                    .setParameter("group", group).getSingleResult().intValue();
            if (present >= room) {
                throw new DomainException(ErrorKind.CONFLICT, "GROUP_FULL", "每團最多 " + room + " 位申請人。",
                        "A group holds at most " + room + " applicant" + (room == 1 ? "." : "s."));
            }
            Map<String, String> values = new HashMap<>();
            String certificate = null;
            if (kind.continuesGrant()) {
                GrantNumber number = type.descriptor().grantNumber();
                certificate = GrantNumbers.require(number, number == GrantNumber.PERMIT ? input.permitNumber()
                        : input.residentCertificateNumber());
                PriorGrant prior = PriorGrants.require(em, actor, certificate, number.field());
                Eligibility eligibility = type.eligibility(new ApplicantForm(kind, group.selfApplication, prior.values()),
                        Optional.of(prior), today);
                if (!eligibility.eligible()) {
                    throw new DomainException(ErrorKind.INVALID_INPUT, eligibility.code(), eligibility.messageZh(),
                            eligibility.messageEn(), List.of(new FieldProblem(number.field(),
                                    eligibility.code(), eligibility.messageZh(), eligibility.messageEn())));
                }
                values.putAll(prior.values());
                values.put(number.field(), certificate);
            } else if (actor.portal() == Portal.FOREIGN_STUDENT) {
                values.putAll(RosterPrefill.values(em, actor, type.descriptor()));
            } else if (actor.schoolName() != null) {
                values.put("school", actor.schoolName());
            }
            ApplicantEntity applicant = new ApplicantEntity(group, present + 1, type.descriptor().id(),
                    type.descriptor().version(), kind.name(), certificate, now());
            FormValues.apply(em, type, group, applicant, values, checked, today);
            group.applicants.add(applicant);
            em.persist(applicant);
            Forms.refreshCompleteness(em, type, applicant, today);
            group.updatedAt = applicant.createdAt;
            History.record(em, applicant.createdAt, actor, group, applicant, "APPLICANT_ADDED", null, CaseStatus.DRAFT,
                    type.descriptor().id() + " " + kind + "; fields " + checked.values().keySet());
            em.flush();
            return Views.applicant(em, applicant, types);
        });
    }

    @Override
    public ApplicantView applicant(Actor actor, String groupId, String applicantId) {
        return Tx.run(jpa, em -> Views.applicant(em,
                CaseAccess.applicant(em, CaseAccess.group(em, actor, groupId, false), applicantId), types));
    }

    @Override
    public List<ApplicantFile> applicants(Actor actor, String groupId, String documentType) {
        return Tx.run(jpa, em -> ApplicantFiles.of(em, CaseAccess.group(em, actor, groupId, false), documentType, types));
    }

    @Override
    public ApplicantView updateApplicant(Actor actor, String groupId, String applicantId, ApplicantInput input) {
        requireApplicant(actor);
        LocalDate today = today();
        return Tx.run(jpa, em -> {
            CaseGroupEntity group = CaseAccess.group(em, actor, groupId, true);
            ApplicantEntity applicant = CaseAccess.applicant(em, group, applicantId);
            CaseAccess.requireChangeable(group, applicant, CaseAccess.Change.FIELDS);
            ApplicantType type = types.require(applicant);
            if (input.applicantType() != null && !input.applicantType().equals(applicant.applicantType)
                    || input.applicationKind() != null && !input.applicationKind().equals(applicant.applicationKind)) {
                throw GroupRules.invalid(List.of(new FieldProblem("applicantType", "READ_ONLY",
                        "身分別與申請類別建立後不能變更；請刪除後重新新增。",
                        "Type and kind cannot change; delete the applicant and add it anew.")));
            }
            FormRules.Checked checked = FormRules.check(input.fields() == null ? Map.of() : input.fields(),
                    type.descriptor().fields(), today);
            FormValues.apply(em, type, group, applicant, applicant.fields, checked, today);
            Forms.refreshCompleteness(em, type, applicant, today);
            applicant.updatedAt = now();
            group.updatedAt = applicant.updatedAt;
            History.record(em, applicant.updatedAt, actor, group, applicant, "APPLICANT_UPDATED", null, null,
                    "fields " + checked.values().keySet());
            em.flush();
            return Views.applicant(em, applicant, types);
        });
    }

    @Override
    public void deleteApplicant(Actor actor, String groupId, String applicantId) {
        requireApplicant(actor);
        Tx.run(jpa, em -> {
            CaseGroupEntity group = CaseAccess.draft(em, actor, groupId);
            ApplicantEntity applicant = CaseAccess.applicant(em, group, applicantId);
            History.record(em, now(), actor, group, applicant, "APPLICANT_DELETED", CaseStatus.DRAFT, null, null);
            group.applicants.remove(applicant);
            for (int i = 0; i < group.applicants.size(); i++) {
                group.applicants.get(i).position = i + 1;
            }
            group.updatedAt = now();
            return null;
        });
    }

    @Override
    public DocumentView addDocument(Actor actor, String groupId, String applicantId, String documentType, Upload upload) {
        requireApplicant(actor);
        // One transaction: the file is checked (about 10 ms of decoding) while the group's row is locked,
        // which only makes a second upload to the same group wait; a second transaction just to learn
        // the document type first cost more than that.
        return Tx.run(jpa, em -> {
            CaseGroupEntity group = CaseAccess.group(em, actor, groupId, true);
            ApplicantEntity applicant = applicantId == null ? null : CaseAccess.applicant(em, group, applicantId);
            CaseFiles.requireFilesChangeable(group, applicant);
            DocumentType type = CaseFiles.documentType(types, applicant, documentType);
            // PDF where the type allows it, and for every document of a student's own application (§8).
            CheckedFile file = UploadChecks.check(upload, type, type.pdfAllowed() || group.selfApplication);
            Instant now = now();
            if (type.photo() && applicant != null) {
                // One photo per applicant: a new one replaces the old.
                em.createQuery("select d from DocumentEntity d where d.applicantId = :id and d.documentType = :type",
                        DocumentEntity.class).setParameter("id", applicant.id).setParameter("type", type.code())
                        .getResultList().forEach(old -> CaseFiles.remove(em, old));
            }
            DocumentEntity document = new DocumentEntity(group.id, applicant == null ? null : applicant.id, type.code(),
                    file, now, actor.accountId());
            em.persist(document);
            em.persist(new DocumentContentEntity(document.id, file.content()));
            em.flush();
            if (applicant != null) {
                Forms.refreshCompleteness(em, types.require(applicant), applicant, today());
                applicant.updatedAt = now;
            }
            group.updatedAt = now;
            History.record(em, now, actor, group, applicant, "DOCUMENT_ADDED", null, null,
                    type.code() + " " + file.mediaType() + " " + file.content().length + " bytes");
            return document.view();
        });
    }

    @Override
    public void deleteDocument(Actor actor, String groupId, String documentId) {
        requireApplicant(actor);
        Tx.run(jpa, em -> {
            CaseGroupEntity group = CaseAccess.group(em, actor, groupId, true);
            DocumentEntity document = CaseFiles.find(em, group, documentId);
            ApplicantEntity applicant = group.applicants.stream().filter(a -> a.id.equals(document.applicantId))
                    .findFirst().orElse(null);
            CaseFiles.requireFilesChangeable(group, applicant);
            CaseFiles.remove(em, document);
            em.flush();
            if (applicant != null) {
                types.forCase(applicant).ifPresent(type -> Forms.refreshCompleteness(em, type, applicant, today()));
            }
            group.updatedAt = now();
            History.record(em, group.updatedAt, actor, group, applicant, "DOCUMENT_DELETED", null, null, document.documentType);
            return null;
        });
    }

    @Override
    public DocumentContent document(Actor actor, String groupId, String documentId) {
        return Tx.run(jpa, em -> {
            DocumentEntity document = CaseFiles.find(em, CaseAccess.group(em, actor, groupId, false), documentId);
            return new DocumentContent(document.view(), em.find(DocumentContentEntity.class, document.id).content);
        });
    }

    @Override
    public Submission submit(Actor actor, String groupId) {
        requireApplicant(actor);
        List<Map.Entry<ApplicantEntity, Transition>> done = new ArrayList<>();
        Submission submission = Tx.run(jpa, em -> {
            // The row lock makes a second submission wait, then find the first one's numbers.
            CaseGroupEntity group = CaseAccess.group(em, actor, groupId, true);
            if (!group.isDraft()) {
                return submissionOf(group);
            }
            SubmissionChecks.check(em, actor, group, types, today());
            Instant now = now();
            int rocYear = RocYear.at(now);
            String receiptCode = types.line(group.businessLine).map(BusinessLine::receiptCode).orElseThrow(() ->
                    new DomainException(ErrorKind.UNAVAILABLE, "BUSINESS_LINE_MISSING", "此申辦項目目前未提供，暫時無法送件。",
                            "No installed applicant type serves this business line now; it cannot be submitted."));
            group.number(Numbers.group(em, rocYear, group.businessLine), now);
            Iterator<String> receipts = Numbers.receipts(em, rocYear, receiptCode, group.applicants.size()).iterator();
            for (ApplicantEntity applicant : group.applicants) {
                CaseStatus next = StateGraph.require(applicant.status, CaseAction.SUBMIT);
                applicant.receiptNumber = receipts.next();
                Transition transition = new Transition(applicant.receiptNumber, CaseAction.SUBMIT, applicant.status, next,
                        Forms.of(applicant));
                types.require(applicant).beforeTransition(transition);
                History.record(em, now, actor, group, applicant, CaseAction.SUBMIT.name(), applicant.status, next,
                        "receipt " + applicant.receiptNumber);
                applicant.status = next;
                applicant.updatedAt = now;
                done.add(Map.entry(applicant, transition));
            }
            History.record(em, now, actor, group, null, "GROUP_SUBMITTED", null, null, "group " + group.groupNumber);
            notifier.submitted(em, group);
            return submissionOf(group);
        });
        Hooks.after(types, done);
        return submission;
    }

    @Override
    public List<HistoryEntry> history(Actor actor, String groupId) {
        return Tx.run(jpa, em -> historyOf(em, CaseAccess.group(em, actor, groupId, false)));
    }

    @Override
    public Timeline timeline(Actor actor, String groupId, String applicantId) {
        return Tx.run(jpa, em -> {
            CaseGroupEntity group = CaseAccess.group(em, actor, groupId, false);
            ApplicantEntity applicant = CaseAccess.applicant(em, group, applicantId);
            List<HistoryEntry> entries = historyOf(em, group).stream()
                    .filter(h -> h.applicantId() == null || h.applicantId().equals(applicant.publicId)).toList();
            return new Timeline(applicant.receiptNumber, applicant.status, entries, applicant.deadline,
                    decisionExpected(applicant, entries));
        });
    }

    /** About 5 working days after the case last went to a review desk (§8), while it waits there. */
    private LocalDate decisionExpected(ApplicantEntity applicant, List<HistoryEntry> entries) {
        if (applicant.status != CaseStatus.AWAITING_FIRST_REVIEW && applicant.status != CaseStatus.AWAITING_SECOND_REVIEW) {
            return null;
        }
        return entries.stream().filter(h -> h.toStatus() == CaseStatus.AWAITING_FIRST_REVIEW).reduce((a, b) -> b)
                .map(h -> calendar.plusWorkingDays(LocalDate.ofInstant(h.at(), RocYear.TAIWAN), REVIEW_WORKING_DAYS))
                .orElse(null);
    }

    private static List<HistoryEntry> historyOf(EntityManager em, CaseGroupEntity group) {
        Map<Long, String> applicantIds = new HashMap<>();
        group.applicants.forEach(a -> applicantIds.put(a.id, a.publicId));
        return em.createQuery("select h from HistoryEntity h where h.groupId = :id order by h.id", HistoryEntity.class)
                .setParameter("id", group.id).getResultList().stream()
                .map(h -> new HistoryEntry(h.at, h.applicantId == null ? null : applicantIds.getOrDefault(h.applicantId, "deleted"),
                        h.actorRole, h.actorId, h.action, h.fromStatus, h.toStatus, h.detail))
                .toList();
    }

    @Override
    public ApplicantView resubmit(Actor actor, String groupId, String applicantId, String reply) {
        requireApplicant(actor);
        List<Map.Entry<ApplicantEntity, Transition>> done = new ArrayList<>();
        ApplicantView view = Tx.run(jpa, em -> {
            CaseGroupEntity group = CaseAccess.group(em, actor, groupId, true);
            ApplicantEntity applicant = CaseAccess.applicant(em, group, applicantId);
            done.add(Map.entry(applicant, Corrections.resubmit(em, actor, group, applicant,
                    types.require(applicant), reply, now(), today())));
            em.flush();
            return Views.applicant(em, applicant, types);
        });
        Hooks.after(types, done);
        return view;
    }

    @Override
    public List<ApplicantView> resubmitGroup(Actor actor, String groupId, String reply) {
        requireApplicant(actor);
        List<Map.Entry<ApplicantEntity, Transition>> done = new ArrayList<>();
        List<ApplicantView> views = Tx.run(jpa, em -> {
            CaseGroupEntity group = CaseAccess.group(em, actor, groupId, true);
            List<ApplicantEntity> returned = group.applicants.stream()
                    .filter(a -> StateGraph.next(a.status, CaseAction.RESUBMIT).isPresent()).toList();
            if (returned.isEmpty()) {
                throw new DomainException(ErrorKind.CONFLICT, "TRANSITION_NOT_ALLOWED", "此團沒有待補正或待補件的案件。",
                        "No case of this group is waiting for a correction or supplement.");
            }
            Instant now = now();
            for (ApplicantEntity applicant : returned) {
                // The reply answers the group's comment once, not once per case.
                done.add(Map.entry(applicant, Corrections.resubmit(em, actor, group, applicant,
                        types.require(applicant), null, now, today())));
            }
            Corrections.reply(em, actor, group, null, reply, now);
            em.flush();
            return returned.stream().map(a -> Views.applicant(em, a, types)).toList();
        });
        Hooks.after(types, done);
        return views;
    }

    @Override
    public List<CommentView> comments(Actor actor, String groupId) {
        return Tx.run(jpa, em -> Corrections.of(em, CaseAccess.group(em, actor, groupId, false)));
    }

    @Override
    public Withdrawal withdraw(Actor actor, WithdrawalRequest request) {
        requireApplicant(actor);
        if (!Boolean.TRUE.equals(request.confirm())) {
            throw GroupRules.invalid(List.of(new FieldProblem("confirm", "CONFIRMATION_REQUIRED", "請勾選並確認撤銷。",
                    "Confirm the withdrawal.")));
        }
        boolean byReceipt = request.receiptNumber() != null && !request.receiptNumber().isBlank();
        if (!byReceipt && (request.groupNumber() == null || request.groupNumber().isBlank())) {
            throw GroupRules.invalid(List.of(new FieldProblem("groupNumber", "REQUIRED", "請輸入團號或收件號。",
                    "Give a group number or a receipt number.")));
        }
        List<Map.Entry<ApplicantEntity, Transition>> done = new ArrayList<>();
        Withdrawal withdrawal = Tx.run(jpa, em -> {
            Instant now = now();
            if (!byReceipt) {
                return Withdrawals.wholeGroup(em, actor, CaseAccess.group(em, actor, request.groupNumber(), true), now, done);
            }
            ApplicantEntity applicant = CaseAccess.byReceipt(em, actor, request.receiptNumber());
            CaseGroupEntity group = CaseAccess.group(em, actor, applicant.group.publicId, true);
            if (request.groupNumber() != null && !request.groupNumber().isBlank()
                    && !GroupNumber.parse(request.groupNumber()).toString().equals(group.groupNumber)) {
                throw CaseAccess.caseNotFound(request.receiptNumber());
            }
            return Withdrawals.oneCase(em, actor, group, CaseAccess.applicant(em, group, applicant.publicId), now, done);
        });
        Hooks.after(types, done);
        return withdrawal;
    }

    private static Submission submissionOf(CaseGroupEntity group) {
        return new Submission(group.publicId, group.groupNumber, group.submittedAt, group.applicants.stream()
                .map(a -> new Submission.Receipt(a.publicId, a.receiptNumber)).toList());
    }

    private static ApplicationKind kind(String raw) {
        try {
            return ApplicationKind.valueOf(raw == null ? ApplicationKind.FIRST_APPLICATION.name() : raw.strip());
        } catch (IllegalArgumentException e) {
            throw GroupRules.invalid(List.of(new FieldProblem("applicationKind", "NOT_A_CHOICE",
                    "申請類別應為 FIRST_APPLICATION、RENEWAL、EXTENSION 或 DATA_CHANGE。",
                    "The kind is FIRST_APPLICATION, RENEWAL, EXTENSION or DATA_CHANGE.")));
        }
    }

    private static void requireApplicant(Actor actor) {
        if (!actor.may(Performer.APPLICANT)) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有權限執行此操作。", "You may not do this.");
        }
    }

    /** @return the business lines of the types the actor's portal may file */
    private List<String> lineCodes(Actor actor) {
        return types.all().stream().filter(t -> t.descriptor().portals().contains(actor.portal()))
                .flatMap(t -> t.descriptor().businessLines().stream()).map(BusinessLine::groupCode)
                .distinct().sorted().toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), RocYear.TAIWAN);
    }
}
