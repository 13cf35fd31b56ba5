package org.sojourn.payment.spi;

import java.time.Instant;
import java.util.List;

/**
 * How to pay an offline order: a virtual account at a bank, a code at a convenience store's kiosk,
 * or the three-segment barcode printed on a slip.
 *
 * @param kind      which of these
 * @param bankCode  the bank's 3-digit code for a virtual account, else null
 * @param account   the virtual account number, else null
 * @param storeCode the payment code for a store kiosk, else null
 * @param barcodes  the three Code 39 barcode segments, else empty
 * @param expiresAt when the instructions stop being accepted
 */
public record PayInstructions(Kind kind, String bankCode, String account, String storeCode, List<String> barcodes,
        Instant expiresAt) {

    /** Which way of paying later. */
    public enum Kind {
        /** Transfer to a virtual account (虛擬帳號). */
        VIRTUAL_ACCOUNT,
        /** A code entered at a convenience store's kiosk (超商代碼). */
        STORE_CODE,
        /** Three barcodes scanned at the counter (超商條碼). */
        BARCODES
    }

    /** Copies the barcodes. */
    public PayInstructions {
        barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
    }
}
