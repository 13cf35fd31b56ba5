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
import org.sojourn.security.api.Authentication;
import org.sojourn.security.api.Session;

/**
 * Turns {@code Authorization: Bearer <token>} into the request's caller, and tells the client on
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
    private static final String BEARER = "Bearer ";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Authentication authentication;

    @Context
    private HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
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

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SESSION_PROPERTY) instanceof Session session) {
            response.getHeaders().putSingle(EXPIRES_HEADER, session.expiresAt().toString());
        }
    }
}
