package org.sojourn.payment.spi;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** A channel whose provider publishes a daily settlement file (capability {@link Capability#SETTLEMENT_FILE}). */
@ConsumerType
public interface SettlementFiles {

    /**
     * One settled payment.
     *
     * @param orderReference    the core's reference
     * @param providerReference the provider's trade number
     * @param amountTwd         the amount settled
     * @param channelFeeTwd     the fee the provider kept
     */
    record Line(String orderReference, String providerReference, long amountTwd, long channelFeeTwd) {
    }

    /**
     * @param day the settlement day in Taiwan
     * @return the provider's lines for that day
     */
    List<Line> settlement(LocalDate day);
}
