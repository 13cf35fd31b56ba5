package org.sojourn.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.Grant;
import org.sojourn.documents.api.Verification;
import org.sojourn.payment.api.PaidCase;
import org.sojourn.payment.api.Payments;

/** What a certificate's code answers as its case stands: revoked before superseded before expired before valid. */
class CertificateVerificationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Grant GRANT = new Grant(1000, "E_CERTIFICATE_6_MONTHS", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30),
            "A800000014");

    @Test
    void aPaidCaseInItsValidityIsValidWithTheHoldersInitialsOnly() {
        Verification answer = verify(paid(CaseStatus.PAID, GRANT, null));
        assertEquals("VALID", answer.status());
        assertEquals("A800000014", answer.documentNumber());
        assertEquals("A. S.", answer.holder());
        assertEquals(LocalDate.of(2026, 11, 30), answer.validUntil());
        assertNull(answer.amountTwd());
    }

    @Test
    void pastItsLastDayItIsExpired() {
        Grant ended = new Grant(1000, "E_CERTIFICATE_6_MONTHS", LocalDate.of(2026, 5, 1), TODAY.minusDays(1), "A800000014");
        assertEquals("EXPIRED", verify(paid(CaseStatus.PICKED_UP, ended, null)).status());
        assertEquals("VALID", verify(paid(CaseStatus.PICKED_UP, new Grant(1000, "E", TODAY, TODAY, "A800000014"), null)).status(),
                "its last day still counts");
    }

    @Test
    void aLaterPaidCaseSupersedesItAndARevocationOverridesEverything() {
        assertEquals("SUPERSEDED", verify(paid(CaseStatus.PAID, GRANT, "115696500201")).status());
        assertEquals("REVOKED", verify(paid(CaseStatus.GRANT_REVOKED, GRANT, "115696500201")).status());
    }

    @Test
    void aCodeForACaseNoLongerPaidIsGenuineButRevoked() {
        Verification answer = verify(Optional.empty());
        assertEquals("REVOKED", answer.status());
        assertNull(answer.holder());
    }

    private static Optional<PaidCase> paid(CaseStatus status, Grant grant, String supersededBy) {
        return Optional.of(new PaidCase("151020007", "115696500101", "foreign", "Ana Silva", "席安娜", grant, status,
                Instant.parse("2026-06-01T02:00:00Z"), supersededBy));
    }

    private static Verification verify(Optional<PaidCase> found) {
        Payments payments = (Payments) Proxy.newProxyInstance(Payments.class.getClassLoader(), new Class<?>[] {Payments.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("issuedCase") && "115696500101".equals(arguments[0])) {
                        return found;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new Certificates(null, payments, Map.of(), code -> code, null).verify("115696500101", TODAY);
    }
}
