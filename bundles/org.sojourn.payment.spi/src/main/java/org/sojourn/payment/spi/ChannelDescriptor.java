package org.sojourn.payment.spi;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a payment channel is.
 *
 * @param id            stable identifier, also the path of its callbacks ({@code /callbacks/{id}}), e.g. {@code card}
 * @param version       the plugin's version, e.g. {@code 1.0.0}
 * @param labelZh       the name payers read in Traditional Chinese, e.g. 國際信用卡網路繳費
 * @param labelEn       the name payers read in English
 * @param capabilities  what the channel can do beyond initiate, query and callbacks
 * @param configuration the configuration the plugin reads (its PID's properties), secrets marked
 * @param fee           what the channel charges the payer on top of, or within, the agency fee
 * @param maxAmountTwd  the largest amount the channel accepts, 0 when it has no limit
 */
public record ChannelDescriptor(String id, String version, String labelZh, String labelEn, Set<Capability> capabilities,
        List<ConfigField> configuration, ChannelFee fee, long maxAmountTwd) {

    /** Checks the mandatory parts. */
    public ChannelDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fee, "fee");
        capabilities = Set.copyOf(capabilities);
        configuration = List.copyOf(configuration);
    }

    /** @return whether the payer pays later, elsewhere (virtual account, convenience store) */
    public boolean offline() {
        return capabilities.contains(Capability.OFFLINE);
    }
}
