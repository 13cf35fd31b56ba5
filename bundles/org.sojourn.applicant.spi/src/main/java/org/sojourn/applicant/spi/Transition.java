package org.sojourn.applicant.spi;

import org.sojourn.cases.api.CaseAction;
import org.sojourn.cases.api.CaseStatus;

/**
 * A change of one case's status, as the type's hooks see it.
 *
 * @param receiptNumber the case's receipt number (null only for submission's own numbering step)
 * @param action        what happened
 * @param from          the status before
 * @param to            the status after
 * @param form          the case's form
 */
public record Transition(String receiptNumber, CaseAction action, CaseStatus from, CaseStatus to,
        ApplicantForm form) {
}
