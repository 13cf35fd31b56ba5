package org.sojourn.cases.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The identifier checks every form and import goes through (national ID, resident certificate and
 * business numbers): whatever is typed, a check answers yes or no and never fails; what passes is
 * stored normalised and passes again as stored; what fails is refused with the field named.
 */
class IdentifiersFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void whatPassesIsStoredNormalisedAndWhatFailsIsRefused(String typed) {
        for (IdentifierKind kind : IdentifierKind.values()) {
            if (Identifiers.isValid(kind, typed)) {
                String stored = Identifiers.require(kind, "id", typed);
                assertEquals(Identifiers.normalize(typed), stored);
                assertTrue(stored.chars().allMatch(c -> c < 128), "stored as ASCII: " + stored);
                assertTrue(Identifiers.isValid(kind, stored), "valid as stored: " + stored);
            } else {
                DomainException refused = assertThrows(DomainException.class, () -> Identifiers.require(kind, "id", typed));
                assertEquals(ErrorKind.INVALID_INPUT, refused.kind());
            }
        }
    }
}
