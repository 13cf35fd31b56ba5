package org.sojourn.cases.api;

/**
 * A reviewer's decision on one case.
 *
 * @param action             what to do
 * @param comment            the comment or reason the applicant will read; required where the action says so
 * @param documentsFromAbroad for a return: the documents must come from abroad, which lengthens the
 *                           applicant's term (§8); null is false
 */
public record Decision(CaseAction action, String comment, Boolean documentsFromAbroad) {

    /** A decision with no documents from abroad. */
    public Decision(CaseAction action, String comment) {
        this(action, comment, null);
    }
}
