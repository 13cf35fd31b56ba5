package org.sojourn.cases.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"A123456789", "a123456789", " Ａ１２３４５６７８９ ", "F131104093"})
    void acceptsNationalIdsAsTypedOnAnyKeyboard(String typed) {
        assertTrue(Identifiers.isValid(IdentifierKind.NATIONAL_ID, typed), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A123456788", "A323456789", "A12345678", "1123456789", "A800000014", ""})
    void refusesWhatIsNotANationalId(String typed) {
        assertFalse(Identifiers.isValid(IdentifierKind.NATIONAL_ID, typed), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AD30265881", "CD30000097", "A800000014", "ａｄ３０２６５８８１"})
    void acceptsOldAndNewResidentCertificateNumbersFromTheSeeds(String typed) {
        assertTrue(Identifiers.isValid(IdentifierKind.RESIDENT_CERTIFICATE_NUMBER, typed), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AD30265882", "A800000015", "A123456789", "AE30265881", "AD3026588"})
    void refusesWrongResidentCertificateNumbers(String typed) {
        assertFalse(Identifiers.isValid(IdentifierKind.RESIDENT_CERTIFICATE_NUMBER, typed), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"03734301", "04595257", "１２３４５６７５"})
    void acceptsBusinessNumbers(String typed) {
        assertTrue(Identifiers.isValid(IdentifierKind.BUSINESS_NUMBER, typed), typed);
    }

    @Test
    void acceptsTheSeventhDigitSevenExceptionOfBusinessNumbers() {
        // 1,0,0,0,0,0,7,x: products 1,0,0,0,0,0,28→10; total 11 + x. x=3 gives 14: only 14+1 divides by 5.
        assertTrue(Identifiers.isValid(IdentifierKind.BUSINESS_NUMBER, "10000073"));
        assertFalse(Identifiers.isValid(IdentifierKind.BUSINESS_NUMBER, "10000072"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03734302", "0373430", "0373430a", "037343011"})
    void refusesWrongBusinessNumbers(String typed) {
        assertFalse(Identifiers.isValid(IdentifierKind.BUSINESS_NUMBER, typed), typed);
    }

    @Test
    void requireReturnsTheNormalisedFormOrAFieldProblem() {
        assertEquals("AD30265881", Identifiers.require(IdentifierKind.RESIDENT_CERTIFICATE_NUMBER, "arc", " ad30265881"));

        DomainException problem = assertThrows(DomainException.class,
                () -> Identifiers.require(IdentifierKind.BUSINESS_NUMBER, "account", "03734302"));

        assertEquals("account", problem.fieldProblems().get(0).field());
        assertEquals("INVALID_BUSINESS_NUMBER", problem.fieldProblems().get(0).code());
    }
}
