package org.sojourn.payment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The payment order's state graph: what money allows, and nothing more. */
class PaymentOrderStatusTest {

    @Test
    void aPaidOrderIsFinal() {
        assertEquals(Set.of(), PaymentOrderStatus.SUCCEEDED.next());
        assertFalse(PaymentOrderStatus.SUCCEEDED.open());
    }

    @Test
    void aClosedOrderCanOnlyStillBePaid() {
        for (PaymentOrderStatus closed : EnumSet.of(PaymentOrderStatus.FAILED, PaymentOrderStatus.EXPIRED)) {
            assertFalse(closed.open(), closed.name());
            assertEquals(Set.of(PaymentOrderStatus.SUCCEEDED), closed.next(), closed.name());
        }
    }

    @Test
    void everyOpenOrderCanBePaidFailOrExpireAndNoOrderGoesBackToStarted() {
        for (PaymentOrderStatus status : PaymentOrderStatus.values()) {
            assertFalse(status.next().contains(PaymentOrderStatus.STARTED), status.name());
            assertFalse(status.next().contains(status), "no self-loops in the graph: " + status);
            if (status.open()) {
                assertTrue(status.next().containsAll(EnumSet.of(PaymentOrderStatus.SUCCEEDED, PaymentOrderStatus.FAILED,
                        PaymentOrderStatus.EXPIRED)), status.name());
            }
        }
        assertFalse(PaymentOrderStatus.PENDING.next().contains(PaymentOrderStatus.UNKNOWN),
                "a provider that had the order does not lose it by not answering once");
    }

    @Test
    void everyStatusIsReachableFromStarted() {
        Set<PaymentOrderStatus> seen = EnumSet.of(PaymentOrderStatus.STARTED);
        Deque<PaymentOrderStatus> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (PaymentOrderStatus next : todo.pop().next()) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        assertEquals(EnumSet.allOf(PaymentOrderStatus.class), seen);
    }
}
