package org.sojourn.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sojourn.applicant.spi.Term;

/** Deadlines count in the agency's working days (§8). */
class WorkingDaysTest {

    /** 2026: Lunar New Year off 16–20 February, a made-up working Saturday on 31 January (for the test). */
    private final WorkingDays calendar = new WorkingDays(
            Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                    LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)),
            Set.of(LocalDate.of(2026, 1, 31)));

    @Test
    void threeWorkingDaysSkipWeekendsAndHolidays() {
        // Returned on Thursday 12 February: Friday 13, then the holiday week, then Monday 23 and Tuesday 24.
        assertEquals(LocalDate.of(2026, 2, 24), calendar.due(Term.workingDays(3), LocalDate.of(2026, 2, 12)));
        // Returned on Saturday 21 November 2026: Monday 23, Tuesday 24, Wednesday 25.
        assertEquals(LocalDate.of(2026, 11, 25), calendar.due(Term.workingDays(3), LocalDate.of(2026, 11, 21)));
    }

    @Test
    void aMadeUpSaturdayCounts() {
        // Thursday 29 January: Friday 30, Saturday 31 (補班), Monday 2 February.
        assertEquals(LocalDate.of(2026, 2, 2), calendar.due(Term.workingDays(3), LocalDate.of(2026, 1, 29)));
    }

    @Test
    void calendarTermsEndingOnADayOffMoveToTheNextWorkingDay() {
        // 15 days after 1 February is 16 February, a holiday: the term ends Monday 23 February.
        assertEquals(LocalDate.of(2026, 2, 23), calendar.due(new Term(15, Term.Unit.DAYS), LocalDate.of(2026, 2, 1)));
        assertEquals(LocalDate.of(2026, 5, 12), calendar.due(new Term(3, Term.Unit.MONTHS), LocalDate.of(2026, 2, 12)));
    }

    @Test
    void aCalendarFileWithAWrongDayIsRefusedAtStart() {
        WorkingDays.Config config = new WorkingDays.Config() {
            @Override
            public String[] holidays() {
                return new String[] {"2026-01-01, 2026-02-30"};
            }

            @Override
            public String[] makeUpWorkdays() {
                return new String[0];
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return WorkingDays.Config.class;
            }
        };
        assertThrows(IllegalArgumentException.class, () -> new WorkingDays(config));
    }
}
