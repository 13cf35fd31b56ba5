package org.sojourn.payment.protocols.ecpay;

import java.time.Duration;
import java.util.List;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sojourn.payment.spi.ConfigField;

/** An ECPay channel's configuration ({@code etc/org.sojourn.payment.<channel>.cfg}); the channel waits until it exists. */
@ObjectClassDefinition(name = "Sojourn payment channel on ECPay", description = "The ECPay merchant a channel collects for")
public @interface EcpayConfig {

    /** @return the MerchantID */
    @AttributeDefinition(description = "ECPay MerchantID")
    String merchantId();

    /** @return the HashKey */
    @AttributeDefinition(description = "ECPay HashKey (secret)", type = AttributeType.PASSWORD)
    String hashKey();

    /** @return the HashIV */
    @AttributeDefinition(description = "ECPay HashIV (secret)", type = AttributeType.PASSWORD)
    String hashIv();

    /** @return the cashier */
    @AttributeDefinition(description = "All-in-One cashier URL (…/Cashier/AioCheckOut/V5)")
    String cashierUrl();

    /** @return the trade query */
    @AttributeDefinition(description = "Trade query URL (…/Cashier/QueryTradeInfo/V5)")
    String queryUrl();

    /** @return the server-to-server timeout */
    @AttributeDefinition(description = "Milliseconds a query may take (100-60000)")
    int timeoutMillis() default 10_000;

    /** @return days (ATM, BARCODE) or minutes (CVS) an offline slip stays payable */
    @AttributeDefinition(description = "How long an offline slip stays payable: days for ATM and BARCODE, minutes for CVS")
    int expire() default 3;

    /** @return the fixed fee the payer pays on top, for channels whose fee varies by contract */
    @AttributeDefinition(description = "Fixed channel fee in NT$ shown to the payer, where the contract sets it")
    int feeTwd() default 0;

    /** @return for the store channel: CVS (a code for the store's kiosk) or BARCODE (three barcodes for the counter) */
    @AttributeDefinition(description = "Store channel only: CVS or BARCODE")
    String mode() default "CVS";

    /** Helpers to turn the configuration into settings. */
    final class Settings {

        /** The configuration as the channel's descriptor shows it to administrators. */
        public static final List<ConfigField> FIELDS = List.of(
                new ConfigField("merchantId", "ECPay MerchantID", true, false),
                new ConfigField("hashKey", "ECPay HashKey", true, true),
                new ConfigField("hashIv", "ECPay HashIV", true, true),
                new ConfigField("cashierUrl", "All-in-One cashier URL", true, false),
                new ConfigField("queryUrl", "Trade query URL", true, false),
                new ConfigField("timeoutMillis", "Milliseconds a query may take", false, false));

        private Settings() {
        }

        /**
         * @param config the configuration
         * @return the settings
         * @throws IllegalArgumentException when something is missing or out of range
         */
        public static EcpaySettings of(EcpayConfig config) {
            if (config.timeoutMillis() < 100 || config.timeoutMillis() > 60_000) {
                throw new IllegalArgumentException("timeoutMillis must be 100-60000");
            }
            return new EcpaySettings(config.merchantId(), config.hashKey(), config.hashIv(), config.cashierUrl(), config.queryUrl(),
                    Duration.ofMillis(config.timeoutMillis()));
        }
    }
}
