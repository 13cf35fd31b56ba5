package org.sojourn.payment.cvs.internal;

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
 * The four convenience-store chains (7-ELEVEN, FamilyMart, Hi-Life, OK) on ECPay: a payment code for the store's
 * kiosk ({@code mode=CVS}) or the three-segment barcode for the counter ({@code mode=BARCODE}); the store's
 * posting arrives 2-3 working days after the payer paid. Stores take at most NT$20,000.
 * It serves once {@code etc/org.sojourn.payment.cvs.cfg} names the merchant and its keys.
 */
@Component(service = PaymentChannel.class, configurationPid = "org.sojourn.payment.cvs",
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = {
            PluginProperties.KIND + "=" + PluginProperties.KIND_PAYMENT_CHANNEL,
            PluginProperties.ID + "=cvs",
            PluginProperties.VERSION + "=" + ConvenienceStoreChannel.VERSION})
@Designate(ocd = EcpayConfig.class)
public final class ConvenienceStoreChannel extends EcpayChannel {

    /** The channel's version, also its bundle's. */
    static final String VERSION = "1.0.0";

    private static String mode(EcpayConfig config) {
        if (!"CVS".equals(config.mode()) && !"BARCODE".equals(config.mode())) {
            throw new IllegalArgumentException("mode must be CVS or BARCODE");
        }
        return config.mode();
    }

    private static final Function<EcpayConfig, ChannelDescriptor> DESCRIPTOR_OF = config -> new ChannelDescriptor("cvs", VERSION,
            "超商代碼繳費（7-ELEVEN、全家、萊爾富、OK）", "Convenience stores (7-ELEVEN, FamilyMart, Hi-Life, OK)", Set.of(Capability.OFFLINE),
            EcpayConfig.Settings.FIELDS, new ChannelFee(config.feeTwd(), 0, false, "各超商依其標準收取代收手續費", "Each store chain charges its collection fee"), 20_000);

    /** @param config the merchant and its keys */
    @Activate
    public ConvenienceStoreChannel(EcpayConfig config) {
        super(DESCRIPTOR_OF.apply(config), EcpayConfig.Settings.of(config), mode(config),
                Map.of("StoreExpireDate", Integer.toString(config.expire()))); // minutes for CVS, days for BARCODE
    }
}
