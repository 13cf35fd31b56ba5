package org.sojourn.cases.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GroupNumberTest {

    @Test
    void readsTheSeedsExampleIntoItsParts() {
        GroupNumber number = GroupNumber.parse("061020010");

        assertEquals(6, number.rocYear());
        assertEquals("102", number.businessCode());
        assertEquals(10, number.sequence());
        assertEquals("061020010", number.toString());
    }

    @Test
    void acceptsFullWidthDigitsAndStraySpaces() {
        assertEquals("061020010", GroupNumber.parse(" ０６１０２００１０ ").toString());
    }

    @Test
    void printsLeadingZerosOfYearAndSequence() {
        assertEquals("151120001", new GroupNumber(15, "112", 1).toString());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "06102001", "0610200100", "06102001a", "061020000", "06-102-0010"})
    void refusesWhatIsNotAGroupNumber(String text) {
        DomainException problem = assertThrows(DomainException.class, () -> GroupNumber.parse(text));

        assertEquals("INVALID_GROUP_NUMBER", problem.code());
        assertEquals(ErrorKind.INVALID_INPUT, problem.kind());
    }

    @Test
    void refusesASequenceBeyondFourDigits() {
        assertThrows(IllegalArgumentException.class, () -> new GroupNumber(15, "102", 10000));
    }
}
