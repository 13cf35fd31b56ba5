package org.sojourn.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.sojourn.payment.api.PaymentOrderView;
import org.sojourn.payment.spi.PayInstructions;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code39Writer;

/**
 * The payment slip (繳費單) of an offline order on A4: what to pay, by when, for which groups, and
 * how — a bank's virtual account, a store kiosk's code, or the three Code 39 barcodes a store's
 * counter scans (payments.md), each with its digits printed beneath.
 */
final class PaymentSlipLayout {

    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float MARGIN = 50;
    private static final float BARCODE_HEIGHT = 40;

    private final PDType0Font font;
    private final PDPageContentStream page;
    private float y = PDRectangle.A4.getHeight() - MARGIN;

    private PaymentSlipLayout(PDType0Font font, PDPageContentStream page) {
        this.font = font;
        this.page = page;
    }

    /**
     * @param order an offline order with its instructions
     * @param font  the font, lent for this document
     * @return the PDF, unsigned
     * @throws IOException when the PDF cannot be written
     */
    static byte[] render(PaymentOrderView order, TrueTypeFont font) throws IOException {
        PayInstructions how = order.instructions();
        if (how == null) {
            throw new IllegalStateException("An order without instructions has no slip");
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage sheet = new PDPage(PDRectangle.A4);
            document.addPage(sheet);
            PDType0Font embedded = PDType0Font.load(document, font, true);
            document.getDocumentInformation().setTitle("繳費單 Payment slip " + order.reference());
            try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
                new PaymentSlipLayout(embedded, content).write(order, how);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private void write(PaymentOrderView order, PayInstructions how) throws IOException {
        text("內政部移民署 規費繳費單", 18);
        text("National Immigration Agency — Fee Payment Slip", 10);
        y -= 12;
        text("訂單編號 Order reference：" + FeeReceiptLayout.required(order.reference(), "order reference"), 11);
        text("應繳金額 Amount due：新臺幣 NT$ " + String.format("%,d", order.amountTwd()) + "（" + ChineseAmounts.of(order.amountTwd())
                + "）", 11);
        if (order.channelFeeTwd() > 0) {
            text("通路手續費另計 Channel fee, charged apart：NT$ " + order.channelFeeTwd(), 9);
        }
        LocalDateTime due = LocalDateTime.ofInstant(FeeReceiptLayout.required(how.expiresAt(), "due time"), TAIWAN);
        text("繳費期限 Pay by：" + DUE.format(due) + "（臺灣時間 Taiwan time）", 11);
        for (PaymentOrderView.OrderGroup group : order.groups()) {
            text("團號 Group " + group.groupNumber() + "：" + group.applicants() + " 件 cases，NT$ " + String.format("%,d", group.amountTwd()), 10);
        }
        y -= 12;
        switch (how.kind()) {
            case VIRTUAL_ACCOUNT -> {
                text("ATM 轉帳或臨櫃匯款 Transfer at an ATM or a bank counter", 12);
                text("銀行代碼 Bank code：" + FeeReceiptLayout.required(how.bankCode(), "bank code"), 14);
                text("虛擬帳號 Virtual account：" + FeeReceiptLayout.required(how.account(), "virtual account"), 14);
            }
            case STORE_CODE -> {
                text("超商多媒體機台繳費 Pay at a convenience store's kiosk (7-ELEVEN ibon, FamilyMart FamiPort, Hi-Life, OK)", 10);
                text("繳費代碼 Payment code：" + FeeReceiptLayout.required(how.storeCode(), "store code"), 14);
            }
            case BARCODES -> {
                text("超商櫃檯繳費 Show these three barcodes at a convenience store's counter", 12);
                if (how.barcodes().size() != 3) {
                    throw new IllegalStateException("A store slip has three barcodes, not " + how.barcodes().size());
                }
                for (String segment : how.barcodes()) {
                    barcode(FeeReceiptLayout.required(segment, "barcode"));
                }
            }
        }
        y -= 16;
        text("逾期未繳，請重新申請繳費。本繳費單非繳費證明；繳費完成後請至系統下載規費收據。", 9);
        text("After the due time, start a new payment. This slip is not a receipt: download the fee receipt once paid.", 9);
    }

    /** One Code 39 barcode with its digits beneath, the bars drawn as filled rectangles. */
    private void barcode(String segment) throws IOException {
        BitMatrix bars = new Code39Writer().encode(segment, BarcodeFormat.CODE_39, 0, 0);
        float module = Math.min(1.2f, (PDRectangle.A4.getWidth() - 2 * MARGIN) / bars.getWidth());
        y -= BARCODE_HEIGHT + 8;
        for (int x = 0; x < bars.getWidth(); x++) {
            if (bars.get(x, 0)) {
                page.addRect(MARGIN + x * module, y, module, BARCODE_HEIGHT);
            }
        }
        page.fill();
        text(segment, 10);
    }

    private void text(String text, float size) throws IOException {
        y -= size * 1.5f;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, y);
        page.showText(text);
        page.endText();
    }
}
