package org.sojourn.rest.internal;

import java.util.Map;
import java.util.Set;

import org.sojourn.security.api.ApiScope;

/**
 * Which endpoint families a machine client may reach with an API key, and with which scope: the
 * resources a school's own system needs to file and follow its cases and to pay, and the statements
 * a payment partner's system reads. Reads need the read scope, every other method the write scope. A resource not named here is for people only
 * (accounts, keys, sessions, reviews, administration): closed to keys by default.
 */
final class ApiKeyScopes {

    private record Scopes(ApiScope read, ApiScope write) {
    }

    private static final Scopes CASES = new Scopes(ApiScope.CASES_READ, ApiScope.CASES_WRITE);
    private static final Scopes PAYMENTS = new Scopes(ApiScope.PAYMENTS_READ, ApiScope.PAYMENTS_WRITE);
    /** A payment partner only reads. */
    private static final Scopes SETTLEMENTS = new Scopes(ApiScope.SETTLEMENTS_READ, null);
    private static final Map<Class<?>, Scopes> OPEN = Map.of(
            GroupResource.class, CASES,
            ApplicantResource.class, CASES,
            CaseQueryResource.class, CASES,
            WithdrawalResource.class, CASES,
            RosterResource.class, CASES,
            PaymentResource.class, PAYMENTS,
            DocumentResource.class, PAYMENTS,
            CertificateResource.class, CASES,
            PartnerStatementResource.class, SETTLEMENTS);
    private static final Set<String> READS = Set.of("GET", "HEAD");

    private ApiKeyScopes() {
    }

    /**
     * @param resource   the resource class matched
     * @param httpMethod the request's method
     * @return the scope a key needs for it, or null when keys may not call it at all
     */
    static ApiScope needed(Class<?> resource, String httpMethod) {
        Scopes scopes = OPEN.get(resource);
        if (scopes == null) {
            return null;
        }
        return READS.contains(httpMethod) ? scopes.read() : scopes.write();
    }
}
