package org.sojourn.cases.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** One group of a payment order (table {@code payment_order_group}), with its fee receipt number once paid. */
@Entity
@Table(name = "payment_order_group")
@IdClass(OrderGroupEntity.Key.class)
public class OrderGroupEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long order;
        Long group;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(order, key.order) && Objects.equals(group, key.group);
        }

        @Override
        public int hashCode() {
            return Objects.hash(order, group);
        }
    }

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    PaymentOrderEntity order;

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id")
    CaseGroupEntity group;

    @Column(name = "applicants", nullable = false)
    int applicants;

    @Column(name = "amount_twd", nullable = false)
    long amountTwd;

    @Column(name = "fee_receipt_number", length = 20)
    String feeReceiptNumber;

    /** For JPA. */
    protected OrderGroupEntity() {
    }

    OrderGroupEntity(PaymentOrderEntity order, CaseGroupEntity group, int applicants, long amountTwd) {
        this.order = order;
        this.group = group;
        this.applicants = applicants;
        this.amountTwd = amountTwd;
    }
}
