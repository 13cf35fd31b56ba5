package org.sojourn.cases.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sojourn.applicant.spi.Term;

/**
 * The agency's working days: Monday to Friday, less the public holidays, plus the Saturdays that
 * are made-up working days (補班), both as data in {@code etc/org.sojourn.calendar.cfg}, because
 * Taiwan's government publishes them year by year.
 */
@Component(service = WorkingDays.class, configurationPid = "org.sojourn.calendar",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = WorkingDays.Config.class)
public final class WorkingDays {

    /** The calendar ({@code etc/org.sojourn.calendar.cfg}). */
    @ObjectClassDefinition(name = "Sojourn working days", description = "Public holidays and made-up working days")
    @interface Config {
        /** @return the public holidays (observed days off), YYYY-MM-DD */
        @AttributeDefinition(description = "Public holidays, YYYY-MM-DD, comma-separated")
        String[] holidays() default {};

        /** @return the weekend days that are working days, YYYY-MM-DD */
        @AttributeDefinition(description = "Made-up working days on weekends (補班), YYYY-MM-DD, comma-separated")
        String[] makeUpWorkdays() default {};
    }

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    /**
     * @param config the calendar
     * @throws IllegalArgumentException when a day is not YYYY-MM-DD: a wrong calendar would move deadlines
     */
    @Activate
    public WorkingDays(Config config) {
        this(days("holidays", config.holidays()), days("makeUpWorkdays", config.makeUpWorkdays()));
    }

    WorkingDays(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    /** @return whether the agency works that day */
    boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /** @return the working day that ends a term of that many working days starting the day after {@code from} */
    LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * @return the last day of a term counted from the day after {@code from}; a calendar term ending
     *         on a day off ends on the next working day, as administrative deadlines do
     */
    LocalDate due(Term term, LocalDate from) {
        LocalDate end = switch (term.unit()) {
            case WORKING_DAYS -> plusWorkingDays(from, term.amount());
            case DAYS -> from.plusDays(term.amount());
            case MONTHS -> from.plusMonths(term.amount());
        };
        while (!isWorkingDay(end)) {
            end = end.plusDays(1);
        }
        return end;
    }

    private static Set<LocalDate> days(String setting, String[] values) {
        // A .cfg file gives the list as one comma-separated string; typed configuration as an array.
        return Arrays.stream(values == null ? new String[0] : values).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> {
                    try {
                        return LocalDate.parse(v);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("etc/org.sojourn.calendar.cfg: " + setting + " has '" + v
                                + "', which is not a day written YYYY-MM-DD", e);
                    }
                })
                .collect(Collectors.toSet());
    }
}
