package org.sojourn.security.api;

/**
 * A session just opened by a sign-in, with the token only its holder ever sees.
 *
 * @param token   the opaque bearer token; Sojourn keeps only its hash
 * @param session the session
 */
public record IssuedSession(String token, Session session) {

    /** @return the session without the token, so that logging this record can never leak it */
    @Override
    public String toString() {
        return "IssuedSession[" + session + "]";
    }
}
