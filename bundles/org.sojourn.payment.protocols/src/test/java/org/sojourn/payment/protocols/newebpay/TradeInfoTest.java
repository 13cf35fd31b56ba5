package org.sojourn.payment.protocols.newebpay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class TradeInfoTest {

    private static final String KEY = "12345678901234567890123456789012";
    private static final String IV = "1234567890123456";

    @Test
    void sealsAsPlainAesCbcWithPkcs7AndOpensItsOwn() throws Exception {
        TradeInfo info = new TradeInfo(KEY, IV);
        String plain = "MerchantID=MS1&Amt=1000&ItemDesc=%E8%AD%89%E7%85%A7%E8%B2%BB";
        String sealed = info.seal(plain);
        Cipher reference = Cipher.getInstance("AES/CBC/NoPadding");
        reference.init(Cipher.DECRYPT_MODE, new SecretKeySpec(KEY.getBytes(StandardCharsets.US_ASCII), "AES"),
                new IvParameterSpec(IV.getBytes(StandardCharsets.US_ASCII)));
        byte[] padded = reference.doFinal(HexFormat.of().parseHex(sealed));
        int pad = padded[padded.length - 1];
        assertTrue(pad >= 1 && pad <= 16, "PKCS7 padding");
        assertEquals(plain, new String(padded, 0, padded.length - pad, StandardCharsets.UTF_8));
        assertEquals(plain, info.open(sealed));
    }

    @Test
    void shaCoversKeyInfoAndIvAndRefusesOtherMerchants() {
        TradeInfo info = new TradeInfo(KEY, IV);
        String sealed = info.seal("Amt=1000");
        String sha = info.sha(sealed);
        assertEquals(64, sha.length());
        assertEquals(sha.toUpperCase(), sha);
        assertTrue(info.verify(sealed, sha));
        assertFalse(info.verify(sealed.replace(sealed.charAt(0), sealed.charAt(0) == 'a' ? 'b' : 'a'), sha));
        TradeInfo other = new TradeInfo("abcdefghijabcdefghijabcdefghijab", IV);
        assertFalse(other.verify(sealed, sha));
        assertThrows(IllegalArgumentException.class, () -> other.open(sealed));
    }
}
