package org.sojourn.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** A cheap cost for the tests; the cost itself is measured by the benchmark, not asserted. */
    private final PasswordHasher hasher = new PasswordHasher(1024, 1);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("正確的密碼 correct horse");

        assertTrue(hasher.verify("正確的密碼 correct horse", hash));
        assertFalse(hasher.verify("正確的密碼 correct hors", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void saltsEveryHashAndRecordsItsCost() {
        String first = hasher.hash("same password");
        String second = hasher.hash("same password");

        assertNotEquals(first, second);
        assertTrue(first.startsWith("$argon2id$v=19$m=1024,t=1,p=1$"), first);
    }

    @Test
    void verifiesWithTheCostStoredInTheHashNotTheCurrentOne() {
        String old = hasher.hash("password");

        assertTrue(new PasswordHasher(2048, 2).verify("password", old));
    }

    @Test
    void refusesMalformedHashes() {
        assertFalse(hasher.verify("password", "plain-text-password"));
        assertFalse(hasher.verify("password", "$argon2i$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA"));
    }
}
