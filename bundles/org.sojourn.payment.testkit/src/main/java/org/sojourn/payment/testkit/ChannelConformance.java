package org.sojourn.payment.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.sojourn.payment.spi.CallbackResult;
import org.sojourn.payment.spi.ChannelDescriptor;
import org.sojourn.payment.spi.ConfigField;
import org.sojourn.payment.spi.Initiation;
import org.sojourn.payment.spi.InvalidCallbackException;
import org.sojourn.payment.spi.PaymentChannel;
import org.sojourn.payment.spi.PaymentRequest;
import org.sojourn.payment.spi.PaymentStatus;
import org.sojourn.payment.spi.RawCallback;

/**
 * What every payment channel must do, whatever its provider: a sane descriptor, an initiation the
 * core can hand to a browser or a payer, and callbacks that are believed only when the provider
 * signed them. A channel's build calls {@link #check} with its provider's side: how the provider
 * signs a success callback, and the same signed with another merchant's key.
 */
public final class ChannelConformance {

    /** The provider's side of the callback contract, as the channel's own test knows it. */
    public interface ProviderSide {
        /**
         * @param reference the order's reference
         * @param amountTwd the amount paid
         * @return a success callback exactly as the provider would post it
         */
        RawCallback paid(String reference, long amountTwd);

        /**
         * @param reference the order's reference
         * @param amountTwd the amount paid
         * @return the same callback signed with a key that is not the merchant's
         */
        RawCallback forged(String reference, long amountTwd);
    }

    private ChannelConformance() {
    }

    /**
     * Runs every check; fails with the first broken rule.
     *
     * @param channel  the channel, configured with test keys
     * @param provider the provider's side
     */
    public static void check(PaymentChannel channel, ProviderSide provider) {
        ChannelDescriptor descriptor = channel.descriptor();
        descriptorIsSane(descriptor);
        initiationIsUsable(channel);
        believesOnlyTheProvider(channel, provider);
        refusesGarbage(channel);
    }

    static void descriptorIsSane(ChannelDescriptor descriptor) {
        assertTrue(descriptor.id().matches("[a-z][a-z0-9-]{1,39}"), "id: 2-40 of [a-z0-9-], starting with a letter");
        assertTrue(descriptor.version().matches("\\d+\\.\\d+\\.\\d+.*"), "version: major.minor.micro");
        assertFalse(descriptor.labelZh() == null || descriptor.labelZh().isBlank(), "labelZh");
        assertFalse(descriptor.labelEn() == null || descriptor.labelEn().isBlank(), "labelEn");
        assertTrue(descriptor.fee().fixedTwd() >= 0 && descriptor.fee().basisPoints() >= 0
                && descriptor.fee().basisPoints() <= 10_000, "fee: non-negative, at most 100 %");
        assertTrue(descriptor.maxAmountTwd() >= 0, "maxAmountTwd >= 0");
        for (ConfigField field : descriptor.configuration()) {
            String name = field.name().toLowerCase(java.util.Locale.ROOT);
            if (name.contains("key") || name.contains("secret") || name.contains("password") || name.endsWith("iv")) {
                assertTrue(field.secret(), "configuration field " + field.name() + " looks like a secret and must be marked secret");
            }
        }
    }

    static void initiationIsUsable(PaymentChannel channel) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        PaymentRequest request = new PaymentRequest("SJ2611210000000001", 1000, "申請證照費 團號 151020001", "測試學校",
                "A123456789", now, now.plus(30, ChronoUnit.MINUTES), "http://127.0.0.1:8181/api/v1/callbacks/"
                        + channel.descriptor().id(), "http://127.0.0.1:8181/payments/1");
        Initiation initiation = channel.initiate(request);
        assertNotNull(initiation, "initiate must answer");
        if (initiation instanceof Initiation.Redirect redirect) {
            assertTrue(redirect.url().startsWith("https://") || redirect.url().startsWith("http://"), "redirect url");
            assertTrue("POST".equals(redirect.method()) || "GET".equals(redirect.method()), "redirect method");
            assertFalse(redirect.fields().isEmpty(), "a redirect form has fields");
            String all = String.join("&", redirect.fields().values());
            assertFalse(all.contains("A123456789"), "the payer's national ID never travels in the clear through the browser");
        } else if (initiation instanceof Initiation.Instructions instructions) {
            assertNotNull(instructions.instructions().kind(), "instructions kind");
            assertNotNull(instructions.instructions().expiresAt(), "instructions expire");
        }
    }

    static void believesOnlyTheProvider(PaymentChannel channel, ProviderSide provider) {
        CallbackResult paid = channel.verifyAndParse(provider.paid("SJ2611210000000002", 1300));
        assertEquals("SJ2611210000000002", paid.orderReference(), "the callback's order");
        assertEquals(PaymentStatus.SUCCEEDED, paid.result().status(), "a paid callback succeeds");
        assertEquals(Long.valueOf(1300), paid.result().amountTwd(), "the amount paid");
        assertFalse(paid.acknowledgement().isEmpty(), "an acknowledgement for the provider");
        CallbackResult again = channel.verifyAndParse(provider.paid("SJ2611210000000002", 1300));
        assertEquals(paid.result().status(), again.result().status(), "parsing keeps no state: the same callback reads the same");
        assertThrows(InvalidCallbackException.class, () -> channel.verifyAndParse(provider.forged("SJ2611210000000002", 1300)),
                "a callback signed with another key is refused");
        RawCallback genuine = provider.paid("SJ2611210000000003", 1000);
        byte[] body = genuine.body();
        for (int i = 0; i < body.length; i += Math.max(1, body.length / 16)) {
            byte[] changed = body.clone();
            changed[i] = (byte) (changed[i] == '1' ? '2' : '1');
            if (java.util.Arrays.equals(changed, body)) {
                continue;
            }
            RawCallback tampered = new RawCallback(genuine.method(), genuine.contentType(), changed, genuine.headers(),
                    genuine.query(), genuine.remoteAddress());
            try {
                CallbackResult read = channel.verifyAndParse(tampered);
                // A change the signature does not cover must not change what the callback says.
                assertEquals("SJ2611210000000003", read.orderReference(), "a change at byte " + i + " altered the order");
                assertEquals(Long.valueOf(1000), read.result().amountTwd(), "a change at byte " + i + " altered the amount");
            } catch (InvalidCallbackException expected) {
                // refused, as it should be
            }
        }
    }

    static void refusesGarbage(PaymentChannel channel) {
        Random random = new Random(7);
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        List<byte[]> bodies = List.of(new byte[0], noise, "=&=&&==".getBytes(StandardCharsets.UTF_8),
                "CheckMacValue=&TradeInfo=&TradeSha=".getBytes(StandardCharsets.UTF_8),
                "MerchantTradeNo=SJ1&RtnCode=1&TradeAmt=1000".getBytes(StandardCharsets.UTF_8),
                "%zz%".getBytes(StandardCharsets.UTF_8));
        for (byte[] body : bodies) {
            RawCallback garbage = new RawCallback("POST", "application/x-www-form-urlencoded", body, Map.of(), Map.of(), "203.0.113.9");
            try {
                channel.verifyAndParse(garbage);
                fail("an unsigned or unreadable callback was believed: " + new String(body, 0, Math.min(body.length, 40),
                        StandardCharsets.ISO_8859_1));
            } catch (InvalidCallbackException expected) {
                // refused, as it should be
            } catch (RuntimeException other) {
                fail("garbage must be refused with InvalidCallbackException, not " + other, other);
            }
        }
    }
}
