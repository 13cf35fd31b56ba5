package org.sojourn.cases.api;

/**
 * Who filed a group.
 *
 * @param accountId    the filing account's id, or null for groups no account filed (demo data)
 * @param schoolNumber the business number of the school the account belongs to, or null for a
 *                     student's own group
 */
public record GroupOwner(Long accountId, String schoolNumber) {
}
