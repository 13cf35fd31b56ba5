package org.sojourn.rest.internal;

import java.time.Instant;

import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Session;

/** What clients see of accounts and sessions: never a password hash or another session's token. */
final class SecurityViews {

    private SecurityViews() {
    }

    /**
     * An account as its owner sees it.
     *
     * @param login        the login
     * @param role         the role
     * @param displayName  the name to greet it with
     * @param schoolNumber the school's business number for school accounts
     */
    record AccountView(String login, String role, String displayName, String schoolNumber) {
        static AccountView of(Caller caller) {
            return new AccountView(caller.login(), caller.role().name(), caller.displayName(), caller.schoolNumber());
        }
    }

    /**
     * The current session.
     *
     * @param expiresAt when it ends unless used again
     * @param account   whose it is
     */
    record SessionView(Instant expiresAt, AccountView account) {
        static SessionView of(Session session) {
            return new SessionView(session.expiresAt(), AccountView.of(session.caller()));
        }
    }

    /**
     * @param issued a session just opened
     * @return 201 with the token, its expiry (also in the countdown header) and the account, never cached
     */
    static javax.ws.rs.core.Response created(org.sojourn.security.api.IssuedSession issued) {
        javax.ws.rs.core.CacheControl noStore = new javax.ws.rs.core.CacheControl();
        noStore.setNoStore(true);
        return javax.ws.rs.core.Response.status(javax.ws.rs.core.Response.Status.CREATED)
                .entity(new SignedIn(issued.token(), issued.session().expiresAt(), AccountView.of(issued.session().caller())))
                .header(AuthenticationFilter.EXPIRES_HEADER, issued.session().expiresAt().toString())
                .cacheControl(noStore)
                .build();
    }

    /**
     * A fresh sign-in.
     *
     * @param token     the bearer token for {@code Authorization: Bearer …}
     * @param expiresAt when the session ends unless used again
     * @param account   whose it is
     */
    record SignedIn(String token, Instant expiresAt, AccountView account) {
    }
}
