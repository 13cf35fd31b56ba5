package org.sojourn.applicant.mainland.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The mainland resident ID check (GB 11643): any text gets a yes or a no; a yes is 17 digits and the check character. */
class MainlandIdNumberFuzzTest {

    @FuzzTest(maxDuration = "1m")
    void anyTextIsCheckedAndOnlyTheShapePasses(String typed) {
        if (typed != null && MainlandIdNumber.isValid(typed)) {
            String id = typed.strip().toUpperCase(java.util.Locale.ROOT);
            assertEquals(18, id.length(), id);
            assertTrue(id.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9'), id);
        }
    }
}
