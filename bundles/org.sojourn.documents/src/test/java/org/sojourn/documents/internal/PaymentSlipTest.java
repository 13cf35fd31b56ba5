package org.sojourn.documents.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sojourn.payment.api.PaymentOrderStatus;
import org.sojourn.payment.api.PaymentOrderView;
import org.sojourn.payment.spi.PayInstructions;

/** A convenience-store slip with its three Code 39 barcodes, read back as a reader would. */
class PaymentSlipTest {

    @Test
    void theThreeBarcodesAndTheDueTimeArePrinted() throws Exception {
        List<String> segments = List.of("151125V01", "SJ2611210000000420", "112500000003000");
        PaymentOrderView order = new PaymentOrderView("7c2d", "SJ261121000000042", "cvs-barcode", "1.0.0", PaymentOrderStatus.PENDING,
                3000, 0, Instant.parse("2026-11-21T02:00:00Z"), Instant.parse("2026-11-24T15:59:00Z"), null,
                List.of(new PaymentOrderView.OrderGroup("151020007", 3, 3000, null)), null,
                new PayInstructions(PayInstructions.Kind.BARCODES, null, null, null, segments, Instant.parse("2026-11-24T15:59:00Z")),
                false);
        byte[] pdf = Typeface.bundled().lend(font -> PaymentSlipLayout.render(order, font));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("規費繳費單", "SJ261121000000042", "NT$ 3,000", "參仟元整", "2026-11-24 23:59", "團號 Group 151020007",
                segments.get(0), segments.get(1), segments.get(2))) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
        }
    }
}
