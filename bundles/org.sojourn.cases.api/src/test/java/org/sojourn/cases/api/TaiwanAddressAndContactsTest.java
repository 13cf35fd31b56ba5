package org.sojourn.cases.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TaiwanAddressAndContactsTest {

    @Test
    void acceptsACompleteAddressWrittenWithTaiAndFullWidthDigits() {
        TaiwanAddress typed = new TaiwanAddress("１００", "台北市", "中正區", "", "", "廣州街", "", "", "15號");

        assertTrue(typed.problems("address").isEmpty(), typed.problems("address").toString());
        assertEquals("臺北市", typed.normalized().county());
        assertEquals("100", typed.normalized().postalCode());
    }

    @Test
    void namesEachMissingOrWrongPart() {
        List<FieldProblem> problems = new TaiwanAddress("10", "台北縣", "", null, null, "", null, null, "")
                .problems("address");

        assertEquals(List.of("address.postalCode", "address.county", "address.district", "address.street", "address.number"),
                problems.stream().map(FieldProblem::field).toList());
    }

    @Test
    void wantsALandlineOrAMobileAndAnEmail() {
        assertTrue(Contacts.problems("", "02-2388-9393#123", "", "clerk@school.edu.tw").isEmpty());
        assertTrue(Contacts.problems("", "", "０９１２－３４５－６７８", "clerk@school.edu.tw").isEmpty());
        assertEquals("PHONE_REQUIRED", Contacts.problems("", " ", "", "clerk@school.edu.tw").get(0).code());
        assertEquals("INVALID_PHONE", Contacts.problems("", "", "0812345678", "clerk@school.edu.tw").get(0).code());
        assertEquals("INVALID_EMAIL", Contacts.problems("", "0223889393", "", "clerk.school.edu.tw").get(0).code());
    }
}
