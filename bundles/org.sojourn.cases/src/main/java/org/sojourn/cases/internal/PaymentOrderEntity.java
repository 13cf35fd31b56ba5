package org.sojourn.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.sojourn.payment.api.PaymentOrderStatus;

/** A payment order (table {@code payment_order}): some approved groups of one payer, through one channel. */
@Entity
@Table(name = "payment_order")
public class PaymentOrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_order_seq")
    @SequenceGenerator(name = "payment_order_seq", sequenceName = "payment_order_seq", allocationSize = 50)
    Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    String publicId;

    @Column(name = "reference", nullable = false, length = 20)
    String reference;

    @Column(name = "channel_id", nullable = false, updatable = false, length = 40)
    String channelId;

    @Column(name = "channel_version", nullable = false, updatable = false, length = 20)
    String channelVersion;

    @Column(name = "payer_account_id", nullable = false, updatable = false)
    long payerAccountId;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 64)
    String idempotencyKey;

    @Column(name = "request_digest", nullable = false, updatable = false, length = 64)
    String requestDigest;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    PaymentOrderStatus status;

    @Column(name = "amount_twd", nullable = false, updatable = false)
    long amountTwd;

    @Column(name = "channel_fee_twd", nullable = false, updatable = false)
    long channelFeeTwd;

    @Column(name = "offline", nullable = false, updatable = false)
    boolean offline;

    @Column(name = "provider_reference", length = 40)
    String providerReference;

    @Column(name = "paid_amount_twd")
    Long paidAmountTwd;

    @Column(name = "paid_at")
    Instant paidAt;

    @Column(name = "redirect_url", length = 500)
    String redirectUrl;

    @Column(name = "redirect_method", length = 10)
    String redirectMethod;

    @Column(name = "redirect_fields", length = 8000)
    String redirectFields;

    @Column(name = "instructions_kind", length = 20)
    String instructionsKind;

    @Column(name = "bank_code", length = 3)
    String bankCode;

    @Column(name = "account_number", length = 30)
    String accountNumber;

    @Column(name = "store_code", length = 30)
    String storeCode;

    @Column(name = "barcodes", length = 200)
    String barcodes;

    @Column(name = "instructions_until")
    Instant instructionsUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "next_check_at")
    Instant nextCheckAt;

    @Column(name = "check_attempts", nullable = false)
    int checkAttempts;

    @Column(name = "detail", length = 300)
    String detail;

    @Version
    @Column(name = "row_version", nullable = false)
    int rowVersion;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    List<OrderGroupEntity> groups = new ArrayList<>();

    /** For JPA. */
    protected PaymentOrderEntity() {
    }

    /**
     * Moves the order along the state graph ({@link PaymentOrderStatus#next()}); staying put is no move.
     *
     * @throws IllegalStateException for a move the graph does not have: a bug, never the provider's doing
     */
    void moveTo(PaymentOrderStatus to) {
        if (to != status && !status.next().contains(to)) {
            throw new IllegalStateException("Payment order " + id + " cannot go from " + status + " to " + to);
        }
        status = to;
    }

    PaymentOrderEntity(String channelId, String channelVersion, long payerAccountId, String idempotencyKey, String requestDigest,
            long amountTwd, long channelFeeTwd, boolean offline, Instant now, Instant expiresAt) {
        this.publicId = UUID.randomUUID().toString();
        this.reference = "pending-" + publicId.substring(0, 12); // replaced by the numbered reference once the id exists
        this.channelId = channelId;
        this.channelVersion = channelVersion;
        this.payerAccountId = payerAccountId;
        this.idempotencyKey = idempotencyKey;
        this.requestDigest = requestDigest;
        this.status = PaymentOrderStatus.STARTED;
        this.amountTwd = amountTwd;
        this.channelFeeTwd = channelFeeTwd;
        this.offline = offline;
        this.createdAt = now;
        this.updatedAt = now;
        this.expiresAt = expiresAt;
    }
}
