package org.sojourn.cases.api;

/**
 * A reviewer's decision on one case.
 *
 * @param action  what to do
 * @param comment the comment or reason the applicant will read; required where the action says so
 */
public record Decision(CaseAction action, String comment) {
}
