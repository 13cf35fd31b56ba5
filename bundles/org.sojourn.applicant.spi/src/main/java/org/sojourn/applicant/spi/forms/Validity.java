package org.sojourn.applicant.spi.forms;

import java.time.LocalDate;
import java.util.Optional;

import org.sojourn.applicant.spi.Eligibility;
import org.sojourn.applicant.spi.GrantTerms;
import org.sojourn.applicant.spi.PriorGrant;

/**
 * The validity rules students' grants share (§8): by study period and at most 3 years per grant;
 * an extension only in the last 3 months of the stay; past the study-length cap each extension at
 * most 6 months.
 *
 * @since 1.1
 */
public final class Validity {

    /** At most 3 years per grant. */
    public static final int MAX_GRANT_YEARS = 3;
    /** Extensions are filed within the last 3 months of the stay. */
    public static final int EXTENSION_WINDOW_MONTHS = 3;
    /** Past the study-length cap each extension lasts at most 6 months. */
    public static final int PAST_CAP_EXTENSION_MONTHS = 6;

    private Validity() {
    }

    /**
     * What every renewal, extension and data change needs first: an issued grant that has not ended.
     *
     * @param prior the current grant the core found, if any
     * @param today today in Taiwan
     * @return refused ({@code NO_CURRENT_GRANT}, {@code GRANT_EXPIRED}) with the reason, else allowed
     */
    public static Eligibility current(Optional<PriorGrant> prior, LocalDate today) {
        if (prior.isEmpty() || !prior.get().paid()) {
            return Eligibility.refused("NO_CURRENT_GRANT", "查無此證號的有效核發資料。",
                    "No issued grant has this number.");
        }
        if (prior.get().validUntil().isBefore(today)) {
            return Eligibility.refused("GRANT_EXPIRED", "此證已逾期，不能延續，請重新申請。",
                    "This grant has expired and cannot be continued; file a new application.");
        }
        return Eligibility.allowed();
    }

    /**
     * @param grant the current grant
     * @param today today in Taiwan
     * @return refused before the last 3 months of the grant, with the first day one may file
     */
    public static Eligibility extensionWindow(PriorGrant grant, LocalDate today) {
        LocalDate opens = grant.validUntil().minusMonths(EXTENSION_WINDOW_MONTHS);
        return today.isBefore(opens)
                ? Eligibility.refused("OUTSIDE_EXTENSION_WINDOW", "居留（停留）期限屆滿前 3 個月內才可申請延期（可申請日：" + opens + "）。",
                        "An extension can be filed only within 3 months before the stay ends (from " + opens + ").")
                : Eligibility.allowed();
    }

    /**
     * @param kind        what is issued
     * @param decision    the day of approval
     * @param studyEnd    the end of study
     * @param documentEnd when the travel document expires, if known
     * @return a grant from the decision, until the earliest of the study's end, 3 years and the document's expiry
     */
    public static GrantTerms first(String kind, LocalDate decision, LocalDate studyEnd, Optional<LocalDate> documentEnd) {
        return new GrantTerms(kind, decision,
                earliest(studyEnd, decision.plusYears(MAX_GRANT_YEARS).minusDays(1), documentEnd.orElse(LocalDate.MAX)));
    }

    /**
     * @param kind        what is issued
     * @param prior       the grant extended
     * @param cap         the last day the study-length cap allows (e.g. the programme's length from enrolment)
     * @param documentEnd when the travel document expires, if known
     * @return a grant from the day after the prior one, until the cap and at most 3 years; once the
     *         cap is reached, 6 months
     */
    public static GrantTerms extension(String kind, PriorGrant prior, LocalDate cap, Optional<LocalDate> documentEnd) {
        LocalDate from = prior.validUntil().plusDays(1);
        LocalDate limit = cap.isAfter(prior.validUntil()) ? cap
                : prior.validUntil().plusMonths(PAST_CAP_EXTENSION_MONTHS);
        return new GrantTerms(kind, from,
                earliest(limit, from.plusYears(MAX_GRANT_YEARS).minusDays(1), documentEnd.orElse(LocalDate.MAX)));
    }

    /** @return the earliest of three days */
    public static LocalDate earliest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate first = a.isBefore(b) ? a : b;
        return first.isBefore(c) ? first : c;
    }
}
