package org.sojourn.payment.egov.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.sojourn.cases.api.PluginProperties;
import org.sojourn.payment.protocols.newebpay.NewebpayChannel;
import org.sojourn.payment.protocols.newebpay.NewebpayConfig;
import org.sojourn.payment.spi.Capability;
import org.sojourn.payment.spi.ChannelDescriptor;
import org.sojourn.payment.spi.ChannelFee;
import org.sojourn.payment.spi.PaymentChannel;

/**
 * The e-Government payment platform (E政府繳費平台): account transfer, chip card or domestic credit card, for
 * payers with a national ID. Speaks NewebPay's MPG (AES TradeInfo + TradeSha) with the payer's ID added.
 * It serves once {@code etc/org.sojourn.payment.egov.cfg} names the merchant and its keys.
 */
@Component(service = PaymentChannel.class, configurationPid = "org.sojourn.payment.egov",
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = {
            PluginProperties.KIND + "=" + PluginProperties.KIND_PAYMENT_CHANNEL,
            PluginProperties.ID + "=egov",
            PluginProperties.VERSION + "=" + EgovChannel.VERSION})
@Designate(ocd = NewebpayConfig.class)
public final class EgovChannel extends NewebpayChannel {

    /** The channel's version, also its bundle's. */
    static final String VERSION = "1.0.0";

    private static final Function<NewebpayConfig, ChannelDescriptor> DESCRIPTOR_OF = config -> new ChannelDescriptor("egov", VERSION,
            "E政府繳費平台（金融帳戶轉帳、晶片金融卡、信用卡）", "e-Government payment platform", Set.of(Capability.PAYER_NATIONAL_ID),
            NewebpayConfig.Settings.FIELDS, new ChannelFee(15, 0, false, "外加新臺幣 15 元/筆", "NT$15 added per payment"), 0);

    /** @param config the merchant and its keys */
    @Activate
    public EgovChannel(NewebpayConfig config) {
        super(DESCRIPTOR_OF.apply(config), NewebpayConfig.Settings.of(config), Map.of("WEBATM", "1", "CREDIT", "1", "VACC", "1"));
    }
}
