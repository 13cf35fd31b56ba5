package org.sojourn.payment.card.internal;

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
 * International credit cards (VISA, MasterCard, JCB; cards not issued in Taiwan) on ECPay's cashier: the payer is
 * redirected, pays, and the result comes back at once.
 * It serves once {@code etc/org.sojourn.payment.card.cfg} names the merchant and its keys.
 */
@Component(service = PaymentChannel.class, configurationPid = "org.sojourn.payment.card",
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = {
            PluginProperties.KIND + "=" + PluginProperties.KIND_PAYMENT_CHANNEL,
            PluginProperties.ID + "=card",
            PluginProperties.VERSION + "=" + CardChannel.VERSION})
@Designate(ocd = EcpayConfig.class)
public final class CardChannel extends EcpayChannel {

    /** The channel's version, also its bundle's. */
    static final String VERSION = "1.0.0";

    private static final Function<EcpayConfig, ChannelDescriptor> DESCRIPTOR_OF = config -> new ChannelDescriptor("card", VERSION,
            "國際信用卡網路繳費", "International credit card", Set.of(),
            EcpayConfig.Settings.FIELDS, new ChannelFee(0, 200, true, "刷卡金額（內含）約 2%，由發卡機構收取", "About 2 % of the amount, included, charged by the card issuer"), 0);

    /** @param config the merchant and its keys */
    @Activate
    public CardChannel(EcpayConfig config) {
        super(DESCRIPTOR_OF.apply(config), EcpayConfig.Settings.of(config), "Credit", Map.of());
    }
}
