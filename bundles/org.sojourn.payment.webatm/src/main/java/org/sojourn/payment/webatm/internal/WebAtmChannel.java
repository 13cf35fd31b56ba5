package org.sojourn.payment.webatm.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.sojourn.cases.api.PluginProperties;
import org.sojourn.payment.protocols.ecpay.EcpayChannel;
import org.sojourn.payment.protocols.ecpay.EcpayConfig;
import org.sojourn.payment.spi.ChannelDescriptor;
import org.sojourn.payment.spi.ChannelFee;
import org.sojourn.payment.spi.PaymentChannel;

/**
 * WebATM (網路收單ATM) on ECPay's cashier: a chip card in a reader on the bank's page; the result comes back at once.
 * It serves once {@code etc/org.sojourn.payment.webatm.cfg} names the merchant and its keys.
 */
@Component(service = PaymentChannel.class, configurationPid = "org.sojourn.payment.webatm",
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = {
            PluginProperties.KIND + "=" + PluginProperties.KIND_PAYMENT_CHANNEL,
            PluginProperties.ID + "=webatm",
            PluginProperties.VERSION + "=" + WebAtmChannel.VERSION})
@Designate(ocd = EcpayConfig.class)
public final class WebAtmChannel extends EcpayChannel {

    /** The channel's version, also its bundle's. */
    static final String VERSION = "1.0.0";

    private static final Function<EcpayConfig, ChannelDescriptor> DESCRIPTOR_OF = config -> new ChannelDescriptor("webatm", VERSION,
            "網路收單ATM", "WebATM", Set.of(),
            EcpayConfig.Settings.FIELDS, new ChannelFee(7, 0, false, "外加 7 元；以他行金融卡繳費另加跨行手續費", "NT$7 added; cards of other banks add the inter-bank fee"), 0);

    /** @param config the merchant and its keys */
    @Activate
    public WebAtmChannel(EcpayConfig config) {
        super(DESCRIPTOR_OF.apply(config), EcpayConfig.Settings.of(config), "WebATM", Map.of());
    }
}
