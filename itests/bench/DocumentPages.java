import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Method;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.sojourn.applicant.foreign.internal.ForeignResidentCertificate;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.ApplicantSummary;
import org.sojourn.cases.api.ApplicantView;
import org.sojourn.cases.api.Applications;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.DocumentContent;
import org.sojourn.cases.api.DocumentView;
import org.sojourn.cases.api.Grant;
import org.sojourn.cases.api.GroupView;
import org.sojourn.cases.api.ReferenceData;
import org.sojourn.cases.api.ReferenceEntry;
import org.sojourn.documents.internal.PdfDocuments;
import org.sojourn.documents.spi.CertificateLayout;
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
        ApplicantSummary summary = new ApplicantSummary("a1", 1, "foreign", "1.0.0", "外生", "Foreign student", false, "FIRST_APPLICATION",
                CaseStatus.PAID, "115696500101", true, "Ana Silva", "席安娜");
        GroupView group = new GroupView("g1", "151020007", "102", "國立示範大學 115 學年度新生", "SELF_PICKUP", "TAIPEI", null, false,
                "03734301", paid, paid, paid, paid, List.of(), List.of(summary));
        DocumentView photo = new DocumentView("d1", "photo", "photo.png", "image/png", 0, "", paid);
        Map<String, String> form = Map.ofEntries(Map.entry("chineseName", "席安娜"), Map.entry("englishName", "Ana Silva"),
                Map.entry("birthDate", "2003-04-05"), Map.entry("passportNumber", "P1234567"), Map.entry("sex", "F"),
                Map.entry("nationality", "BR"), Map.entry("addressPostalCode", "106"), Map.entry("addressCounty", "臺北市"),
                Map.entry("addressDistrict", "大安區"), Map.entry("addressStreet", "羅斯福路四段"), Map.entry("addressNumber", "1號"));
        ApplicantView applicant = new ApplicantView(summary, "g1", "151020007", form, List.of(), List.of(photo),
                new Grant(1000, "E_CERTIFICATE_6_MONTHS", LocalDate.of(2026, 11, 22), LocalDate.of(2027, 5, 21), "A800000014"), null,
                List.of());
        Applications applications = (Applications) Proxy.newProxyInstance(Applications.class.getClassLoader(),
                new Class<?>[] {Applications.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "group" -> group;
                    case "applicant" -> applicant;
                    case "document" -> new DocumentContent(photo, portrait());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        ReferenceData reference = (ReferenceData) Proxy.newProxyInstance(ReferenceData.class.getClassLoader(),
                new Class<?>[] {ReferenceData.class}, (proxy, method, arguments) -> List.of(new ReferenceEntry("BR", "巴西", "Brazil", null, null)));
        PdfDocuments documents = new PdfDocuments(new Example(), payments, applications, reference);
        // The applicant type's layout, bound as Declarative Services would bind it.
        Method bind = PdfDocuments.class.getDeclaredMethod("addLayout", CertificateLayout.class, Map.class);
        bind.setAccessible(true);
        bind.invoke(documents, new ForeignResidentCertificate(), Map.of(CertificateLayout.APPLICANT_TYPE, "foreign"));
        Actor clerk = new Actor(1, "SCHOOL_MAIN", Actor.Reach.SCHOOL, "03734301", "國立示範大學", Set.of());
        page(documents.feeReceipt(clerk, "151020007"), out.resolve("fee-receipt.png"));
        page(documents.paymentSlip(clerk, "7c2d"), out.resolve("payment-slip.png"));
        page(documents.certificate(clerk, "151020007", "115696500101"), out.resolve("resident-certificate.png"));
    }

    /** @return a made-up passport photo: a grey figure on a pale ground, 300 by 400 */
    private static byte[] portrait() throws Exception {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(235, 240, 245));
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(120, 130, 140));
        g.fillOval(95, 70, 110, 140);
        g.fillRoundRect(45, 230, 210, 200, 120, 120);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
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
