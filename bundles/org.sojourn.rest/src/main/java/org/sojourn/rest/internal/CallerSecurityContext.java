package org.sojourn.rest.internal;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.sojourn.security.api.Session;

/** The JAX-RS security context of a request with a live session. */
final class CallerSecurityContext implements SecurityContext {

    /** The principal of a signed-in caller, carrying its session. */
    record CallerPrincipal(Session session) implements Principal {
        @Override
        public String getName() {
            return session.caller().login();
        }
    }

    private final CallerPrincipal principal;
    private final boolean secure;

    CallerSecurityContext(Session session, boolean secure) {
        this.principal = new CallerPrincipal(session);
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return principal.session().caller().role().name().equals(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
