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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.sojourn.applicant.foreign.internal.ForeignResidentCertificate;
import org.sojourn.applicant.hkmacao.internal.InspectionFormLayout;
import org.sojourn.applicant.mainland.internal.MainlandPermitLayout;
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
        DocumentView photo = new DocumentView("d1", "photo", "photo.png", "image/png", 0, "", paid);
        Map<String, String> address = Map.of("addressPostalCode", "106", "addressCounty", "臺北市", "addressDistrict", "大安區",
                "addressStreet", "羅斯福路四段", "addressNumber", "1號");
        Map<String, GroupView> groups = new HashMap<>();
        Map<String, ApplicantView> applicants = new HashMap<>();
        paidCase(groups, applicants, "151020007", "foreign", "115696500101", "Ana Silva", join(address, Map.of("chineseName", "席安娜",
                "englishName", "Ana Silva", "birthDate", "2003-04-05", "passportNumber", "P1234567", "sex", "F", "nationality", "BR")),
                new Grant(1000, "E_CERTIFICATE_6_MONTHS", LocalDate.of(2026, 11, 22), LocalDate.of(2027, 5, 21), "A800000014"), photo, paid);
        paidCase(groups, applicants, "151160007", "mainland", "115636000101", "", join(address, Map.of("relation", "SELF",
                "chineseName", "李小華", "pinyinName", "LI XIAOHUA", "sex", "F", "birthDate", "2004-03-15", "birthProvince", "福建省",
                "travelPermitNumber", "T12345678", "school", "國立示範大學", "department", "資訊工程學系")),
                new Grant(600, "SINGLE_ENTRY_STUDY_PERMIT", LocalDate.of(2026, 11, 22), LocalDate.of(2027, 5, 21), "M800000011"), photo, paid);
        paidCase(groups, applicants, "151080003", "hk-macao", "115610800101", "CHAN Mei Ling", join(address, Map.ofEntries(
                Map.entry("region", "HK"), Map.entry("chineseName", "陳美玲"), Map.entry("englishName", "CHAN Mei Ling"), Map.entry("sex", "F"),
                Map.entry("birthDate", "2003-11-02"), Map.entry("permanentIdNumber", "A123456(3)"),
                Map.entry("travelDocumentKind", "HKSAR_PASSPORT"), Map.entry("travelDocumentNumber", "K12345678"),
                Map.entry("travelDocumentExpiry", "2031-05-01"), Map.entry("entryPermitNumber", "H98765432"),
                Map.entry("entryDate", "2026-09-01"), Map.entry("school", "國立示範大學"), Map.entry("department", "法律學系"))),
                new Grant(1000, "HK_MACAO_RESIDENCE_PERMIT", LocalDate.of(2026, 11, 22), LocalDate.of(2030, 8, 31), "H800000013"), photo, paid);
        byte[] portrait = portrait();
        Applications applications = (Applications) Proxy.newProxyInstance(Applications.class.getClassLoader(),
                new Class<?>[] {Applications.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "group" -> groups.get((String) arguments[1]);
                    case "applicant" -> applicants.get((String) arguments[2]);
                    case "document" -> new DocumentContent(photo, portrait);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        ReferenceData reference = (ReferenceData) Proxy.newProxyInstance(ReferenceData.class.getClassLoader(),
                new Class<?>[] {ReferenceData.class}, (proxy, method, arguments) -> List.of(new ReferenceEntry("BR", "巴西", "Brazil", null, null)));
        PdfDocuments documents = new PdfDocuments(new Example(), payments, applications, reference);
        // The applicant type's layout, bound as Declarative Services would bind it.
        Method bind = PdfDocuments.class.getDeclaredMethod("addLayout", CertificateLayout.class, Map.class);
        bind.setAccessible(true);
        bind.invoke(documents, new ForeignResidentCertificate(), Map.of(CertificateLayout.APPLICANT_TYPE, "foreign"));
        bind.invoke(documents, new MainlandPermitLayout(), Map.of(CertificateLayout.APPLICANT_TYPE, "mainland"));
        bind.invoke(documents, new InspectionFormLayout(), Map.of(CertificateLayout.APPLICANT_TYPE, "hk-macao"));
        Actor clerk = new Actor(1, "SCHOOL_MAIN", Actor.Reach.SCHOOL, "03734301", "國立示範大學", Set.of());
        page(documents.feeReceipt(clerk, "151020007"), out.resolve("fee-receipt.png"));
        page(documents.paymentSlip(clerk, "7c2d"), out.resolve("payment-slip.png"));
        page(documents.certificate(clerk, "151020007", "115696500101"), out.resolve("resident-certificate.png"));
        page(documents.certificate(clerk, "151160007", "115636000101"), out.resolve("mainland-permit.png"));
        page(documents.certificate(clerk, "151080003", "115610800101"), out.resolve("hk-macao-inspection-form.png"));
    }

    /** One paid case alone in its group, with its photo. */
    private static void paidCase(Map<String, GroupView> groups, Map<String, ApplicantView> applicants, String group, String type,
            String receipt, String englishName, Map<String, String> form, Grant grant, DocumentView photo, Instant paid) {
        ApplicantSummary summary = new ApplicantSummary(receipt, 1, type, "1.0.0", type, type, false, "FIRST_APPLICATION",
                CaseStatus.PAID, receipt, true, englishName, form.get("chineseName"));
        groups.put(group, new GroupView(group, group, group.substring(2, 5), "國立示範大學 115 學年度新生", "SELF_PICKUP", "TAIPEI", null,
                false, "03734301", paid, paid, paid, paid, List.of(), List.of(summary)));
        applicants.put(receipt, new ApplicantView(summary, group, group, form, List.of(), List.of(photo), grant, null, List.of()));
    }

    private static Map<String, String> join(Map<String, String> one, Map<String, String> other) {
        Map<String, String> both = new HashMap<>(one);
        both.putAll(other);
        return both;
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
