package org.sojourn.cases.api;

/**
 * What a caller asks for when creating a group. Values are checked by {@link CaseGroups#create}, so
 * that the same rules hold whichever endpoint or job creates a group.
 *
 * @param applicationName the application name (申請名稱), 1–100 characters
 * @param businessCode    the three-digit business code that prefixes the group number, e.g. {@code 102}
 */
public record NewCaseGroup(String applicationName, String businessCode) {
}
