package org.sojourn.cases.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.sojourn.payment.api.Discrepancy;

/** Something about money an officer must look at (table {@code payment_discrepancy}). */
@Entity
@Table(name = "payment_discrepancy")
public class DiscrepancyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_discrepancy_seq")
    @SequenceGenerator(name = "payment_discrepancy_seq", sequenceName = "payment_discrepancy_seq", allocationSize = 50)
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    Discrepancy.Kind kind;

    @Column(name = "channel_id", nullable = false, updatable = false, length = 40)
    String channelId;

    @Column(name = "order_id", updatable = false)
    Long orderId;

    @Column(name = "reference", updatable = false, length = 40)
    String reference;

    @Column(name = "found_at", nullable = false, updatable = false)
    Instant foundAt;

    @Column(name = "detail", nullable = false, updatable = false, length = 500)
    String detail;

    @Column(name = "resolved_at")
    Instant resolvedAt;

    @Column(name = "resolved_by")
    Long resolvedBy;

    @Column(name = "resolution", length = 1000)
    String resolution;

    /** For JPA. */
    protected DiscrepancyEntity() {
    }

    DiscrepancyEntity(Discrepancy.Kind kind, String channelId, Long orderId, String reference, Instant foundAt, String detail) {
        this.kind = kind;
        this.channelId = channelId;
        this.orderId = orderId;
        this.reference = reference == null ? null : reference.substring(0, Math.min(40, reference.length()));
        this.foundAt = foundAt;
        this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
    }
}
