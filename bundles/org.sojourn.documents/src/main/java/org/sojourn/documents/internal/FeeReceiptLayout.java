package org.sojourn.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.sojourn.payment.api.FeeReceipt;

/**
 * The fee receipt's page (自行收納款項電子收據, domain §11, seed 001), in Traditional Chinese with
 * English beside it, on A4. The font is embedded as a subset, so the PDF reads the same on any machine.
 * A value that is missing stops the rendering: a receipt never shows "null" or an empty field.
 */
final class FeeReceiptLayout {

    /** The revenue item and its code, as the agency's receipts print them. */
    static final String REVENUE_ITEM = "0508580102-1 證照費";
    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final PDType0Font font;
    private final PDPageContentStream page;
    private float y = PDRectangle.A4.getHeight() - MARGIN;

    private FeeReceiptLayout(PDDocument document, PDType0Font font, PDPageContentStream page) {
        this.document = document;
        this.font = font;
        this.page = page;
    }

    /**
     * @param receipt   what the receipt shows
     * @param font      the font, lent for this document
     * @param verifyUrl where anyone checks the receipt, printed as a link and a QR code
     * @return the PDF, unsigned
     * @throws IOException when the PDF cannot be written
     */
    static byte[] render(FeeReceipt receipt, TrueTypeFont font, String verifyUrl) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage sheet = new PDPage(PDRectangle.A4);
            document.addPage(sheet);
            PDType0Font embedded = PDType0Font.load(document, font, true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("自行收納款項電子收據 " + required(receipt.receiptNumber(), "receipt number"));
            info.setAuthor("內政部移民署 National Immigration Agency");
            try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
                FeeReceiptLayout layout = new FeeReceiptLayout(document, embedded, content);
                layout.write(receipt);
                layout.verification(required(verifyUrl, "verification link"));
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private void write(FeeReceipt receipt) throws IOException {
        LocalDate day = LocalDate.ofInstant(required(receipt.paidAt(), "payment time"), TAIWAN);
        centred("內政部移民署 自行收納款項電子收據", 18);
        centred("National Immigration Agency — Electronic Receipt of Fees Collected", 10);
        y -= 14;
        line("日期 Date：中華民國" + (day.getYear() - 1911) + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日（" + day + "）", 11);
        line("外字第 " + receipt.receiptNumber() + "號　Receipt No. " + receipt.receiptNumber(), 11);
        y -= 8;
        field("繳款人 Payer's Name", required(receipt.firstReceipt(), "first receipt") + " ~ " + required(receipt.lastReceipt(), "last receipt")
                + "（" + required(receipt.payer(), "payer") + "）");
        field("收入科目及代號 Classification & Code Number of Receipt", REVENUE_ITEM);
        field("金額(小寫) Amount NT$", String.format("%,d", receipt.amountTwd()));
        field("金額 Amount in words", "新臺幣 " + ChineseAmounts.of(receipt.amountTwd()));
        field("事由 Payment for issue of", "申請證照費 Fee for the application's certificate or permit（" + receipt.cases() + " 件 cases）");
        field("備註 Remarks", "團號：" + required(receipt.groupNumber(), "group number") + " 線上申辦 Group " + receipt.groupNumber()
                + ", filed online");
        y -= 8;
        paragraph("備註：本收據費用，未將信用卡繳費手續費或E政府轉帳之交易處理費列入。繳費成功後，將不退費。本電子收據僅作為繳費證明，不得為入境臺灣之證明用。", 9);
        paragraph("Notes: the fee does not include the card or e-Government channel's charges. Fees are not refunded once paid."
                + " This electronic receipt proves payment only; it does not entitle anyone to enter Taiwan.", 9);
        y -= 20;
        line("主辦出納 Cashier　　　　主辦會計 Accountant　　　　署長 Director-General", 11);
        line("（本收據以電子簽章簽署 Signed electronically）", 9);
        y -= 20;
        line("收據聯一交繳款人收執作為入帳憑證 — Copy for the payer", 9);
        line("領取 IC 卡居留證時請出示本收據 — Show this receipt to pick up the IC resident card", 9);
    }

    /** The link anyone can check the receipt at, and the same as a QR code in the corner. */
    private void verification(String url) throws IOException {
        y -= 16;
        float top = y;
        line("查驗本收據 Verify this receipt:", 9);
        paragraph(url, 8);
        float side = 90;
        QrCode.draw(page, url, MARGIN + WIDTH - side, top - side, side);
    }

    private void field(String label, String value) throws IOException {
        paragraph(label, 9);
        paragraph("　" + value, 11);
        y -= 4;
    }

    private void centred(String text, float size) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        show(text, size, MARGIN + (WIDTH - width) / 2);
    }

    private void line(String text, float size) throws IOException {
        show(text, size, MARGIN);
    }

    /** Writes text over as many lines as it takes ({@link #lines}). */
    private void paragraph(String text, float size) throws IOException {
        for (String line : lines(font, text, size, WIDTH)) {
            show(line, size, MARGIN);
        }
    }

    /**
     * Breaks text into lines of at most {@code width}: Chinese breaks between any two characters, an
     * English word moves whole to the next line.
     *
     * @return the lines
     * @throws IOException when the font cannot measure the text
     */
    static List<String> lines(PDType0Font font, String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            String character = new String(Character.toChars(text.codePointAt(i)));
            if (font.getStringWidth(current + character) / 1000 * size <= width) {
                current.append(character);
                continue;
            }
            int space = current.lastIndexOf(" ");
            boolean inWord = Character.isLetterOrDigit(character.charAt(0)) && character.charAt(0) < 0x80;
            if (inWord && space > 0 && current.substring(space + 1).chars().allMatch(c -> c < 0x80)) {
                lines.add(current.substring(0, space));
                current = new StringBuilder(current.substring(space + 1)).append(character);
            } else {
                lines.add(current.toString());
                current = new StringBuilder(character.isBlank() ? "" : character);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private void show(String text, float size, float x) throws IOException {
        y -= size * 1.5f;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
    }

    /**
     * @return the value, present
     * @throws IllegalStateException when it is missing: a document never prints "null" or a blank field
     */
    static <T> T required(T value, String what) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("A document without its " + what + " is not printed");
        }
        return value;
    }
}
