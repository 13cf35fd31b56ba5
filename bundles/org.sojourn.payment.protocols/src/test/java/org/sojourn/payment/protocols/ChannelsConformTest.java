package org.sojourn.payment.protocols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sojourn.payment.protocols.ecpay.CheckMac;
import org.sojourn.payment.protocols.ecpay.EcpayChannel;
import org.sojourn.payment.protocols.ecpay.EcpayProvider;
import org.sojourn.payment.protocols.ecpay.EcpaySettings;
import org.sojourn.payment.protocols.ecpay.Forms;
import org.sojourn.payment.protocols.newebpay.NewebpayChannel;
import org.sojourn.payment.protocols.newebpay.NewebpayProvider;
import org.sojourn.payment.protocols.newebpay.NewebpaySettings;
import org.sojourn.payment.spi.Capability;
import org.sojourn.payment.spi.CallbackResult;
import org.sojourn.payment.spi.ChannelDescriptor;
import org.sojourn.payment.spi.ChannelFee;
import org.sojourn.payment.spi.InvalidCallbackException;
import org.sojourn.payment.spi.PayInstructions;
import org.sojourn.payment.spi.PaymentStatus;
import org.sojourn.payment.spi.RawCallback;
import org.sojourn.payment.testkit.ChannelConformance;

/** The reference channels' protocols pass the channel test kit, and read what their providers send. */
class ChannelsConformTest {

    // Keys made up for this test; real ones live only in each installation's configuration.
    private static final String ECPAY_KEY = "TestKey0123456789";
    private static final String ECPAY_IV = "TestIv0123456789";
    private static final String NEWEB_KEY = "0123456789abcdef0123456789abcdef";
    private static final String NEWEB_IV = "fedcba9876543210";

    private static ChannelDescriptor descriptor(String id, Set<Capability> capabilities) {
        return new ChannelDescriptor(id, "1.0.0", "測試", "Test", capabilities, List.of(), new ChannelFee(7, 0, false, "", ""), 0);
    }

    private static EcpayChannel ecpay(String choose, boolean offline) {
        return new EcpayChannel(descriptor("test-" + choose.toLowerCase(), offline ? Set.of(Capability.OFFLINE) : Set.of()),
                new EcpaySettings("3000001", ECPAY_KEY, ECPAY_IV, "http://127.0.0.1:1/Cashier/AioCheckOut/V5",
                        "http://127.0.0.1:1/Cashier/QueryTradeInfo/V5", Duration.ofSeconds(1)),
                choose, offline ? Map.of("ExpireDate", "3") : Map.of());
    }

    private static RawCallback form(Map<String, String> fields) {
        return new RawCallback("POST", "application/x-www-form-urlencoded", Forms.encode(fields).getBytes(StandardCharsets.UTF_8),
                Map.of(), Map.of(), "127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Credit", "WebATM", "ATM", "CVS", "BARCODE"})
    void ecpayChannelsConform(String choose) {
        EcpayProvider provider = new EcpayProvider("3000001", new CheckMac(ECPAY_KEY, ECPAY_IV));
        EcpayProvider stranger = new EcpayProvider("3000001", new CheckMac(ECPAY_KEY, "Another0123456789"));
        ChannelConformance.check(ecpay(choose, !choose.equals("Credit") && !choose.equals("WebATM")), new ChannelConformance.ProviderSide() {
            @Override
            public RawCallback paid(String reference, long amountTwd) {
                return form(provider.paid(reference, amountTwd, "2611210000000001", choose, Instant.now()));
            }

            @Override
            public RawCallback forged(String reference, long amountTwd) {
                return form(stranger.paid(reference, amountTwd, "2611210000000001", choose, Instant.now()));
            }
        });
    }

