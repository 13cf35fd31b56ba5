package org.sojourn.payment.protocols.newebpay;

import java.time.Duration;
import java.util.List;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sojourn.payment.spi.ConfigField;

/** A NewebPay channel's configuration ({@code etc/org.sojourn.payment.<channel>.cfg}); the channel waits until it exists. */
@ObjectClassDefinition(name = "Sojourn payment channel on NewebPay", description = "The NewebPay merchant a channel collects for")
public @interface NewebpayConfig {

    /** @return the MerchantID */
    @AttributeDefinition(description = "NewebPay MerchantID")
    String merchantId();

    /** @return the HashKey */
    @AttributeDefinition(description = "NewebPay HashKey, 32 characters (secret)", type = AttributeType.PASSWORD)
    String hashKey();

    /** @return the HashIV */
    @AttributeDefinition(description = "NewebPay HashIV, 16 characters (secret)", type = AttributeType.PASSWORD)
    String hashIv();

    /** @return the gateway */
    @AttributeDefinition(description = "MPG gateway URL (…/MPG/mpg_gateway)")
    String gatewayUrl();

    /** @return the trade query */
    @AttributeDefinition(description = "Trade query URL (…/API/QueryTradeInfo)")
    String queryUrl();

    /** @return the server-to-server timeout */
    @AttributeDefinition(description = "Milliseconds a query may take (100-60000)")
    int timeoutMillis() default 10_000;

    /** Helpers to turn the configuration into settings. */
    final class Settings {

        /** The configuration as the channel's descriptor shows it to administrators. */
        public static final List<ConfigField> FIELDS = List.of(
                new ConfigField("merchantId", "NewebPay MerchantID", true, false),
                new ConfigField("hashKey", "NewebPay HashKey (32 characters)", true, true),
                new ConfigField("hashIv", "NewebPay HashIV (16 characters)", true, true),
                new ConfigField("gatewayUrl", "MPG gateway URL", true, false),
                new ConfigField("queryUrl", "Trade query URL", true, false),
                new ConfigField("timeoutMillis", "Milliseconds a query may take", false, false));

        private Settings() {
        }

        /**
         * @param config the configuration
         * @return the settings
         * @throws IllegalArgumentException when something is missing or out of range
         */
        public static NewebpaySettings of(NewebpayConfig config) {
            if (config.timeoutMillis() < 100 || config.timeoutMillis() > 60_000) {
                throw new IllegalArgumentException("timeoutMillis must be 100-60000");
            }
            return new NewebpaySettings(config.merchantId(), config.hashKey(), config.hashIv(), config.gatewayUrl(), config.queryUrl(),
                    Duration.ofMillis(config.timeoutMillis()));
        }
    }
}
