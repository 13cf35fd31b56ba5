package org.sojourn.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RocYearTest {

    @Test
    void countsFrom1912() {
        assertEquals(106, RocYear.at(Instant.parse("2017-04-10T02:00:00Z")));
    }

    @Test
    void turnsAtMidnightInTaiwanNotInUtc() {
        // 16:30 UTC on 31 December is 00:30 on 1 January in Taipei.
        assertEquals(115, RocYear.at(Instant.parse("2026-12-31T15:59:59Z")));
        assertEquals(116, RocYear.at(Instant.parse("2026-12-31T16:30:00Z")));
    }
}
