package org.sojourn.payment.protocols;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sojourn.payment.protocols.ecpay.CheckMac;
import org.sojourn.payment.protocols.ecpay.EcpayChannel;
import org.sojourn.payment.protocols.ecpay.EcpaySettings;
import org.sojourn.payment.protocols.ecpay.Forms;
import org.sojourn.payment.protocols.newebpay.NewebpayChannel;
import org.sojourn.payment.protocols.newebpay.NewebpaySettings;
import org.sojourn.payment.protocols.newebpay.TradeInfo;
import org.sojourn.payment.spi.CallbackResult;
import org.sojourn.payment.spi.Capability;
import org.sojourn.payment.spi.ChannelDescriptor;
import org.sojourn.payment.spi.ChannelFee;
import org.sojourn.payment.spi.InvalidCallbackException;
import org.sojourn.payment.spi.PaymentChannel;
import org.sojourn.payment.spi.RawCallback;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The payment providers' calls back (ECPay's CheckMacValue form, NewebPay's sealed TradeInfo), as
 * anyone on the internet can send them: without the merchant's keys a call is refused, whatever its
 * bytes; signed, with fields of the fuzzer's choosing, it is read or refused — never a failure that
 * would answer the provider 500 and make it call again and again.
 */
class CallbacksFuzzTest {

    // Keys made up for this test; real ones live only in each installation's configuration.
    private static final String ECPAY_KEY = "FuzzKey012345678";
    private static final String ECPAY_IV = "FuzzIv0123456789";
    private static final String NEWEB_KEY = "0123456789abcdef0123456789abcdef";
    private static final String NEWEB_IV = "fedcba9876543210";
    private static final CheckMac MAC = new CheckMac(ECPAY_KEY, ECPAY_IV);
    private static final TradeInfo SEALER = new TradeInfo(NEWEB_KEY, NEWEB_IV);
    private static final PaymentChannel ECPAY = new EcpayChannel(descriptor("fuzz-cvs"), new EcpaySettings("3000001", ECPAY_KEY, ECPAY_IV,
            "http://127.0.0.1:1/Cashier/AioCheckOut/V5", "http://127.0.0.1:1/Cashier/QueryTradeInfo/V5", Duration.ofSeconds(1)),
            "CVS", Map.of("StoreExpireDate", "10080"));
    private static final PaymentChannel NEWEBPAY = new NewebpayChannel(descriptor("fuzz-egov"), new NewebpaySettings("MS300001", NEWEB_KEY,
            NEWEB_IV, "http://127.0.0.1:1/MPG/mpg_gateway", "http://127.0.0.1:1/API/QueryTradeInfo", Duration.ofSeconds(1)),
            Map.of("WEBATM", "1"));
    /** The fields the two protocols read, so that the fuzzer spends its time on their values. */
    private static final List<String> NAMES = List.of("MerchantID", "MerchantTradeNo", "RtnCode", "RtnMsg", "TradeNo", "TradeAmt",
            "PaymentDate", "PaymentType", "SimulatePaid", "ExpireDate", "vAccount", "BankCode", "Barcode1", "Barcode2", "Barcode3",
            "PaymentNo", "Status", "Amt", "PayTime", "MerchantOrderNo", "CheckMacValue", "TradeInfo", "TradeSha");
    private static final List<String> VALUES = List.of("1", "2", "10100073", "10300066", "SUCCESS", "3000001", "MS300001", "SJ1",
            "2026/11/22 10:00:00", "2026/11/29", "2026-11-22 10:00:00", "1000", "");

    @FuzzTest(maxDuration = "3m")
    void withoutTheKeysACallIsRefused(byte[] body) {
        for (PaymentChannel channel : List.of(ECPAY, NEWEBPAY)) {
            assertThrows(InvalidCallbackException.class, () -> channel.verifyAndParse(form(body)));
        }
    }

    @FuzzTest(maxDuration = "5m")
    void signedACallIsReadOrRefused(FuzzedDataProvider data) {
        Map<String, String> fields = new LinkedHashMap<>();
        int count = data.consumeInt(0, 16);
        for (int i = 0; i < count; i++) {
            String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(12);
            fields.put(name, data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(40));
        }
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.remove(CheckMac.FIELD);
        signed.put(CheckMac.FIELD, MAC.of(signed));
        readOrRefused(ECPAY, Forms.encode(signed));
        String sealed = SEALER.seal(Forms.encode(fields));
        readOrRefused(NEWEBPAY, Forms.encode(Map.of("Status", "SUCCESS", "MerchantID", "MS300001", "TradeInfo", sealed,
                "TradeSha", SEALER.sha(sealed))));
    }

    private static void readOrRefused(PaymentChannel channel, String body) {
        CallbackResult read;
        try {
            read = channel.verifyAndParse(form(body.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidCallbackException refused) {
            return;
        }
        assertNotNull(read.result(), "a read call says what happened");
        assertFalse(read.orderReference() == null || read.orderReference().isEmpty(), "and to which order");
        assertNotNull(read.acknowledgement(), "and what to answer the provider");
    }

    private static RawCallback form(byte[] body) {
        return new RawCallback("POST", "application/x-www-form-urlencoded", body, Map.of(), Map.of(), "127.0.0.1");
    }

    private static ChannelDescriptor descriptor(String id) {
        return new ChannelDescriptor(id, "1.0.0", "測試", "Test", Set.of(Capability.OFFLINE), List.of(), new ChannelFee(7, 0, false, "", ""), 0);
    }
}
