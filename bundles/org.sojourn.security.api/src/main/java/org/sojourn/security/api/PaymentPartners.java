package org.sojourn.security.api;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Payment partners and their API keys, kept by administrators. A partner has no password: it only
 * ever calls with the keys issued here, each scoped {@link ApiScope#SETTLEMENTS_READ}. Every change
 * is in the security audit trail.
 */
@ProviderType
public interface PaymentPartners {

    /**
     * @param administrator the caller
     * @param login         {@code partner-} and 2-30 lower-case letters, digits or hyphens
     * @param name          1-100 characters
     * @param channelIds    the channels it runs, at least one; installed or still to be installed
     * @param source        the caller's network address
     * @return the partner
     * @throws org.sojourn.cases.api.DomainException {@code INVALID_INPUT} with the fields at fault, or
     *                                               {@code LOGIN_TAKEN}
     */
    PaymentPartner register(Caller administrator, String login, String name, Set<String> channelIds, String source);

    /**
     * @param administrator the caller
     * @return every partner, by login
     */
    List<PaymentPartner> list(Caller administrator);

    /**
     * @param partner the partner's own account, as its API key identified it
     * @return the partner
     * @throws org.sojourn.cases.api.DomainException {@code FORBIDDEN} for any other account
     */
    PaymentPartner self(Caller partner);

    /**
     * @param administrator the caller
     * @param login         the partner
     * @param name          what the key is for, 1-60 characters
     * @param source        the caller's network address
     * @return the key with its secret, shown this once, to hand to the partner
     * @throws org.sojourn.cases.api.DomainException {@code PARTNER_NOT_FOUND}, {@code INVALID_INPUT}
     *                                               or {@code TOO_MANY_API_KEYS}
     */
    IssuedApiKey issueKey(Caller administrator, String login, String name, String source);

    /**
     * @param administrator the caller
     * @param login         the partner
     * @return its keys, newest first, revoked ones included
     * @throws org.sojourn.cases.api.DomainException {@code PARTNER_NOT_FOUND}
     */
    List<ApiKey> keys(Caller administrator, String login);

    /**
     * @param administrator the caller
     * @param login         the partner
     * @param keyId         the key's public id
     * @param source        the caller's network address
     * @return the key, revoked
     * @throws org.sojourn.cases.api.DomainException {@code PARTNER_NOT_FOUND} or {@code API_KEY_NOT_FOUND}
     */
    ApiKey revokeKey(Caller administrator, String login, String keyId, String source);
}
