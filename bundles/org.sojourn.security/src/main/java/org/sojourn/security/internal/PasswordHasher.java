package org.sojourn.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}),
 * so the cost can be raised later without breaking stored hashes. The cost (32 MiB, 3 passes)
 * takes about 85 ms of one core here; as each hash holds that memory, at most one hash per core
 * runs at a time, so a burst of sign-ins queues instead of exhausting the heap.
 */
final class PasswordHasher {

    static final int MEMORY_KIB = 32768;
    static final int ITERATIONS = 3;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    /** Shared by every hasher in the JVM: the bound is on memory, which they all share. */
    private static final Semaphore SLOTS = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    private final SecureRandom random = new SecureRandom();
    private final int memoryKib;
    private final int iterations;

    PasswordHasher() {
        this(MEMORY_KIB, ITERATIONS);
    }

    /** For tests that must not spend a tenth of a second per hash. */
    PasswordHasher(int memoryKib, int iterations) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
    }

    /**
     * @param password the password
     * @return its PHC-encoded Argon2id hash with a fresh salt
     */
    String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, PARALLELISM);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + PARALLELISM + "$"
                + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /**
     * @param password a password to check
     * @param encoded  a hash from {@link #hash}
     * @return whether they match; false for a malformed hash
     */
    boolean verify(String password, String encoded) {
        Matcher phc = PHC.matcher(encoded);
        if (!phc.matches()) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(phc.group(5));
        byte[] actual = derive(password, base64.decode(phc.group(4)), Integer.parseInt(phc.group(1)),
                Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)));
        return MessageDigest.isEqual(expected, actual);
    }

    private byte[] derive(String password, byte[] salt, int memory, int passes, int lanes) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memory).withIterations(passes).withParallelism(lanes).build());
        byte[] out = new byte[HASH_BYTES];
        SLOTS.acquireUninterruptibly();
        try {
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        } finally {
            SLOTS.release();
        }
        return out;
    }
}
