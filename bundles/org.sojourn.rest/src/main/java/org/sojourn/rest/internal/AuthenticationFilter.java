package org.sojourn.rest.internal;

import java.util.Optional;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.security.api.ApiKeyUse;
import org.sojourn.security.api.ApiKeys;
import org.sojourn.security.api.Authentication;
import org.sojourn.security.api.Session;

/**
 * Turns {@code Authorization: Bearer <token>} (a person's session) or {@code X-Api-Key} (a machine
 * client's key) into the request's caller, and tells a person's client on
 * every answer when its session will end ({@value #EXPIRES_HEADER}), so a page can count down to
 * the automatic sign-out. A token that is unknown, revoked or idle too long is refused with 401
 * {@code SESSION_EXPIRED} on any endpoint: a client must learn its session is gone.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** The response header carrying the session's end, an ISO-8601 instant. */
    public static final String EXPIRES_HEADER = "Sojourn-Session-Expires";
    static final String SESSION_PROPERTY = Session.class.getName();
    /** The header a machine client sends its API key in. */
    public static final String API_KEY_HEADER = "X-Api-Key";
    static final String API_KEY_PROPERTY = ApiKeyUse.class.getName();
    private static final String BEARER = "Bearer ";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Authentication authentication;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ApiKeys keys;

    @Context
    private HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(API_KEY_HEADER);
        if (key != null) {
            useKey(request, key);
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        boolean chinese = Requests.prefersChinese(request.getAcceptableLanguages());
        Authentication current = authentication;
        if (current == null) {
            request.abortWith(ProblemExceptionMapper.responseFor(Requests.securityUnavailable(), chinese));
            return;
        }
        Optional<Session> session = header.startsWith(BEARER)
                ? current.check(header.substring(BEARER.length()).strip(), Requests.source(http))
                : Optional.empty();
        if (session.isEmpty()) {
            request.abortWith(ProblemExceptionMapper.responseFor(new DomainException(ErrorKind.UNAUTHENTICATED,
                    "SESSION_EXPIRED", "登入逾時或已登出，請重新登入。", "Your session has ended; sign in again."), chinese));
            return;
        }
        request.setProperty(SESSION_PROPERTY, session.get());
        request.setSecurityContext(new CallerSecurityContext(session.get(), request.getSecurityContext().isSecure()));
    }

    /** A machine client: it acts as the key's owner, within the key's scopes (checked by {@link AuthorizationFilter}). */
    private void useKey(ContainerRequestContext request, String key) {
        boolean chinese = Requests.prefersChinese(request.getAcceptableLanguages());
        ApiKeys current = keys;
        if (current == null) {
            request.abortWith(ProblemExceptionMapper.responseFor(Requests.securityUnavailable(), chinese));
            return;
        }
        Optional<ApiKeyUse> use = current.check(key, Requests.source(http));
        if (use.isEmpty()) {
            request.abortWith(ProblemExceptionMapper.responseFor(new DomainException(ErrorKind.UNAUTHENTICATED,
                    "API_KEY_INVALID", "API 金鑰無效或已撤銷。", "The API key is not valid or was revoked."), chinese));
            return;
        }
        Session session = new Session(use.get().caller(), null);
        request.setProperty(API_KEY_PROPERTY, use.get());
        request.setProperty(SESSION_PROPERTY, session);
        request.setSecurityContext(new CallerSecurityContext(session, request.getSecurityContext().isSecure()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SESSION_PROPERTY) instanceof Session session && session.expiresAt() != null) {
            response.getHeaders().putSingle(EXPIRES_HEADER, session.expiresAt().toString());
        }
    }
}
