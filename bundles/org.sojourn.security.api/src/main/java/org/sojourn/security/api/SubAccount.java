package org.sojourn.security.api;

import java.time.Instant;

/**
 * A school sub-account as its main account lists it.
 *
 * @param login        {@code {main}-{NN}}
 * @param name         the person's name
 * @param unit         the unit the person works in
 * @param enabled      whether it may sign in
 * @param lastSignInAt when it last signed in, null when never
 */
public record SubAccount(String login, String name, String unit, boolean enabled, Instant lastSignInAt) {
}
