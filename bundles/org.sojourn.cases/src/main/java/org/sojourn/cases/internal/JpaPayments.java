package org.sojourn.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;

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
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.IdentifierKind;
import org.sojourn.cases.api.Identifiers;
import org.sojourn.cases.api.Performer;
import org.sojourn.payment.api.CallbackAnswer;
import org.sojourn.payment.api.ChannelOption;
import org.sojourn.payment.api.Discrepancy;
import org.sojourn.payment.api.FeeReceipt;
import org.sojourn.payment.api.PaidCase;
import org.sojourn.payment.api.PayableGroup;
import org.sojourn.payment.api.PaymentOrderRequest;
import org.sojourn.payment.api.PaymentOrderStatus;
import org.sojourn.payment.api.PaymentOrderView;
import org.sojourn.payment.api.PaymentQuote;
import org.sojourn.payment.api.Payments;
import org.sojourn.payment.api.Reconciliation;
import org.sojourn.payment.spi.Capability;
import org.sojourn.payment.spi.ChannelDescriptor;
import org.sojourn.payment.spi.Initiation;
import org.sojourn.payment.spi.PaymentRequest;
import org.sojourn.payment.spi.ProviderUnavailableException;
import org.sojourn.payment.spi.RawCallback;

/**
 * Online payment on JPA (§4.9): payable groups, quotes, orders with idempotency keys, the callback
 * endpoint's logic and the repair job's schedule. A call to a provider never runs inside a database
 * transaction: the order is written first, the provider asked, and its answer recorded in a second
 * transaction, so a crash in between leaves an order the repair job settles with the provider.
 */
@Component(service = {Payments.class, JpaPayments.class}, immediate = true, configurationPid = "org.sojourn.payments",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = JpaPayments.Config.class)
public final class JpaPayments implements Payments {

    /** Payment settings ({@code etc/org.sojourn.payments.cfg}). */
    @ObjectClassDefinition(name = "Sojourn payments", description = "Orders, callbacks and the repair job")
    @interface Config {
        /** @return the address providers and browsers reach Sojourn at */
        @AttributeDefinition(description = "Public base URL providers post callbacks to and browsers return to")
        String publicBaseUrl() default "http://localhost:8181";

        /** @return minutes an online order (card, WebATM, e-Government) stays open */
        @AttributeDefinition(description = "Minutes an online order waits for the payer (1-1440)")
        int onlineMinutes() default 30;

        /** @return days an offline slip (virtual account, store) stays payable at most */
        @AttributeDefinition(description = "Days an offline slip stays payable at most (1-30)")
        int offlineDays() default 3;

        /** @return days a provider may take to post an offline payment after the slip lapsed */
        @AttributeDefinition(description = "Days to wait for an offline posting after the slip lapsed (0-10)")
        int postingGraceDays() default 3;

        /** @return seconds between two runs of the repair job, 0 to run it only on demand */
        @AttributeDefinition(description = "Seconds between two runs of the repair job (0 = on demand only)")
        int repairSeconds() default 60;
    }

    private static final Logger LOG = LoggerFactory.getLogger(JpaPayments.class);
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final int MAX_GROUPS = 100;
    private static final DateTimeFormatter REFERENCE_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    /** The most receipts one download-area search lists. */
    private static final int MAX_RECEIPTS = 500;

    private final JpaTemplate jpa;
    private final PaymentChannelRegistry channels;
    private final ApplicantTypeRegistry types;
    private final Clock clock;
    private final Config config;
    private final CallbackIntake intake;
    private final OrderChecks checks;
    private final ScheduledExecutorService timer;
    private final Reconciliations reconciliations;

    /**
     * @param config   the settings
     * @param jpa      the persistence unit
     * @param channels the installed payment channels
     * @param types    the installed applicant types, for their hooks when cases are paid
     */
    @Activate
    public JpaPayments(Config config, @Reference(target = "(osgi.unit.name=sojourn)") JpaTemplate jpa,
            @Reference PaymentChannelRegistry channels, @Reference ApplicantTypeRegistry types) {
        this(config, jpa, channels, types, Clock.systemUTC());
    }

