package org.sojourn.security.api;

import java.time.Instant;
import java.util.Set;

/**
 * A payment partner: the provider behind one or more payment channels, calling Sojourn from its own
 * systems with API keys to read what Sojourn counted as paid on its channels.
 *
 * @param login      its account, {@code partner-…}
 * @param name       its name (e.g. the provider's company name)
 * @param channelIds the payment channels it runs, by channel id
 * @param createdAt  when an administrator registered it
 */
public record PaymentPartner(String login, String name, Set<String> channelIds, Instant createdAt) {

    /** Copies the channels. */
    public PaymentPartner {
        channelIds = Set.copyOf(channelIds);
    }
}
