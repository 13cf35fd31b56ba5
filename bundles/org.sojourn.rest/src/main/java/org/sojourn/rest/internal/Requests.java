package org.sojourn.rest.internal;

import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.SecurityContext;

import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.security.api.Session;

/** What resources and filters read off a request. */
final class Requests {

    private Requests() {
    }

    /** @return whether the caller's first language is Chinese */
    static boolean prefersChinese(List<Locale> languages) {
        return !languages.isEmpty() && "zh".equals(languages.get(0).getLanguage());
    }

    /** @return the caller's network address, for the audit trail */
    static String source(HttpServletRequest http) {
        try {
            return http == null ? null : http.getRemoteAddr();
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }

    /**
     * @param security the request's security context
     * @return the caller's session
     * @throws DomainException {@code UNAUTHENTICATED} when nobody is signed in
     */
    static Session requireSession(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerSecurityContext.CallerPrincipal caller) {
            return caller.session();
        }
        throw new DomainException(ErrorKind.UNAUTHENTICATED, "UNAUTHENTICATED", "請先登入。", "Sign in first.");
    }
}
