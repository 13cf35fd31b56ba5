import java.awt.image.BufferedImage;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.sojourn.cases.api.Actor;
import org.sojourn.documents.internal.PdfDocuments;
import org.sojourn.payment.api.FeeReceipt;
import org.sojourn.payment.api.PaymentOrderStatus;
import org.sojourn.payment.api.PaymentOrderView;
import org.sojourn.payment.api.Payments;
import org.sojourn.payment.spi.PayInstructions;

/**
 * Renders one page of each document Sojourn issues to PNG for the README (run by document-pages.sh),
 * from made-up data, with the development key.
 */
public final class DocumentPages {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        System.setProperty("karaf.data", Files.createTempDirectory("sojourn-pages").toString());
        Instant paid = Instant.parse("2026-11-21T06:30:00Z");
        FeeReceipt receipt = new FeeReceipt("115000000042", paid, "151020007", "國立示範大學 115 學年度新生", "115696500101",
                "115696500103", 3, 3000, "102", "card");
        PaymentOrderView slip = new PaymentOrderView("7c2d", "SJ261121000000042", "cvs-barcode", "1.0.0", PaymentOrderStatus.PENDING,
                3000, 0, paid, Instant.parse("2026-11-24T15:59:00Z"), null,
                List.of(new PaymentOrderView.OrderGroup("151020007", 3, 3000, null)), null,
                new PayInstructions(PayInstructions.Kind.BARCODES, null, null, null,
                        List.of("151125V01", "SJ2611210000000420", "112500000003000"), Instant.parse("2026-11-24T15:59:00Z")), false);
        Payments payments = (Payments) Proxy.newProxyInstance(Payments.class.getClassLoader(), new Class<?>[] {Payments.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "feeReceipt" -> receipt;
                    case "order" -> slip;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        PdfDocuments documents = new PdfDocuments(new Example(), payments);
        Actor clerk = new Actor(1, "SCHOOL_MAIN", Actor.Reach.SCHOOL, "03734301", "國立示範大學", Set.of());
        page(documents.feeReceipt(clerk, "151020007"), out.resolve("fee-receipt.png"));
        page(documents.paymentSlip(clerk, "7c2d"), out.resolve("payment-slip.png"));
    }

    private static void page(byte[] pdf, Path png) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            ImageIO.write(image, "png", png.toFile());
            System.out.println(png + ": " + Files.size(png) + " bytes");
        }
    }

    /** The development key; the example address. */
    private static final class Example implements PdfDocuments.Config {
        @Override
        public String keystore() {
            return "";
        }

        @Override
        public String keystorePassword() {
            return "";
        }

        @Override
        public String alias() {
            return "";
        }

        @Override
        public String publicUrl() {
            return "https://sojourn.example.test";
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return PdfDocuments.Config.class;
        }
    }
}
