package org.sojourn.documents.internal;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A QR code drawn as vector squares, so that it prints sharp at any size and adds no image to the PDF. */
final class QrCode {

    private QrCode() {
    }

    /**
     * @param page   where to draw
     * @param text   what the code carries
     * @param left   its left edge
     * @param bottom its bottom edge
     * @param side   its width and height
     * @throws IOException when the text does not fit a QR code or the page cannot be written
     */
    static void draw(PDPageContentStream page, String text, float left, float bottom, float side) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IOException("The verification link does not fit a QR code", e);
        }
        float module = side / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    page.addRect(left + column * module, bottom + (matrix.getHeight() - 1 - row) * module, module, module);
                }
            }
        }
        page.fill();
    }
}
