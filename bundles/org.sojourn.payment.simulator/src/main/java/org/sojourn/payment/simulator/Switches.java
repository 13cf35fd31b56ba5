package org.sojourn.payment.simulator;

import java.util.Map;

/**
 * The faults the simulator plays, set over {@code POST /sim/switches} (form fields of the same names).
 * All off by default: the simulator then behaves as a healthy provider.
 */
final class Switches {

    /** Each callback is delivered twice. */
    volatile boolean duplicate;
    /** Callbacks wait and go out newest first, so a result may overtake the instructions before it. */
    volatile boolean reorder;
    /** Milliseconds each callback waits before it goes out. */
    volatile long lateMillis;
    /** Callbacks are never delivered: only the merchant's queries can learn the result. */
    volatile boolean lose;
    /** With each genuine callback, one signed with a wrong key (and a changed amount) goes out too. */
    volatile boolean forge;
    /** Milliseconds each query waits before it answers. */
    volatile long slowQueryMillis;
    /** Every provider endpoint answers 503. */
    volatile boolean down;
    /** A paid callback reports this much more than the order, to test the merchant's amount check. */
    volatile long amountSkew;

    void set(Map<String, String> form) {
        form.forEach((name, value) -> {
            switch (name) {
                case "duplicate" -> duplicate = Boolean.parseBoolean(value);
                case "reorder" -> reorder = Boolean.parseBoolean(value);
                case "lateMillis" -> lateMillis = Long.parseLong(value);
                case "lose" -> lose = Boolean.parseBoolean(value);
                case "forge" -> forge = Boolean.parseBoolean(value);
                case "slowQueryMillis" -> slowQueryMillis = Long.parseLong(value);
                case "down" -> down = Boolean.parseBoolean(value);
                case "amountSkew" -> amountSkew = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown switch " + name);
            }
        });
    }

    void reset() {
        duplicate = false;
        reorder = false;
        lateMillis = 0;
        lose = false;
        forge = false;
        slowQueryMillis = 0;
        down = false;
        amountSkew = 0;
    }
}
