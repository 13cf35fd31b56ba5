package org.sojourn.documents.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What anyone holding a document learns by checking its verification code: whether Sojourn issued
 * it and whether it still stands, with no more personal data than needed to compare it with the
 * paper in hand.
 *
 * @param genuine        whether the code is one Sojourn signed
 * @param kind           {@code FEE_RECEIPT} or {@code CERTIFICATE}; null when not genuine
 * @param documentNumber the fee receipt number, or the certificate's or permit's number; null when not genuine
 * @param groupNumber    the group it belongs to; null when not genuine or no longer known
 * @param status         {@code VALID}; {@code EXPIRED} past its validity; {@code SUPERSEDED} when a later
 *                       document replaced it (a renewal, an extension, a data change); {@code REVOKED} when the
 *                       agency revoked it or its payment no longer stands; null when not genuine
 * @param issuedAt       when it was issued (the payment); null when not genuine or no longer known
 * @param amountTwd      the amount, for a receipt; null otherwise
 * @param holder         the holder's initials, e.g. {@code A. S.} or {@code 李○○}, for a certificate; null otherwise
 * @param validFrom      a certificate's first day of validity; null otherwise
 * @param validUntil     a certificate's last day of validity; null otherwise
 */
public record Verification(boolean genuine, String kind, String documentNumber, String groupNumber, String status,
        Instant issuedAt, Long amountTwd, String holder, LocalDate validFrom, LocalDate validUntil) {

    /** @return the answer for a code Sojourn did not sign */
    public static Verification notGenuine() {
        return new Verification(false, null, null, null, null, null, null, null, null, null);
    }
}
