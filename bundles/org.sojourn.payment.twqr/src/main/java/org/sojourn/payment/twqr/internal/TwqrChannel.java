package org.sojourn.payment.twqr.internal;

import java.util.Map;
import java.util.Set;

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
 * Taiwan Pay QR code (台灣Pay) on ECPay's cashier (ChoosePayment {@code TWQR}): the payer scans the
 * code with a bank's app and the result comes back at once. It stands for a partner's channel: it is
 * in no feature of the distribution, an administrator installs {@code sojourn-payment-twqr} while the
 * system runs, and it serves once {@code etc/org.sojourn.payment.twqr.cfg} names the merchant and keys.
 */
@Component(service = PaymentChannel.class, configurationPid = "org.sojourn.payment.twqr",
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = {
            PluginProperties.KIND + "=" + PluginProperties.KIND_PAYMENT_CHANNEL,
            PluginProperties.ID + "=twqr",
            PluginProperties.VERSION + "=" + TwqrChannel.VERSION})
@Designate(ocd = EcpayConfig.class)
public final class TwqrChannel extends EcpayChannel {

    /** The channel's version, also its bundle's. */
    static final String VERSION = "1.0.0";

    /** @param config the merchant and its keys */
    @Activate
    public TwqrChannel(EcpayConfig config) {
        super(new ChannelDescriptor("twqr", VERSION, "台灣Pay QR Code", "Taiwan Pay QR code", Set.of(), EcpayConfig.Settings.FIELDS,
                new ChannelFee(0, 0, false, "免手續費", "No fee"), 0), EcpayConfig.Settings.of(config), "TWQR", Map.of());
    }
}
