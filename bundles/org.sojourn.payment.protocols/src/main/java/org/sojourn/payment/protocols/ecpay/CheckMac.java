package org.sojourn.payment.protocols.ecpay;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * ECPay's CheckMacValue (SHA-256, {@code EncryptType=1}): the parameters but CheckMacValue sorted by
 * name, joined as {@code k=v&k=v} between {@code HashKey=…&} and {@code &HashIV=…}, URL-encoded with
 * .NET's table, lower-cased, hashed, upper-case hex. Most integration errors are this encoding, so it
 * lives in one place for the channels and the simulator alike.
 */
public final class CheckMac {

    /** The parameter that carries the value. */
    public static final String FIELD = "CheckMacValue";

    private final String hashKey;
    private final String hashIv;

    /**
     * @param hashKey the merchant's HashKey
     * @param hashIv  the merchant's HashIV
     */
    public CheckMac(String hashKey, String hashIv) {
        if (hashKey == null || hashKey.isBlank() || hashIv == null || hashIv.isBlank()) {
            throw new IllegalArgumentException("HashKey and HashIV are required");
        }
        this.hashKey = hashKey;
        this.hashIv = hashIv;
    }

    /**
     * @param parameters the parameters; a CheckMacValue among them is ignored
     * @return the CheckMacValue over them
     */
    public String of(Map<String, String> parameters) {
        // ECPay sorts case-insensitively (its .NET and PHP SDKs compare names ignoring case).
        TreeMap<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(parameters);
        sorted.remove(FIELD);
        StringBuilder plain = new StringBuilder("HashKey=").append(hashKey);
        sorted.forEach((name, value) -> plain.append('&').append(name).append('=').append(value == null ? "" : value));
        plain.append("&HashIV=").append(hashIv);
        String encoded = dotNetUrlEncode(plain.toString()).toLowerCase(Locale.ROOT);
        return HexFormat.of().withUpperCase().formatHex(sha256(encoded));
    }

    /**
     * @param parameters parameters that carry a CheckMacValue
     * @return whether it is the right one, compared in constant time
     */
    public boolean verify(Map<String, String> parameters) {
        String given = parameters.get(FIELD);
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(of(parameters).getBytes(StandardCharsets.US_ASCII),
                given.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** .NET's HttpUtility.UrlEncode: like Java's, but {@code !}, {@code (} and {@code )} stay literal. */
    static String dotNetUrlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%21", "!").replace("%28", "(").replace("%29", ")");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
