package org.sojourn.applicant.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;
import org.sojourn.cases.api.FieldProblem;

/**
 * One applicant type (身分別), implemented by a plugin and registered as an OSGi service with the
 * properties of {@link org.sojourn.cases.api.PluginProperties} ({@code sojourn.plugin.kind=applicant-type},
 * id and version as in the descriptor). The core checks every field against its {@link FormField}
 * (format, dates, choices) before asking the type; the type adds what only it knows.
 */
@ConsumerType
public interface ApplicantType {

    /** @return what the type is: labels, business lines, form, documents, number codes */
    ApplicantTypeDescriptor descriptor();

    /**
     * Checks the values that are there against each other and the type's rules, e.g. a Chinese
     * name or the "no Chinese name" box, a nationality other than the ROC. Missing values are not
     * problems here; they only keep the form incomplete.
     *
     * @param form  the form, each value already well-formed for its field
     * @param today today in Taiwan
     * @return the problems, per field; empty when the values fit
     */
    List<FieldProblem> check(ApplicantForm form, LocalDate today);

    /**
     * @param form the form
     * @return the fields required in this situation beyond those the schema marks required, e.g.
     *         the Chinese name unless the "no Chinese name" box is ticked
     */
    default Set<String> conditionallyRequired(ApplicantForm form) {
        return Set.of();
    }

    /**
     * @param form the form
     * @return the codes of the document types required in this situation (§8), e.g. the
     *         scholarship proof only for scholarship holders
     */
    Set<String> requiredDocuments(ApplicantForm form);

    /**
     * The documents required on a given day, for rules that depend on it, e.g. a police record only
     * for applicants 18 or older on the application date. The core calls this one; by default it
     * asks {@link #requiredDocuments(ApplicantForm)}.
     *
     * @param form  the form
     * @param today today in Taiwan: the application date when the case is submitted
     * @return the codes of the document types required
     * @since 1.2
     */
    default Set<String> requiredDocuments(ApplicantForm form, LocalDate today) {
        return requiredDocuments(form);
    }

    /**
     * The fields the applicant may not change in this situation, e.g. the school a mainland
     * student's own application takes from the current permit (就讀學校 唯讀). The core refuses a
     * changed value with {@code READ_ONLY}; the prefilled value stays.
     *
     * @param form the form as stored
     * @return the read-only fields
     * @since 1.2
     */
    default Set<String> readOnlyFields(ApplicantForm form) {
        return Set.of();
    }

    /**
     * Whether this applicant may file this kind of application now, e.g. a renewal only of a valid
     * 6-month e-certificate, an extension only in the last 3 months of the stay.
     *
     * @param form  the form; its kind says which application
     * @param prior the current grant, for renewal, extension and data change
     * @param today today in Taiwan
     * @return the verdict, with the reason when refused
     */
    Eligibility eligibility(ApplicantForm form, Optional<PriorGrant> prior, LocalDate today);

    /**
     * How long the applicant has to answer a return (§8): by default 3 working days (the foreign
     * student terms), or 3 months when the reviewer says the documents must come from abroad; a
     * type may say otherwise, e.g. 15 days.
     *
     * @param form          the form
     * @param action        {@link org.sojourn.cases.api.CaseAction#RETURN_FOR_CORRECTION} or
     *                      {@link org.sojourn.cases.api.CaseAction#REQUEST_SUPPLEMENT}
     * @param fromAbroad    whether the reviewer said the documents must come from abroad
     * @return the term, counted from the day after the return
     * @since 1.1
     */
    default Term correctionTerm(ApplicantForm form, org.sojourn.cases.api.CaseAction action, boolean fromAbroad) {
        return fromAbroad ? new Term(3, Term.Unit.MONTHS) : Term.workingDays(3);
    }

    /**
     * @param form the complete form
     * @return the fee for this application (§6)
     */
    FeeQuote quote(ApplicantForm form);

    /**
     * What an approval today grants: the document and its validity (§8 caps).
     *
     * @param form     the complete form
     * @param prior    the current grant, for renewal and extension
     * @param decision the day of approval
     * @return the grant
     */
    GrantTerms grant(ApplicantForm form, Optional<PriorGrant> prior, LocalDate decision);

    /**
     * Called in the transaction of a change of status, before it is stored; throwing a
     * {@link org.sojourn.cases.api.DomainException} refuses the change.
     *
     * @param transition the change
     */
    default void beforeTransition(Transition transition) {
    }

    /**
     * Called after a change of status was stored. Must not fail; the change stands.
     *
     * @param transition the change
     */
    default void afterTransition(Transition transition) {
    }
}
