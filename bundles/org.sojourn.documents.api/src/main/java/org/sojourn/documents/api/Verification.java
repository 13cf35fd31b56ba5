package org.sojourn.documents.api;

import java.time.Instant;

/**
 * What anyone holding a document learns by checking its verification code: whether Sojourn issued
 * it and whether it still stands, with no more personal data than needed to compare.
 *
 * @param genuine        whether the code is one Sojourn signed
 * @param kind           the document's kind, e.g. {@code FEE_RECEIPT}; null when not genuine
 * @param documentNumber the document's number (the fee receipt number); null when not genuine
 * @param groupNumber    the group it belongs to; null when not genuine
 * @param status         {@code VALID}, or {@code REVOKED} when the document no longer stands; null when not genuine
 * @param issuedAt       when it was issued (paid, for a receipt); null when not genuine
 * @param amountTwd      the amount, for a receipt; null otherwise
 */
public record Verification(boolean genuine, String kind, String documentNumber, String groupNumber, String status,
        Instant issuedAt, Long amountTwd) {

    /** @return the answer for a code Sojourn did not sign */
    public static Verification notGenuine() {
        return new Verification(false, null, null, null, null, null, null);
    }
}
