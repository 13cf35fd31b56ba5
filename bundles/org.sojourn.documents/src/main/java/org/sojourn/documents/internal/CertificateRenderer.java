package org.sojourn.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.sojourn.documents.spi.CertificateContent;

/**
 * Draws a certificate or permit an applicant type laid out: its title, the applicant's photo in the
 * corner, the fields in the type's order with bilingual labels, then the notes. A blank field stops
 * the rendering, as on every Sojourn document.
 */
final class CertificateRenderer {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float PHOTO_WIDTH = 90;
    private static final float PHOTO_HEIGHT = 120;

    private CertificateRenderer() {
    }

    /**
     * @param content the type's content
     * @param photo   the applicant's photo (JPEG or PNG)
     * @param font    the TrueType font's bytes
     * @return the PDF, unsigned
     * @throws IOException when the PDF cannot be written or the photo read
     */
    static byte[] render(CertificateContent content, byte[] photo, byte[] font) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage sheet = new PDPage(PDRectangle.A4);
            document.addPage(sheet);
            PDType0Font embedded = PDType0Font.load(document, new ByteArrayInputStream(font), true);
            document.getDocumentInformation().setTitle(FeeReceiptLayout.required(content.titleZh(), "title") + " "
                    + FeeReceiptLayout.required(content.documentNumber(), "document number"));
            document.getDocumentInformation().setAuthor("內政部移民署 National Immigration Agency");
            PDImageXObject image = PDImageXObject.createFromByteArray(document, FeeReceiptLayout.required(photo, "photo"), "photo");
            try (PDPageContentStream page = new PDPageContentStream(document, sheet)) {
                float top = PDRectangle.A4.getHeight() - MARGIN;
                page.drawImage(image, MARGIN + WIDTH - PHOTO_WIDTH, top - PHOTO_HEIGHT, PHOTO_WIDTH, PHOTO_HEIGHT);
                float y = top;
                y = show(page, embedded, content.titleZh(), 20, y);
                y = show(page, embedded, FeeReceiptLayout.required(content.titleEn(), "English title"), 12, y);
                y -= 16;
                for (CertificateContent.Line line : content.lines()) {
                    y = show(page, embedded, FeeReceiptLayout.required(line.labelZh(), "label") + " " + line.labelEn(), 8, y);
                    y = show(page, embedded, "　" + FeeReceiptLayout.required(line.value(), line.labelEn()), 11, y);
                    y -= 3;
                }
                y -= 10;
                for (String note : content.notes()) {
                    for (String part : FeeReceiptLayout.lines(embedded, note, 9, WIDTH)) {
                        y = show(page, embedded, part, 9, y);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static float show(PDPageContentStream page, PDType0Font font, String text, float size, float y) throws IOException {
        float next = y - size * 1.5f;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, next);
        page.showText(text);
        page.endText();
        return next;
    }
}
