package org.sojourn.payment.protocols.ecpay;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ECPay's side of the wire: the callbacks and query answers it sends, signed with the merchant's
 * keys. The provider simulator speaks through it, and channel tests use it as the provider.
 */
public final class EcpayProvider {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").withZone(ZoneId.of("Asia/Taipei"));

    private final String merchantId;
    private final CheckMac mac;

    /**
     * @param merchantId the merchant
     * @param mac        its keys
     */
    public EcpayProvider(String merchantId, CheckMac mac) {
        this.merchantId = merchantId;
        this.mac = mac;
    }

    /** @return the result callback for a paid trade, signed */
    public Map<String, String> paid(String reference, long amount, String tradeNo, String paymentType, Instant paidAt) {
        Map<String, String> fields = base(reference, tradeNo, "1", "交易成功", paymentType);
        fields.put("TradeAmt", Long.toString(amount));
        fields.put("PaymentDate", TIME.format(paidAt));
        fields.put("TradeDate", TIME.format(paidAt));
        fields.put("SimulatePaid", "0");
        return signed(fields);
    }

    /** @return the result callback for a refused payment, signed */
    public Map<String, String> failed(String reference, long amount, String tradeNo, String paymentType) {
        Map<String, String> fields = base(reference, tradeNo, "10100058", "付款失敗", paymentType);
        fields.put("TradeAmt", Long.toString(amount));
        fields.put("SimulatePaid", "0");
        return signed(fields);
    }

    /**
     * @param instructions for ATM {@code BankCode}, {@code vAccount}; for CVS {@code PaymentNo}; for BARCODE
     *                     {@code Barcode1..3}; each with {@code ExpireDate}
     * @return the payment-information callback of an offline trade, signed
     */
    public Map<String, String> issued(String reference, long amount, String tradeNo, String paymentType, boolean atm,
            Map<String, String> instructions) {
        Map<String, String> fields = base(reference, tradeNo, atm ? "2" : "10100073", "取號成功", paymentType);
        fields.put("TradeAmt", Long.toString(amount));
        fields.putAll(instructions);
        return signed(fields);
    }

    /**
     * @param status {@code 0} unpaid, {@code 1} paid, {@code 10200095} failed, {@code 10200047} unknown trade
     * @return the trade query's answer, signed
     */
    public Map<String, String> queryAnswer(String reference, long amount, String tradeNo, String status, String paymentType,
            Instant paidAt) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MerchantID", merchantId);
        fields.put("MerchantTradeNo", reference);
        fields.put("TradeNo", tradeNo == null ? "" : tradeNo);
        fields.put("TradeAmt", Long.toString(amount));
        fields.put("TradeStatus", status);
        fields.put("PaymentType", paymentType == null ? "" : paymentType);
        fields.put("PaymentDate", paidAt == null ? "" : TIME.format(paidAt));
        return signed(fields);
    }

    private Map<String, String> base(String reference, String tradeNo, String code, String message, String paymentType) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MerchantID", merchantId);
        fields.put("MerchantTradeNo", reference);
        fields.put("RtnCode", code);
        fields.put("RtnMsg", message);
        fields.put("TradeNo", tradeNo);
        fields.put("PaymentType", paymentType);
        return fields;
    }

    private Map<String, String> signed(Map<String, String> fields) {
        fields.put(CheckMac.FIELD, mac.of(fields));
        return fields;
    }
}
