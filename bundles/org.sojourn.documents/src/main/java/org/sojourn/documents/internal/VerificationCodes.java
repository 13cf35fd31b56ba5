package org.sojourn.documents.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The verification code printed on a document: its kind and number, authenticated with a 128-bit
 * HMAC-SHA256 tag under a key only Sojourn holds — short enough for a small QR code, and no one can
 * make a code for a document Sojourn did not issue. The key is made on first start and kept with the
 * data, so every node sharing the data directory (or given the same key) checks the same codes.
 */
final class VerificationCodes {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,4}\\.[0-9A-Za-z-]{1,40}\\.[A-Za-z0-9_-]{22}");
    private static final int TAG_BYTES = 16;

    private final byte[] key;

    VerificationCodes(byte[] key) {
        this.key = key.clone();
    }

    /**
     * @param file where the key is kept; made with 256 random bits when absent
     * @return the codes under that key
     * @throws IOException when the key cannot be read or written
     */
    static VerificationCodes keptIn(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Path written = Files.createTempFile(file.getParent(), "verification", ".key");
            Files.write(written, Base64.getEncoder().encode(fresh));
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        }
        return new VerificationCodes(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
    }

    /**
     * @param kind   the document's kind, e.g. {@code R} for a fee receipt
     * @param number the document's number
     * @return the code, e.g. {@code R.115000000042.<tag>}
     */
    String code(String kind, String number) {
        return kind + "." + number + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(tag(kind + "." + number));
    }

    /**
     * @param code a code as read from a document
     * @return kind and number when Sojourn made the code, empty when not
     * @throws IllegalArgumentException when it cannot be a code at all
     */
    Optional<String[]> check(String code) {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a verification code");
        }
        int last = code.lastIndexOf('.');
        String text = code.substring(last + 1);
        byte[] given = Base64.getUrlDecoder().decode(text);
        // The last character carries padding bits the decoder ignores: only the one spelling of a tag counts.
        boolean canonical = Base64.getUrlEncoder().withoutPadding().encodeToString(given).equals(text);
        return canonical && MessageDigest.isEqual(given, tag(code.substring(0, last)))
                ? Optional.of(code.substring(0, last).split("\\.", 2)) : Optional.empty();
    }

    private byte[] tag(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java 17", e);
        }
    }
}
