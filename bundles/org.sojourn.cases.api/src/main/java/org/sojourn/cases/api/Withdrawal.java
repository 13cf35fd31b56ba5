package org.sojourn.cases.api;

import java.util.List;

/**
 * What a withdrawal did (撤銷成功).
 *
 * @param groupNumber    the group's number
 * @param receiptNumbers the cases withdrawn
 * @param status         their status now: {@link CaseStatus#WITHDRAWN} or {@link CaseStatus#GROUP_WITHDRAWN}
 */
public record Withdrawal(String groupNumber, List<String> receiptNumbers, CaseStatus status) {
}
