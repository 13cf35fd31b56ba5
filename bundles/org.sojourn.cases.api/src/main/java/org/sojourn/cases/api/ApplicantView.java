package org.sojourn.cases.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One applicant with everything the form and the reviewer see.
 *
 * @param summary        the list entry
 * @param groupId        the group's id
 * @param groupNumber    the group's number, null before submission
 * @param fields         the form's values by field name
 * @param missing        what keeps it incomplete: required fields and documents, per field
 * @param documents      the uploaded files
 * @param grant          what the approval granted, null before approval
 * @param deadline       the last day to answer a return or to pay an approval; null when none runs
 * @param allowedActions what can happen to the case now, for the status shown
 */
public record ApplicantView(ApplicantSummary summary, String groupId, String groupNumber, Map<String, String> fields,
        List<FieldProblem> missing, List<DocumentView> documents, Grant grant, LocalDate deadline,
        List<CaseAction> allowedActions) {
}
