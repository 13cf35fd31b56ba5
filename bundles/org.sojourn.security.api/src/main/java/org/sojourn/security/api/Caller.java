package org.sojourn.security.api;

import java.util.Objects;

/**
 * The account behind a request.
 *
 * @param accountId    the account's id
 * @param login        what the account signs in with, e.g. {@code 03734301} or {@code 03734301-01}
 * @param role         what the account is
 * @param displayName  the name to greet it with
 * @param schoolNumber for school accounts the school's business number, else null
 */
public record Caller(long accountId, String login, Role role, String displayName, String schoolNumber) {

    /** Checks the mandatory parts. */
    public Caller {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(displayName, "displayName");
    }
}
