package org.sojourn.payment.protocols.ecpay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CheckMacTest {

    // ECPay's own published sample (SDK_PHP example/Payment/Aio/GetCheckoutResponse.php): its public
    // sandbox merchant, not a secret, and the value its servers computed for this callback.
    private static final CheckMac SAMPLE_MERCHANT = new CheckMac("5294y06JbISpM5x9", "v77hoKGq4kWxNNIS");

    private static Map<String, String> sampleCallback() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MerchantID", "2000132");
        fields.put("MerchantTradeNo", "WPLL4E341E122DB44D62");
        fields.put("PaymentDate", "2019/05/09 00:01:21");
        fields.put("PaymentType", "Credit_CreditCard");
        fields.put("PaymentTypeChargeFee", "1");
        fields.put("RtnCode", "1");
        fields.put("RtnMsg", "交易成功");
        fields.put("SimulatePaid", "0");
        fields.put("TradeAmt", "500");
        fields.put("TradeDate", "2019/05/09 00:00:18");
        fields.put("TradeNo", "1905090000188278");
        fields.put("CheckMacValue", "59B085BAEC4269DC1182D48DEF106B431055D95622EB285DECD400337144C698");
        return fields;
    }

    @Test
    void matchesTheValueEcpayComputedForItsPublishedCallback() {
        assertEquals("59B085BAEC4269DC1182D48DEF106B431055D95622EB285DECD400337144C698", SAMPLE_MERCHANT.of(sampleCallback()));
        assertTrue(SAMPLE_MERCHANT.verify(sampleCallback()));
    }

    @Test
    void refusesAChangedAmountAnotherMerchantsKeyAndAMissingValue() {
        Map<String, String> changed = sampleCallback();
        changed.put("TradeAmt", "5");
        assertFalse(SAMPLE_MERCHANT.verify(changed));
        assertFalse(new CheckMac("5294y06JbISpM5x9", "v77hoKGq4kWxNNIT").verify(sampleCallback()));
        Map<String, String> unsigned = sampleCallback();
        unsigned.remove("CheckMacValue");
        assertFalse(SAMPLE_MERCHANT.verify(unsigned));
    }

    @Test
    void encodesAsDotNetDoes() {
        assertEquals("a+b-_.!*()%7E%2F%E4%B8%AD", CheckMac.dotNetUrlEncode("a b-_.!*()~/中"));
    }

    @Test
    void formsRoundTripInOrder() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ItemName", "申請證照費 #1");
        fields.put("ReturnURL", "http://127.0.0.1:8181/api/v1/callbacks/card?x=1&y=2");
        assertEquals(fields, Forms.parse(Forms.encode(fields)));
    }
}
