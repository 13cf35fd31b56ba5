package org.sojourn.cases.api;

/**
 * What kind of failure a {@link DomainException} is. The web layer turns each kind into one HTTP
 * status; the domain never speaks HTTP itself.
 */
public enum ErrorKind {
    /** The caller sent something malformed or breaking a rule; nothing was changed. */
    INVALID_INPUT,
    /** The thing asked for does not exist (or the caller may not know that it does). */
    NOT_FOUND,
    /** The request is valid but clashes with the current state. */
    CONFLICT,
    /** A service Sojourn depends on (database, plugin) is not available right now. */
    UNAVAILABLE,
    /** The caller is not signed in, or its sign-in failed or expired. */
    UNAUTHENTICATED,
    /** The caller is signed in but may not do this. */
    FORBIDDEN,
    /** Too many attempts; the caller must wait before trying again. */
    TOO_MANY_ATTEMPTS
}
