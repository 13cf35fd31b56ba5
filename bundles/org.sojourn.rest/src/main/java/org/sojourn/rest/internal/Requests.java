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
     * @param body what the client sent, null when it sent nothing
     * @return the body
     * @throws DomainException {@code EMPTY_BODY} when there is none
     */
    static <T> T requireBody(T body) {
        if (body == null) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "EMPTY_BODY", "請求內容不得為空。", "The request body is empty.");
        }
        return body;
    }

    /**
     * @param service a security service from a dynamic reference, null while it is not running
     * @return the service
     * @throws DomainException {@code SECURITY_UNAVAILABLE} (503) when it is not running
     */
    static <S> S requireSecurity(S service) {
        if (service == null) {
            throw securityUnavailable();
        }
        return service;
    }

    /** @return the refusal while sign-in cannot be served */
    static DomainException securityUnavailable() {
        return new DomainException(ErrorKind.UNAVAILABLE, "SECURITY_UNAVAILABLE", "登入服務暫時無法使用，請稍後再試。",
                "Sign-in is unavailable right now; try again shortly.");
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
