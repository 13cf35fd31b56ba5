package org.sojourn.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * What every document is finished with: the bundled font it is set in, the verification link it
 * carries, and the agency's signature.
 *
 * @param typeface   the font, embedded as a subset
 * @param key        the signing key
 * @param codes      the verification codes' key
 * @param verifyBase the verification address the codes are appended to
 */
record Press(Typeface typeface, SigningKey key, VerificationCodes codes, String verifyBase) {

    /** @return the link that verifies a document of this kind and number */
    String verifyUrl(String kind, String number) {
        return verifyBase + codes.code(kind, number);
    }

    /**
     * @param render draws the unsigned PDF in the font it is lent
     * @param reason why it is signed, shown by readers
     * @return the signed PDF
     */
    byte[] signed(Render render, String reason) {
        try {
            return PadesSigner.sign(typeface.lend(render::pdf), key, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a PDF. */
    @FunctionalInterface
    interface Render {
        /**
         * @param font the font to set it in, lent until the PDF is saved
         * @return the PDF, unsigned
         */
        byte[] pdf(TrueTypeFont font) throws IOException;
    }
}
