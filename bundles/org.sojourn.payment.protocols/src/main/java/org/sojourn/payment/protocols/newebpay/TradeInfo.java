package org.sojourn.payment.protocols.newebpay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * NewebPay MPG's sealed fields: {@code TradeInfo} is AES-256-CBC (key HashKey, IV HashIV, PKCS7
 * padding) of the URL-encoded fields, hex-encoded; {@code TradeSha} is the upper-case SHA-256 of
 * {@code HashKey=…&{TradeInfo}&HashIV=…}. Notifications come back the same way.
 */
public final class TradeInfo {

    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final String hashKey;
    private final String hashIv;

    /**
     * @param hashKey the merchant's HashKey, 32 characters
     * @param hashIv  the merchant's HashIV, 16 characters
     */
    public TradeInfo(String hashKey, String hashIv) {
        if (hashKey == null || hashKey.length() != 32 || hashIv == null || hashIv.length() != 16) {
            throw new IllegalArgumentException("NewebPay needs a 32-character HashKey and a 16-character HashIV");
        }
        this.hashKey = hashKey;
        this.hashIv = hashIv;
        this.key = new SecretKeySpec(hashKey.getBytes(StandardCharsets.US_ASCII), "AES");
        this.iv = new IvParameterSpec(hashIv.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @param plain the URL-encoded fields (or, for notifications, the JSON)
     * @return the TradeInfo
     */
    public String seal(String plain) {
        return HexFormat.of().formatHex(cipher(Cipher.ENCRYPT_MODE, plain.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param tradeInfo a TradeInfo
     * @return what it holds
     * @throws IllegalArgumentException when it is not hex or does not decrypt with this merchant's key
     */
    public String open(String tradeInfo) {
        byte[] sealed;
        try {
            sealed = HexFormat.of().parseHex(tradeInfo.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("TradeInfo is not hex", e);
        }
        return new String(cipher(Cipher.DECRYPT_MODE, sealed), StandardCharsets.UTF_8);
    }

    /**
     * @param tradeInfo a TradeInfo
     * @return its TradeSha
     */
    public String sha(String tradeInfo) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("HashKey=" + hashKey + "&" + tradeInfo + "&HashIV=" + hashIv)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * @param tradeInfo a TradeInfo
     * @param tradeSha  the TradeSha that came with it
     * @return whether they belong together, compared in constant time
     */
    public boolean verify(String tradeInfo, String tradeSha) {
        return tradeInfo != null && tradeSha != null && MessageDigest.isEqual(sha(tradeInfo).getBytes(StandardCharsets.US_ASCII),
                tradeSha.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] cipher(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding"); // PKCS5 is PKCS7 for AES's 16-byte blocks
            cipher.init(mode, key, iv);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("TradeInfo does not decrypt with this merchant's key", e);
        }
    }
}
