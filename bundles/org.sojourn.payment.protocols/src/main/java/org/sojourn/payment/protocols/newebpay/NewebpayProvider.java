package org.sojourn.payment.protocols.newebpay;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sojourn.payment.protocols.ecpay.Forms;

/**
 * NewebPay's side of the wire: sealed notifications and signed query answers. The provider simulator
 * speaks through it, and channel tests use it as the provider.
 */
public final class NewebpayProvider {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Taipei"));

    private final String merchantId;
    private final String hashKey;
    private final String hashIv;
    private final TradeInfo sealer;

    /**
     * @param merchantId the merchant
     * @param hashKey    its HashKey
     * @param hashIv     its HashIV
     */
    public NewebpayProvider(String merchantId, String hashKey, String hashIv) {
        this.merchantId = merchantId;
        this.hashKey = hashKey;
        this.hashIv = hashIv;
        this.sealer = new TradeInfo(hashKey, hashIv);
    }

    /** @return the notification form of a trade's result ({@code SUCCESS} or a failure code) */
    public Map<String, String> notification(String status, String reference, long amount, String tradeNo, String paymentType,
            Instant paidAt) {
        Map<String, String> result = new LinkedHashMap<>();
        result.put("Status", status);
        result.put("MerchantID", merchantId);
        result.put("Amt", Long.toString(amount));
        result.put("TradeNo", tradeNo);
        result.put("MerchantOrderNo", reference);
        result.put("PaymentType", paymentType);
        result.put("PayTime", paidAt == null ? "" : TIME.format(paidAt));
        String sealed = sealer.seal(Forms.encode(result));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("Status", status);
        form.put("MerchantID", merchantId);
        form.put("Version", "2.0");
        form.put("TradeInfo", sealed);
        form.put("TradeSha", sealer.sha(sealed));
        return form;
    }

    /**
     * @param tradeStatus {@code 0} unpaid, {@code 1} paid, {@code 2} failed; null for a trade it never saw
     * @return the trade query's answer
     */
    public Map<String, String> queryAnswer(String reference, long amount, String tradeNo, String tradeStatus, Instant paidAt) {
        Map<String, String> answer = new LinkedHashMap<>();
        if (tradeStatus == null) {
            answer.put("Status", NewebpayChannel.TRADE_NOT_FOUND);
            return answer;
        }
        answer.put("Status", "SUCCESS");
        answer.put("MerchantID", merchantId);
        answer.put("Amt", Long.toString(amount));
        answer.put("TradeNo", tradeNo);
        answer.put("MerchantOrderNo", reference);
        answer.put("TradeStatus", tradeStatus);
        answer.put("PayTime", paidAt == null ? "" : TIME.format(paidAt));
        answer.put("CheckCode", CheckValue.answer(hashKey, hashIv, merchantId, reference, Long.toString(amount), tradeNo));
        return answer;
    }

    /** @return the fields of an order the merchant sealed, once its TradeSha verifies */
    public Map<String, String> openOrder(String tradeInfo, String tradeSha) {
        if (!sealer.verify(tradeInfo, tradeSha)) {
            throw new IllegalArgumentException("TradeSha does not verify");
        }
        return Forms.parse(sealer.open(tradeInfo));
    }

    /** @return whether a query's CheckValue is the merchant's */
    public boolean queryIsSigned(Map<String, String> query) {
        long amount;
        try {
            amount = Long.parseLong(query.getOrDefault("Amt", ""));
        } catch (NumberFormatException e) {
            return false;
        }
        return CheckValue.request(hashKey, hashIv, merchantId, query.getOrDefault("MerchantOrderNo", ""), amount)
                .equals(query.get("CheckValue"));
    }
}
