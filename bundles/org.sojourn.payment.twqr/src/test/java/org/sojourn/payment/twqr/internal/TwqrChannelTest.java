package org.sojourn.payment.twqr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sojourn.payment.protocols.ecpay.CheckMac;
import org.sojourn.payment.protocols.ecpay.EcpayConfig;
import org.sojourn.payment.protocols.ecpay.EcpayProvider;
import org.sojourn.payment.protocols.ecpay.Forms;
import org.sojourn.payment.spi.Initiation;
import org.sojourn.payment.spi.PaymentRequest;
import org.sojourn.payment.spi.RawCallback;
import org.sojourn.payment.testkit.ChannelConformance;

/** What the partner guide asks of every channel: the test kit passes, and the order asks ECPay for TWQR. */
class TwqrChannelTest {

    // Made up for this test; a real merchant's keys live only in etc/org.sojourn.payment.twqr.cfg.
    private static final String KEY = "PartnerKey012345";
    private static final String IV = "PartnerIv0123456";

    private final TwqrChannel channel = new TwqrChannel(new Config());

    @Test
    void passesTheChannelTestKit() {
        EcpayProvider provider = new EcpayProvider("3000001", new CheckMac(KEY, IV));
        EcpayProvider stranger = new EcpayProvider("3000001", new CheckMac(KEY, "Another012345678"));
        ChannelConformance.check(channel, new ChannelConformance.ProviderSide() {
            @Override
            public RawCallback paid(String reference, long amountTwd) {
                return form(provider.paid(reference, amountTwd, "2611210000000001", "TWQR_OPAY", Instant.now()));
            }

            @Override
            public RawCallback forged(String reference, long amountTwd) {
                return form(stranger.paid(reference, amountTwd, "2611210000000001", "TWQR_OPAY", Instant.now()));
            }
        });
    }

    @Test
    void asksTheCashierForTaiwanPay() {
        Initiation.Redirect redirect = (Initiation.Redirect) channel.initiate(new PaymentRequest("SJ2611210000000001", 1000,
                "居留規費 1 件", "國立示範大學", null, Instant.parse("2026-11-21T02:00:00Z"), Instant.parse("2026-11-21T02:30:00Z"),
                "https://sojourn.example/api/v1/callbacks/twqr", "https://sojourn.example/pay/done"));
        assertEquals("TWQR", redirect.fields().get("ChoosePayment"));
        assertEquals("https://sojourn.example/api/v1/callbacks/twqr", redirect.fields().get("ReturnURL"));
        assertEquals("twqr", channel.descriptor().id());
    }

    private static RawCallback form(Map<String, String> fields) {
        return new RawCallback("POST", "application/x-www-form-urlencoded", Forms.encode(fields).getBytes(StandardCharsets.UTF_8),
                Map.of(), Map.of(), "127.0.0.1");
    }

    /** The configuration an administrator writes, as DS would hand it over. */
    private static final class Config implements EcpayConfig {
        @Override public String merchantId() { return "3000001"; }
        @Override public String hashKey() { return KEY; }
        @Override public String hashIv() { return IV; }
        @Override public String cashierUrl() { return "http://127.0.0.1:1/Cashier/AioCheckOut/V5"; }
        @Override public String queryUrl() { return "http://127.0.0.1:1/Cashier/QueryTradeInfo/V5"; }
        @Override public int timeoutMillis() { return 1000; }
        @Override public int expire() { return 3; }
        @Override public int feeTwd() { return 0; }
        @Override public String mode() { return "CVS"; }
        @Override public Class<? extends Annotation> annotationType() { return EcpayConfig.class; }
    }
}
