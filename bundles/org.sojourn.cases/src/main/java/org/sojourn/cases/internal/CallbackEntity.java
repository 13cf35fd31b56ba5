package org.sojourn.cases.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A provider's callback exactly as it arrived (table {@code payment_callback}), and what came of it. */
@Entity
@Table(name = "payment_callback")
public class CallbackEntity {

    /** What came of a callback. */
    enum Outcome {
        /** Stored, not looked at yet (or the node stopped while looking). */
        RECEIVED,
        /** It changed the order. */
        APPLIED,
        /** It brought an offline channel's instructions. */
        INSTRUCTIONS,
        /** It said what was known already. */
        DUPLICATE,
        /** It could not change the order any more (e.g. a failure after success). */
        IGNORED,
        /** It failed verification. */
        REJECTED,
        /** Its amount or currency differs from the order's. */
        MISMATCH,
        /** It names no order of this channel. */
        UNKNOWN_ORDER,
        /** Its channel is not installed now. */
        NO_CHANNEL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_callback_seq")
    @SequenceGenerator(name = "payment_callback_seq", sequenceName = "payment_callback_seq", allocationSize = 50)
    Long id;

    @Column(name = "channel_id", nullable = false, updatable = false, length = 40)
    String channelId;

    @Column(name = "received_at", nullable = false, updatable = false)
    Instant receivedAt;

    @Column(name = "remote_address", updatable = false, length = 64)
    String remoteAddress;

    @Column(name = "content_type", updatable = false, length = 200)
    String contentType;

    @Column(name = "body", nullable = false, updatable = false)
    byte[] body;

    @Column(name = "headers", updatable = false, length = 4000)
    String headers;

    @Column(name = "query_string", updatable = false, length = 2000)
    String queryString;

    @javax.persistence.Enumerated(javax.persistence.EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    Outcome outcome;

    @Column(name = "order_id")
    Long orderId;

    @Column(name = "detail", length = 300)
    String detail;

    /** For JPA. */
    protected CallbackEntity() {
    }

    CallbackEntity(String channelId, Instant receivedAt, String remoteAddress, String contentType, byte[] body, String headers,
            String queryString) {
        this.channelId = channelId;
        this.receivedAt = receivedAt;
        this.remoteAddress = remoteAddress;
        this.contentType = contentType;
        this.body = body;
        this.headers = headers;
        this.queryString = queryString;
        this.outcome = Outcome.RECEIVED;
    }
}
