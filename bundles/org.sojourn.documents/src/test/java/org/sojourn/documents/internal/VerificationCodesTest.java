package org.sojourn.documents.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerificationCodesTest {

    @TempDir
    Path data;

    @Test
    void aCodeChecksOnlyUnderTheKeyThatMadeIt() throws Exception {
        VerificationCodes codes = VerificationCodes.keptIn(data.resolve("verification.key"));
        String code = codes.code("R", "115000000042");
        assertTrue(code.matches("R\\.115000000042\\.[A-Za-z0-9_-]{22}"), code);
        assertArrayEquals(new String[] {"R", "115000000042"}, codes.check(code).orElseThrow());
        assertEquals(code, VerificationCodes.keptIn(data.resolve("verification.key")).code("R", "115000000042"), "the key is kept");

        String otherNumber = code.replace("115000000042", "115000000043");
        assertTrue(codes.check(otherNumber).isEmpty(), "another number under the same tag is not genuine");
        char last = code.charAt(code.length() - 1);
        assertTrue(codes.check(code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A')).isEmpty(), "a changed tag");
        assertTrue(VerificationCodes.keptIn(data.resolve("another.key")).check(code).isEmpty(), "another node's key");
        for (String garbage : new String[] {"", "R.1", "<script>", "R.115000000042." + "A".repeat(23), null}) {
            assertThrows(IllegalArgumentException.class, () -> codes.check(garbage), String.valueOf(garbage));
        }
    }
}