    JpaPayments(Config config, JpaTemplate jpa, PaymentChannelRegistry channels, ApplicantTypeRegistry types, Clock clock) {
        if (config.onlineMinutes() < 1 || config.onlineMinutes() > 1440 || config.offlineDays() < 1 || config.offlineDays() > 30
                || config.postingGraceDays() < 0 || config.postingGraceDays() > 10 || config.repairSeconds() < 0
                || !config.publicBaseUrl().matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new IllegalArgumentException("etc/org.sojourn.payments.cfg: publicBaseUrl must be an http(s) URL,"
                    + " onlineMinutes 1-1440, offlineDays 1-30, postingGraceDays 0-10, repairSeconds >= 0");
        }
        this.config = config;
        this.jpa = jpa;
        this.channels = channels;
        this.types = types;
        this.clock = clock;
        this.intake = new CallbackIntake(jpa, channels, types, clock);
        this.reconciliations = new Reconciliations(jpa, channels);
        this.checks = new OrderChecks(jpa, channels, types, intake, clock, Duration.ofDays(config.postingGraceDays()));
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sojourn-payment-repair");
            thread.setDaemon(true);
            return thread;
        });
        if (config.repairSeconds() > 0) {
            timer.scheduleWithFixedDelay(this::repairSafely, config.repairSeconds(), config.repairSeconds(), TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void repairSafely() {
        try {
            int changed = checks.run(false);
            if (changed > 0) {
                LOG.info("Payment repair: {} order(s) or stored callback(s) settled", changed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Payment repair failed; the next run tries again", e);
        }
    }

    @Override
    public List<PayableGroup> payable(Actor payer) {
        requirePayer(payer);
        return Tx.run(jpa, em -> {
            StringBuilder query = new StringBuilder("select a from ApplicantEntity a join fetch a.group g where a.status = :status");
            query.append(payer.reach() == Actor.Reach.SCHOOL ? " and g.schoolNumber = :who" : " and g.ownerAccountId = :who");
            List<ApplicantEntity> due = em.createQuery(query + " order by g.id, a.position", ApplicantEntity.class)
                    .setParameter("status", CaseStatus.AWAITING_PAYMENT)
                    .setParameter("who", payer.reach() == Actor.Reach.SCHOOL ? payer.schoolNumber() : payer.accountId())
                    .getResultList();
            Map<CaseGroupEntity, List<ApplicantEntity>> byGroup = due.stream()
                    .collect(Collectors.groupingBy(a -> a.group, LinkedHashMap::new, Collectors.toList()));
            Map<Long, String> open = openOrders(em, byGroup.keySet().stream().map(g -> g.id).toList());
            return byGroup.entrySet().stream().map(entry -> line(entry.getKey(), entry.getValue(), open.get(entry.getKey().id)))
                    .sorted(Comparator.comparing(PayableGroup::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        });
    }

    @Override
    public PaymentQuote quote(Actor payer, List<String> groupNumbers) {
        requirePayer(payer);
        return Tx.run(jpa, em -> {
            List<PayableGroup> lines = lines(em, payer, groupNumbers, false).values().stream().toList();
            long amount = lines.stream().mapToLong(PayableGroup::amountTwd).sum();
            return new PaymentQuote(lines, amount, options(amount));
        });
    }

    @Override
    public List<ChannelOption> channels() {
        return options(0);
    }

    @Override
    public PaymentOrderView start(Actor payer, PaymentOrderRequest request, String idempotencyKey) {
        requirePayer(payer);
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "IDEMPOTENCY_KEY_REQUIRED",
                    "請求須帶 Idempotency-Key 標頭（8 至 64 個英數字、- 或 _），重送時沿用同一值。",
                    "Send an Idempotency-Key header (8-64 of A-Z, a-z, 0-9, - and _) and repeat it when you retry.");
        }
        PaymentChannelRegistry.Installed channel = channels.find(request.channelId()).orElseThrow(() ->
                new DomainException(ErrorKind.INVALID_INPUT, "UNKNOWN_CHANNEL", "沒有此繳費方式，請重新選擇。",
                        "There is no such payment channel; choose another.",
                        List.of(new FieldProblem("channelId", "NOT_A_CHOICE", "請選擇繳費方式。", "Choose a payment channel."))));
        ChannelDescriptor descriptor = channel.descriptor();
        String nationalId = descriptor.capabilities().contains(Capability.PAYER_NATIONAL_ID)
                ? Identifiers.require(IdentifierKind.NATIONAL_ID, "payerNationalId", request.payerNationalId()) : null;
        String digest = digest(request, nationalId);
        Optional<PaymentOrderView> replay = replay(payer, idempotencyKey, digest);
        if (replay.isPresent()) {
            return replay.get();
        }
        Instant now = now();
        PaymentOrderEntity[] made = {null};
        PaymentRequest providerRequest;
        try {
            providerRequest = Tx.run(jpa, em -> {
                Map<CaseGroupEntity, PayableGroup> lines = lines(em, payer, request.groupNumbers(), true);
                Map<Long, String> open = openOrders(em, lines.keySet().stream().map(g -> g.id).toList());
                if (!open.isEmpty()) {
                    throw new DomainException(ErrorKind.CONFLICT, "PAYMENT_IN_PROGRESS",
                            "所選團號已有進行中的繳費（" + String.join("、", open.values()) + "），請完成或待其逾期後再試。",
                            "A payment of these groups is already under way (" + String.join(", ", open.values())
                                    + "); finish it, or try again once it has lapsed.");
                }
                long amount = lines.values().stream().mapToLong(PayableGroup::amountTwd).sum();
                if (amount <= 0) {
                    throw new DomainException(ErrorKind.CONFLICT, "NOTHING_TO_PAY", "所選案件無須繳費。",
                            "The cases chosen have no fee to pay.");
                }
                if (descriptor.maxAmountTwd() > 0 && amount > descriptor.maxAmountTwd()) {
                    throw new DomainException(ErrorKind.INVALID_INPUT, "AMOUNT_OVER_CHANNEL_LIMIT",
                            "此繳費方式單筆上限為新臺幣 " + descriptor.maxAmountTwd() + " 元，請分次繳費或改選其他方式。",
                            "This channel takes at most NT$" + descriptor.maxAmountTwd() + " at once; pay fewer groups or choose another.");
                }
                Instant expires = expiry(descriptor, lines.values(), now);
                PaymentOrderEntity order = new PaymentOrderEntity(descriptor.id(), descriptor.version(), payer.accountId(),
                        idempotencyKey, digest, amount, descriptor.fee().of(amount), descriptor.offline(), now, expires);
                order.nextCheckAt = now.plusSeconds(OrderOutcomes.FIRST_CHECK_SECONDS);
                em.persist(order);
                em.flush();
                order.reference = "SJ" + REFERENCE_DAY.format(now.atZone(RocYear.TAIWAN)) + String.format("%012d", order.id);
                lines.forEach((group, line) -> order.groups.add(new OrderGroupEntity(order, group, line.applicants(), line.amountTwd())));
                made[0] = order;
                CaseGroupEntity first = lines.keySet().iterator().next();
                String groups = lines.keySet().stream().map(g -> g.groupNumber).collect(Collectors.joining(","));
                return new PaymentRequest(order.reference, amount, "申請證照費 團號 " + groups, first.senderName, nationalId, now, expires, base() + "/api/v1/callbacks/" + descriptor.id(),
                        base() + "/payments/" + order.publicId);
            });
        } catch (PersistenceException raced) {
            // The same key twice at the same moment: the other request made the order.
            return replay(payer, idempotencyKey, digest).orElseThrow(() -> raced);
        }
        return initiate(made[0].id, channel, providerRequest);
    }

    /** Asks the provider to start the payment, outside any transaction, and records its answer. */
    private PaymentOrderView initiate(long orderId, PaymentChannelRegistry.Installed channel, PaymentRequest request) {
        Initiation initiation;
        String trouble = null;
        try {
            initiation = channel.calls().call(() -> channel.channel().initiate(request));
        } catch (ProviderUnavailableException e) {
            initiation = null;
            trouble = e.getMessage();
        } catch (RuntimeException e) {
            LOG.warn("Payment channel {} failed to initiate {}", channel.descriptor().id(), request, e);
            initiation = null;
            trouble = "the channel failed: " + e.getClass().getSimpleName();
        }
        Initiation answer = initiation;
        String why = trouble;
        List<Map.Entry<ApplicantEntity, Transition>> paid = new ArrayList<>();
        PaymentOrderView view = Tx.run(jpa, em -> {
            PaymentOrderEntity order = em.find(PaymentOrderEntity.class, orderId, LockModeType.PESSIMISTIC_WRITE);
            Instant now = now();
            if (order.status == PaymentOrderStatus.STARTED) {
                if (answer instanceof Initiation.Redirect redirect) {
                    order.redirectUrl = redirect.url();
                    order.redirectMethod = redirect.method();
                    order.redirectFields = PaymentViews.encode(redirect.fields());
                    order.moveTo(PaymentOrderStatus.PENDING);
                    order.updatedAt = now;
                } else if (answer instanceof Initiation.Instructions instructions) {
                    OrderOutcomes.instructions(order, instructions.instructions(), now);
                } else if (answer instanceof Initiation.Immediate immediate) {
                    paid.addAll(OrderOutcomes.result(em, order, immediate.result(), now).transitions());
                } else {
                    // Nobody knows whether the provider took it: the repair job asks it soon.
                    order.moveTo(PaymentOrderStatus.UNKNOWN);
                    order.detail = OrderOutcomes.cut(why, 300);
                    order.nextCheckAt = now.plusSeconds(OrderOutcomes.FIRST_CHECK_SECONDS);
                    order.updatedAt = now;
                }
            }
            return PaymentViews.order(order, true);
        });
        Hooks.after(types, paid);
        return view;
    }

    @Override
    public PaymentOrderView order(Actor actor, String orderId) {
        return Tx.run(jpa, em -> PaymentViews.order(find(em, actor, orderId), false));
    }

    @Override
    public CallbackAnswer callback(String channelId, RawCallback callback) {
        return intake.take(channelId, callback);
    }

    @Override
    public int repairNow(Actor actor) {
        requireOfficer(actor);
        return checks.run(true);
    }

    @Override
    public List<Discrepancy> discrepancies(Actor actor, boolean open) {
        requireOfficer(actor);
        return Tx.run(jpa, em -> em.createQuery("select d from DiscrepancyEntity d" + (open ? " where d.resolvedAt is null" : "")
                + " order by d.id desc", DiscrepancyEntity.class).setMaxResults(500).getResultList().stream()
                .map(d -> PaymentViews.discrepancy(d, publicId(em, d.orderId))).toList());
    }

    @Override
    public Discrepancy resolve(Actor actor, long id, String note) {
        requireOfficer(actor);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > 1000) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "RESOLUTION_REQUIRED", "請說明處理方式（1000 字以內）。",
                    "Say what was done about it (at most 1000 characters).",
                    List.of(new FieldProblem("note", "REQUIRED", "必須填寫", "Required")));
        }
        return Tx.run(jpa, em -> {
            DiscrepancyEntity found = em.find(DiscrepancyEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (found == null) {
                throw new DomainException(ErrorKind.NOT_FOUND, "DISCREPANCY_NOT_FOUND", "查無此異常紀錄。", "No such discrepancy.");
            }
            if (found.resolvedAt != null) {
                throw new DomainException(ErrorKind.CONFLICT, "DISCREPANCY_RESOLVED", "此異常已處理。", "This discrepancy was resolved already.");
            }
            found.resolvedAt = now();
            found.resolvedBy = actor.accountId();
            found.resolution = text;
            return PaymentViews.discrepancy(found, publicId(em, found.orderId));
        });
    }

    @Override
    public Reconciliation reconciliation(Actor actor, LocalDate day) {
        requireOfficer(actor);
        return reconciliations.of(day);
    }

    @Override
    public FeeReceipt feeReceipt(Actor actor, String groupNumber) {
        return Tx.run(jpa, em -> {
            CaseGroupEntity group = CaseAccess.group(em, actor, groupNumber, false);
            return em.createQuery("select l from OrderGroupEntity l join fetch l.order o where l.group = :group"
                    + " and o.status = :paid and l.feeReceiptNumber is not null", OrderGroupEntity.class).setParameter("group", group)
                    .setParameter("paid", PaymentOrderStatus.SUCCEEDED).getResultList().stream().findFirst().map(JpaPayments::receipt)
                    .orElseThrow(() -> new DomainException(ErrorKind.CONFLICT, "NOT_PAID", "此團號尚未繳費，沒有規費收據。",
                            "This group is not paid yet; there is no fee receipt."));
        });
    }

    @Override
    public List<FeeReceipt> receipts(Actor actor, String groupNumber, String receiptNumber, LocalDate paidFrom, LocalDate paidTo) {
        StringBuilder where = new StringBuilder(" where o.status = :paid and l.feeReceiptNumber is not null");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("paid", PaymentOrderStatus.SUCCEEDED);
        PaidCases.filter(actor, groupNumber, paidFrom, paidTo, where, parameters);
        if (receiptNumber != null) {
            where.append(" and exists (select a.id from ApplicantEntity a where a.group = g and a.receiptNumber = :receipt)");
            parameters.put("receipt", receiptNumber.strip());
        }
        return Tx.run(jpa, em -> {
            TypedQuery<OrderGroupEntity> query = em.createQuery("select l from OrderGroupEntity l join fetch l.order o join fetch l.group g"
                    + where + " order by o.paidAt desc, l.feeReceiptNumber desc", OrderGroupEntity.class);
            parameters.forEach(query::setParameter);
            return query.setMaxResults(MAX_RECEIPTS).getResultList().stream().map(JpaPayments::receipt).toList();
        });
    }

    @Override
    public Optional<FeeReceipt> issuedReceipt(String receiptNumber) {
        return Tx.run(jpa, em -> em.createQuery("select l from OrderGroupEntity l join fetch l.order o join fetch l.group"
                + " where l.feeReceiptNumber = :number and o.status = :paid", OrderGroupEntity.class).setParameter("number", receiptNumber)
                .setParameter("paid", PaymentOrderStatus.SUCCEEDED).getResultList().stream().findFirst().map(JpaPayments::receipt));
    }

    @Override
    public List<PaidCase> paidCases(Actor actor, String groupNumber, String receiptNumber, LocalDate paidFrom, LocalDate paidTo) {
        return Tx.run(jpa, em -> PaidCases.list(em, actor, groupNumber, receiptNumber, paidFrom, paidTo));
    }

    @Override
    public Optional<PaidCase> issuedCase(String receiptNumber) {
        return Tx.run(jpa, em -> PaidCases.find(em, receiptNumber));
    }

    private static FeeReceipt receipt(OrderGroupEntity line) {
        CaseGroupEntity group = line.group;
        List<String> receipts = group.applicants.stream()
                .filter(a -> a.status == CaseStatus.PAID || a.status == CaseStatus.CARD_READY || a.status == CaseStatus.PICKED_UP)
                .map(a -> a.receiptNumber).sorted().toList();
        return new FeeReceipt(line.feeReceiptNumber, line.order.paidAt, group.groupNumber, group.applicationName,
                receipts.isEmpty() ? "" : receipts.get(0), receipts.isEmpty() ? "" : receipts.get(receipts.size() - 1),
                line.applicants, line.amountTwd, group.businessLine, line.order.channelId);
    }

    @Override
    public Reconciliation statement(Actor partner, LocalDate day, Set<String> channelIds) {
        if (!partner.may(Performer.SETTLEMENT_PARTNER)) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有執行此操作的權限。", "You may not do this.");
        }
        return Reconciliations.forPartner(reconciliations.of(day), channelIds);
    }

    private Optional<PaymentOrderView> replay(Actor payer, String key, String digest) {
        return Tx.run(jpa, em -> em.createQuery("select o from PaymentOrderEntity o where o.payerAccountId = :payer"
                + " and o.idempotencyKey = :key", PaymentOrderEntity.class).setParameter("payer", payer.accountId())
                .setParameter("key", key).getResultList().stream().findFirst().map(order -> {
                    if (!order.requestDigest.equals(digest)) {
                        throw new DomainException(ErrorKind.INVALID_INPUT, "IDEMPOTENCY_KEY_REUSED",
                                "此 Idempotency-Key 已用於另一筆繳費請求，請使用新的值。",
                                "This Idempotency-Key was used for a different payment request; use a new one.");
                    }
                    return PaymentViews.order(order, false);
                }));
    }

    /** @return the chosen groups, each with its cases awaiting payment, in the order given */
    private Map<CaseGroupEntity, PayableGroup> lines(EntityManager em, Actor payer, List<String> groupNumbers, boolean lock) {
        if (groupNumbers == null || groupNumbers.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "GROUPS_REQUIRED", "請勾選欲繳費之團件。", "Choose the groups to pay.",
                    List.of(new FieldProblem("groupNumbers", "REQUIRED", "必須填寫", "Required")));
        }
        if (groupNumbers.size() > MAX_GROUPS) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "TOO_MANY_GROUPS", "一次最多繳 " + MAX_GROUPS + " 團。",
                    "At most " + MAX_GROUPS + " groups at once.");
        }
        Map<CaseGroupEntity, PayableGroup> lines = new LinkedHashMap<>();
        for (String number : new LinkedHashSet<>(groupNumbers)) {
            CaseGroupEntity group = CaseAccess.group(em, payer, number, lock);
            List<ApplicantEntity> due = group.applicants.stream().filter(a -> a.status == CaseStatus.AWAITING_PAYMENT).toList();
            if (due.isEmpty()) {
                boolean paid = group.applicants.stream().anyMatch(a -> a.status == CaseStatus.PAID
                        || a.status == CaseStatus.CARD_READY || a.status == CaseStatus.PICKED_UP);
                throw paid ? new DomainException(ErrorKind.CONFLICT, "ALREADY_PAID", "團號 " + group.groupNumber + " 已繳費。",
                        "Group " + group.groupNumber + " is paid already.")
                        : new DomainException(ErrorKind.CONFLICT, "NOT_AWAITING_PAYMENT", "團號 " + group.groupNumber
                                + " 沒有核准待繳費的案件。", "Group " + group.groupNumber + " has no approved case awaiting payment.");
            }
            lines.put(group, line(group, due, null));
        }
        return lines;
    }

    private static PayableGroup line(CaseGroupEntity group, List<ApplicantEntity> due, String openOrderId) {
        List<String> receipts = due.stream().map(a -> a.receiptNumber).sorted().toList();
        LocalDate deadline = due.stream().map(a -> a.deadline).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
        String grants = due.stream().map(a -> a.grantKind).filter(java.util.Objects::nonNull).distinct()
                .collect(Collectors.joining(","));
        return new PayableGroup(group.groupNumber, group.businessLine, group.applicationName, grants, receipts.get(0),
                receipts.get(receipts.size() - 1), due.size(), due.stream().mapToLong(a -> a.feeTwd == null ? 0 : a.feeTwd).sum(),
                deadline, openOrderId);
    }

    /** @return the open order of each group that has one: group id → order's public id */
    /** @return per group among these, the public id of a payment order still open for it */
    static Map<Long, String> openOrders(EntityManager em, List<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> open = new LinkedHashMap<>();
        em.createQuery("select l from OrderGroupEntity l where l.group.id in :groups and l.order.status in :open",
                OrderGroupEntity.class).setParameter("groups", groupIds).setParameter("open", List.of(PaymentOrderStatus.STARTED,
                        PaymentOrderStatus.PENDING, PaymentOrderStatus.UNKNOWN))
                .getResultList().forEach(line -> open.put(line.group.id, line.order.publicId));
        return open;
    }

    private List<ChannelOption> options(long amount) {
        return channels.all().stream().map(PaymentChannelRegistry.Installed::descriptor)
                .map(d -> new ChannelOption(d.id(), d.version(), d.labelZh(), d.labelEn(), amount == 0 ? 0 : d.fee().of(amount),
                        d.fee().included(), d.fee().noteZh(), d.fee().noteEn(), d.offline(),
                        d.maxAmountTwd() == 0 || amount <= d.maxAmountTwd(), d.maxAmountTwd()))
                .toList();
    }

    /** Online orders wait minutes for the payer; a slip runs until the cases' payment deadline, within offlineDays. */
    private Instant expiry(ChannelDescriptor descriptor, java.util.Collection<PayableGroup> lines, Instant now) {
        if (!descriptor.offline()) {
            return now.plus(config.onlineMinutes(), ChronoUnit.MINUTES);
        }
        Instant latest = now.plus(config.offlineDays(), ChronoUnit.DAYS);
        Instant deadline = lines.stream().map(PayableGroup::deadline).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).map(day -> day.plusDays(1).atStartOfDay(RocYear.TAIWAN).toInstant()).orElse(latest);
        Instant chosen = deadline.isBefore(latest) ? deadline : latest;
        return chosen.isBefore(now.plus(1, ChronoUnit.HOURS)) ? now.plus(1, ChronoUnit.HOURS) : chosen;
    }

    private PaymentOrderEntity find(EntityManager em, Actor actor, String orderId) {
        String id = orderId == null ? "" : orderId.strip().toLowerCase(java.util.Locale.ROOT);
        return em.createQuery("select o from PaymentOrderEntity o where o.publicId = :id", PaymentOrderEntity.class)
                .setParameter("id", id).getResultList().stream()
                .filter(order -> order.payerAccountId == actor.accountId() || isOfficer(actor)).findFirst()
                .orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "ORDER_NOT_FOUND", "查無此繳費紀錄。", "No such payment."));
    }

    private static String publicId(EntityManager em, Long orderId) {
        if (orderId == null) {
            return null;
        }
        PaymentOrderEntity order = em.find(PaymentOrderEntity.class, orderId);
        return order == null ? null : order.publicId;
    }

    private static String digest(PaymentOrderRequest request, String nationalId) {
        String canonical = (request.groupNumbers() == null ? List.<String>of() : request.groupNumbers()).stream()
                .map(number -> number == null ? "" : number.strip()).sorted().distinct().collect(Collectors.joining(","))
                + "|" + request.channelId() + "|" + (nationalId == null ? "" : nationalId);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private String base() {
        String url = config.publicBaseUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requirePayer(Actor actor) {
        if (actor.reach() == Actor.Reach.ALL || !actor.may(Performer.APPLICANT)) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有權限執行此操作。", "You may not do this.");
        }
    }

    private static boolean isOfficer(Actor actor) {
        return actor.reach() == Actor.Reach.ALL;
    }

    private static void requireOfficer(Actor actor) {
        if (!isOfficer(actor)) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有權限執行此操作。", "You may not do this.");
        }
    }
}
