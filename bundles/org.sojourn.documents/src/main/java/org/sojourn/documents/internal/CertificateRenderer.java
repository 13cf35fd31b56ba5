package org.sojourn.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.sojourn.documents.spi.CertificateContent;

/**
 * Draws a certificate or permit an applicant type laid out: its title, the applicant's photo in the
 * corner, the fields in the type's order as a form (bilingual labels in a column, the values beside
 * them), then the notes, and at the foot the verification link with its QR code. A blank field stops
 * the rendering, as on every Sojourn document.
 */
final class CertificateRenderer {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float PHOTO_WIDTH = 90;
    private static final float PHOTO_HEIGHT = 120;
    private static final float QR_SIDE = 80;
    private static final float LABEL_WIDTH = 165;
    private static final float VALUE_LEFT = MARGIN + LABEL_WIDTH + 10;

    private CertificateRenderer() {
    }

    /**
     * @param content the type's content
     * @param photo   the applicant's photo (JPEG or PNG)
     * @param font    the font, lent for this document
     * @param verifyUrl where anyone checks the document, printed as a link and a QR code
     * @return the PDF, unsigned
     * @throws IOException when the PDF cannot be written or the photo read
     */
    static byte[] render(CertificateContent content, byte[] photo, TrueTypeFont font, String verifyUrl) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage sheet = new PDPage(PDRectangle.A4);
            document.addPage(sheet);
            PDType0Font embedded = PDType0Font.load(document, font, true);
            document.getDocumentInformation().setTitle(FeeReceiptLayout.required(content.titleZh(), "title") + " "
                    + FeeReceiptLayout.required(content.documentNumber(), "document number"));
            document.getDocumentInformation().setAuthor("內政部移民署 National Immigration Agency");
            PDImageXObject image = PDImageXObject.createFromByteArray(document, FeeReceiptLayout.required(photo, "photo"), "photo");
            try (PDPageContentStream page = new PDPageContentStream(document, sheet)) {
                float top = PDRectangle.A4.getHeight() - MARGIN;
                page.drawImage(image, MARGIN + WIDTH - PHOTO_WIDTH, top - PHOTO_HEIGHT, PHOTO_WIDTH, PHOTO_HEIGHT);
                float y = top;
                // The titles keep clear of the photo beside them.
                for (String part : FeeReceiptLayout.lines(embedded, content.titleZh(), 20, WIDTH - PHOTO_WIDTH - 10)) {
                    y = show(page, embedded, part, 20, y);
                }
                for (String part : FeeReceiptLayout.lines(embedded, FeeReceiptLayout.required(content.titleEn(), "English title"), 12,
                        WIDTH - PHOTO_WIDTH - 10)) {
                    y = show(page, embedded, part, 12, y);
                }
                // The fields as a form: labels in a column of their own, values beside them, below the photo.
                y = Math.min(y, top - PHOTO_HEIGHT) - 12;
                for (CertificateContent.Line line : content.lines()) {
                    y = row(page, embedded, FeeReceiptLayout.required(line.labelZh(), "label") + " " + line.labelEn(),
                            FeeReceiptLayout.required(line.value(), line.labelEn()), y);
                }
                y -= 10;
                for (String note : content.notes()) {
                    for (String part : FeeReceiptLayout.lines(embedded, note, 9, WIDTH)) {
                        y = show(page, embedded, part, 9, y);
                    }
                }
                float foot = MARGIN + QR_SIDE;
                if (y < foot + 18) { // the last line's descenders stay clear of the verification heading
                    throw new IllegalStateException("A certificate's content must fit on one page above its verification link");
                }
                foot = show(page, embedded, "查驗本證 Verify this document:", 9, foot + 9 * 1.5f);
                for (String part : FeeReceiptLayout.lines(embedded, FeeReceiptLayout.required(verifyUrl, "verification link"), 8,
                        WIDTH - QR_SIDE - 10)) {
                    foot = show(page, embedded, part, 8, foot);
                }
                QrCode.draw(page, verifyUrl, MARGIN + WIDTH - QR_SIDE, MARGIN, QR_SIDE);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** @return where the next row starts, below this row's label or value, whichever runs longer */
    private static float row(PDPageContentStream page, PDType0Font font, String label, String value, float y) throws IOException {
        float labelY = y - 2;
        for (String part : FeeReceiptLayout.lines(font, label, 8, LABEL_WIDTH)) {
            labelY = show(page, font, part, 8, MARGIN, labelY);
        }
        float valueY = y;
        for (String part : FeeReceiptLayout.lines(font, value, 11, MARGIN + WIDTH - VALUE_LEFT)) {
            valueY = show(page, font, part, 11, VALUE_LEFT, valueY);
        }
        return Math.min(labelY, valueY) - 5;
    }

    private static float show(PDPageContentStream page, PDType0Font font, String text, float size, float y) throws IOException {
        return show(page, font, text, size, MARGIN, y);
    }

    private static float show(PDPageContentStream page, PDType0Font font, String text, float size, float x, float y) throws IOException {
        float next = y - size * 1.5f;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, next);
        page.showText(text);
        page.endText();
        return next;
    }
}
