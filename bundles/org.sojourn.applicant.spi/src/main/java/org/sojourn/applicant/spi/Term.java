package org.sojourn.applicant.spi;

/**
 * How long an applicant has for something, e.g. a correction: 3 working days, 15 days, 3 months.
 *
 * @param amount how many units
 * @param unit   the unit
 */
public record Term(int amount, Unit unit) {

    /** The units of a term. */
    public enum Unit {
        /** Days the agency works: not weekends, not public holidays, but make-up working Saturdays. */
        WORKING_DAYS,
        /** Calendar days. */
        DAYS,
        /** Calendar months. */
        MONTHS
    }

    /** Checks the amount. */
    public Term {
        if (amount < 1) {
            throw new IllegalArgumentException("a term lasts at least one unit");
        }
    }

    /** @return a term of that many working days */
    public static Term workingDays(int amount) {
        return new Term(amount, Unit.WORKING_DAYS);
    }
}
