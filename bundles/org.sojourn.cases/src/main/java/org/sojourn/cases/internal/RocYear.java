package org.sojourn.cases.internal;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The year of the Republic of China calendar (民國), which the agency's numbers and documents use:
 * AD year − 1911, counted in Taiwan's time zone.
 */
public final class RocYear {

    /** Taiwan's time zone: a group created at 23:30 UTC on 31 December belongs to the next ROC year. */
    public static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");

    private RocYear() {
    }

    /**
     * @param instant a moment
     * @return the ROC year in Taiwan at that moment, e.g. 115 for 2026
     */
    public static int at(Instant instant) {
        return instant.atZone(TAIWAN).getYear() - 1911;
    }
}
