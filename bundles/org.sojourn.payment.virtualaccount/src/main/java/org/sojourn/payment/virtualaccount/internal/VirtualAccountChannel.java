package org.sojourn.payment.virtualaccount.internal;

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
import org.sojourn.payment.spi.Capability;
import org.sojourn.payment.spi.ChannelDescriptor;
import org.sojourn.payment.spi.ChannelFee;
import org.sojourn.payment.spi.PaymentChannel;

/**
 * Virtual account (虛擬帳號) on ECPay: the provider issues a bank code and account number for a slip; the payer
 * transfers at a bank counter or ATM, and the posting arrives days later.
 * It serves once {@code etc/org.sojourn.payment.virtualaccount.cfg} names the merchant and its keys.
 */
@Component(service = PaymentChannel.class, configurationPid = "org.sojourn.payment.virtualaccount",
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = {
            PluginProperties.KIND + "=" + PluginProperties.KIND_PAYMENT_CHANNEL,
            PluginProperties.ID + "=virtual-account",
            PluginProperties.VERSION + "=" + VirtualAccountChannel.VERSION})
@Designate(ocd = EcpayConfig.class)
public final class VirtualAccountChannel extends EcpayChannel {

    /** The channel's version, also its bundle's. */
    static final String VERSION = "1.0.0";

    private static final Function<EcpayConfig, ChannelDescriptor> DESCRIPTOR_OF = config -> new ChannelDescriptor("virtual-account", VERSION,
            "虛擬帳號繳費", "Virtual account", Set.of(Capability.OFFLINE),
            EcpayConfig.Settings.FIELDS, new ChannelFee(10, 0, false, "持繳費單臨櫃繳費收 10 元；ATM 轉帳依各行庫收費標準", "NT$10 at the counter; ATM transfers as the bank charges"), 0);

    /** @param config the merchant and its keys */
    @Activate
    public VirtualAccountChannel(EcpayConfig config) {
        super(DESCRIPTOR_OF.apply(config), EcpayConfig.Settings.of(config), "ATM", Map.of("ExpireDate", Integer.toString(config.expire())));
    }
}
