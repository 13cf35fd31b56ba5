package org.sojourn.payment.protocols.newebpay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The checks of NewebPay's trade query: the request's {@code CheckValue} over
 * {@code IV=…&Amt=…&MerchantID=…&MerchantOrderNo=…&Key=…}, the answer's {@code CheckCode} over
 * {@code HashIV=…&Amt=…&MerchantID=…&MerchantOrderNo=…&TradeNo=…&HashKey=…}; upper-case SHA-256.
 */
public final class CheckValue {

    private CheckValue() {
    }

    /** @return the query request's CheckValue */
    public static String request(String hashKey, String hashIv, String merchantId, String orderNo, long amount) {
        return sha("IV=" + hashIv + "&Amt=" + amount + "&MerchantID=" + merchantId + "&MerchantOrderNo=" + orderNo + "&Key=" + hashKey);
    }

    /** @return the query answer's CheckCode */
    public static String answer(String hashKey, String hashIv, String merchantId, String orderNo, String amount, String tradeNo) {
        return sha("HashIV=" + hashIv + "&Amt=" + amount + "&MerchantID=" + merchantId + "&MerchantOrderNo=" + orderNo
                + "&TradeNo=" + tradeNo + "&HashKey=" + hashKey);
    }

    private static String sha(String text) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
