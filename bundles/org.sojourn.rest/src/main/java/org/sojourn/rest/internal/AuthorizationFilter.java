package org.sojourn.rest.internal;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.security.api.ApiKeyUse;
import org.sojourn.security.api.ApiScope;
import org.sojourn.security.api.Session;

/**
 * Enforces what each endpoint declares with {@link Public}, {@link SignedIn} or {@link Allowed}
 * (on the method, else on the class): 401 when a caller must sign in, 403 when its role may not.
 * A machine client's API key reaches only what {@link ApiKeyScopes} opens, within its scopes.
 * An endpoint that declares nothing is refused to everyone — forgetting a declaration closes a
 * door instead of opening it — and logged as the defect it is.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@Priority(Priorities.AUTHORIZATION)
public final class AuthorizationFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationFilter.class);

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // nothing matched: the framework answers 404 or 405 itself
        }
        AnnotatedElement rule = declares(method) ? method : resource.getResourceClass();
        if (rule.isAnnotationPresent(Public.class)) {
            return;
        }
        boolean chinese = Requests.prefersChinese(request.getAcceptableLanguages());
        if (!rule.isAnnotationPresent(SignedIn.class) && !rule.isAnnotationPresent(Allowed.class)) {
            LOG.error("{}.{} declares no access rule (@Public, @SignedIn or @Allowed); refusing every call",
                    resource.getResourceClass().getSimpleName(), method.getName());
            request.abortWith(ProblemExceptionMapper.responseFor(forbidden(), chinese));
            return;
        }
        if (!(request.getProperty(AuthenticationFilter.SESSION_PROPERTY) instanceof Session session)) {
            request.abortWith(ProblemExceptionMapper.responseFor(new DomainException(ErrorKind.UNAUTHENTICATED,
                    "UNAUTHENTICATED", "請先登入。", "Sign in first."), chinese));
            return;
        }
        if (request.getProperty(AuthenticationFilter.API_KEY_PROPERTY) instanceof ApiKeyUse key) {
            ApiScope needed = ApiKeyScopes.needed(resource.getResourceClass(), request.getMethod());
            if (needed == null) {
                request.abortWith(ProblemExceptionMapper.responseFor(new DomainException(ErrorKind.FORBIDDEN, "API_KEY_NOT_ALLOWED",
                        "此功能不開放以 API 金鑰使用，請以帳號登入。", "API keys cannot call this; sign in as a person."), chinese));
                return;
            }
            if (!key.scopes().contains(needed)) {
                request.abortWith(ProblemExceptionMapper.responseFor(new DomainException(ErrorKind.FORBIDDEN, "API_KEY_SCOPE",
                        "此 API 金鑰沒有 " + needed + " 權限。", "This API key lacks the scope " + needed + "."), chinese));
                return;
            }
        }
        Allowed allowed = rule.getAnnotation(Allowed.class);
        if (allowed != null && Arrays.stream(allowed.value()).noneMatch(role -> role == session.caller().role())) {
            request.abortWith(ProblemExceptionMapper.responseFor(forbidden(), chinese));
        }
    }

    private static boolean declares(Method method) {
        return method.isAnnotationPresent(Public.class) || method.isAnnotationPresent(SignedIn.class)
                || method.isAnnotationPresent(Allowed.class);
    }

    private static DomainException forbidden() {
        return new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有執行此操作的權限。", "You may not do this.");
    }
}
