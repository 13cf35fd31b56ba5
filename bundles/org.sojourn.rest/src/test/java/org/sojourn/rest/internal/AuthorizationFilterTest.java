package org.sojourn.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class AuthorizationFilterTest {

    /** Every resource of this bundle; a new one is added here and so checked too. */
    private static final List<Class<?>> RESOURCES = List.of(HealthResource.class, OpenApiResource.class,
            CaptchaResource.class, SignInResource.class, SessionResource.class, GroupResource.class, ApplicantResource.class, ReviewResource.class,
            ApplicantTypeResource.class, WithdrawalResource.class, CaseQueryResource.class, CardDeskResource.class,
            SchoolAccountResource.class, PasswordResetResource.class, CertificateSignInResource.class,
            StudentRegistrationResource.class);

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        for (Class<?> resource : RESOURCES) {
            assertTrue(resource.isAnnotationPresent(Path.class), resource.getName());
            for (Method method : resource.getDeclaredMethods()) {
                boolean endpoint = method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                        || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class);
                if (endpoint) {
                    assertTrue(declares(method) || declares(resource), resource.getSimpleName() + "." + method.getName());
                }
            }
        }
    }

    @Test
    void anEndpointWithoutADeclarationIsRefusedToEveryone() throws Exception {
        assertEquals(403, statusFor(Undeclared.class.getDeclaredMethod("open")));
    }

    @Test
    void aSignedInEndpointAsksStrangersToSignIn() throws Exception {
        assertEquals(401, statusFor(Declared.class.getDeclaredMethod("mine")));
        assertNull(statusFor(Declared.class.getDeclaredMethod("everyone")));
    }

    /** A resource someone forgot to declare. */
    static final class Undeclared {
        @GET
        public String open() {
            return "";
        }
    }

    /** A resource with declarations. */
    @SignedIn
    static final class Declared {
        @GET
        public String mine() {
            return "";
        }

        @GET
        @Public
        public String everyone() {
            return "";
        }
    }

    private static boolean declares(java.lang.reflect.AnnotatedElement element) {
        return element.isAnnotationPresent(Public.class) || element.isAnnotationPresent(SignedIn.class)
                || element.isAnnotationPresent(Allowed.class);
    }

    /** @return the status a stranger's request to the method is refused with, or null when let through */
    private static Integer statusFor(Method method) throws Exception {
        AuthorizationFilter filter = new AuthorizationFilter();
        ResourceInfo info = new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return method.getDeclaringClass();
            }
        };
        Field field = AuthorizationFilter.class.getDeclaredField("resource");
        field.setAccessible(true);
        field.set(filter, info);
        AtomicReference<Response> refused = new AtomicReference<>();
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(), new Class<?>[] {ContainerRequestContext.class},
                (proxy, called, args) -> switch (called.getName()) {
                    case "abortWith" -> {
                        refused.set((Response) args[0]);
                        yield null;
                    }
                    case "getAcceptableLanguages" -> List.of();
                    default -> null;
                });
        filter.filter(request);
        return refused.get() == null ? null : refused.get().getStatus();
    }
}