    @Test
    void ecpayOfflineChannelsReadTheirInstructions() {
        EcpayProvider provider = new EcpayProvider("3000001", new CheckMac(ECPAY_KEY, ECPAY_IV));
        CallbackResult atm = ecpay("ATM", true).verifyAndParse(form(provider.issued("SJ1", 1000, "T1", "ATM_TAISHIN", true,
                Map.of("BankCode", "812", "vAccount", "9103522175887271", "ExpireDate", "2026/11/24"))));
        assertEquals(PaymentStatus.PENDING, atm.result().status());
        assertEquals(PayInstructions.Kind.VIRTUAL_ACCOUNT, atm.instructions().kind());
        assertEquals("9103522175887271", atm.instructions().account());
        assertEquals(Instant.parse("2026-11-24T16:00:00Z"), atm.instructions().expiresAt(), "the end of the day, Taiwan time");
        CallbackResult barcode = ecpay("BARCODE", true).verifyAndParse(form(provider.issued("SJ2", 1000, "T2", "BARCODE_BARCODE",
                false, Map.of("Barcode1", "151124LT0", "Barcode2", "0000000000000001", "Barcode3", "112400000001000",
                        "PaymentNo", "", "ExpireDate", "2026/11/24 23:59:59"))));
        assertEquals(List.of("151124LT0", "0000000000000001", "112400000001000"), barcode.instructions().barcodes());
    }

    @Test
    void ecpaySimulatedPaymentsMoveNoMoney() {
        EcpayProvider provider = new EcpayProvider("3000001", new CheckMac(ECPAY_KEY, ECPAY_IV));
        Map<String, String> simulated = new java.util.LinkedHashMap<>(provider.paid("SJ3", 1000, "T3", "Credit_CreditCard",
                Instant.now()));
        simulated.put("SimulatePaid", "1");
        simulated.put(CheckMac.FIELD, new CheckMac(ECPAY_KEY, ECPAY_IV).of(simulated));
        assertEquals(PaymentStatus.PENDING, ecpay("Credit", false).verifyAndParse(form(simulated)).result().status());
    }

    @Test
    void ecpayRefusesAnotherMerchantsCallback() {
        EcpayProvider other = new EcpayProvider("3000002", new CheckMac(ECPAY_KEY, ECPAY_IV));
        assertThrows(InvalidCallbackException.class, () -> ecpay("Credit", false).verifyAndParse(form(other.paid("SJ4", 1000, "T4",
                "Credit_CreditCard", Instant.now()))));
    }

    @Test
    void newebpayChannelConformsAndSealsThePayersId() {
        NewebpayChannel channel = new NewebpayChannel(descriptor("test-egov", Set.of(Capability.PAYER_NATIONAL_ID)),
                new NewebpaySettings("MS300001", NEWEB_KEY, NEWEB_IV, "http://127.0.0.1:1/MPG/mpg_gateway",
                        "http://127.0.0.1:1/API/QueryTradeInfo", Duration.ofSeconds(1)), Map.of("WEBATM", "1"));
        NewebpayProvider provider = new NewebpayProvider("MS300001", NEWEB_KEY, NEWEB_IV);
        NewebpayProvider stranger = new NewebpayProvider("MS300001", "0123456789abcdef0123456789abcdeX", NEWEB_IV);
        ChannelConformance.check(channel, new ChannelConformance.ProviderSide() {
            @Override
            public RawCallback paid(String reference, long amountTwd) {
                return form(provider.notification("SUCCESS", reference, amountTwd, "N1", "WEBATM", Instant.now()));
            }

            @Override
            public RawCallback forged(String reference, long amountTwd) {
                return form(stranger.notification("SUCCESS", reference, amountTwd, "N1", "WEBATM", Instant.now()));
            }
        });
        var redirect = assertInstanceOf(org.sojourn.payment.spi.Initiation.Redirect.class, channel.initiate(
                new org.sojourn.payment.spi.PaymentRequest("SJ5", 1000, "fee", "payer", "A123456789", Instant.now(),
                        Instant.now().plusSeconds(600), "http://127.0.0.1/cb", "http://127.0.0.1/back")));
        Map<String, String> order = provider.openOrder(redirect.fields().get("TradeInfo"), redirect.fields().get("TradeSha"));
        assertEquals("A123456789", order.get("PayerID"), "the provider reads the payer's ID inside the sealed TradeInfo");
        assertEquals("1000", order.get("Amt"));
    }
}
