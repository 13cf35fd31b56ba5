import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.sojourn.applicant.spi.forms.ResidentCertificateLayout;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.ApplicantFile;
import org.sojourn.cases.api.ApplicantSummary;
import org.sojourn.cases.api.ApplicantView;
import org.sojourn.cases.api.Applications;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.DocumentContent;
import org.sojourn.cases.api.DocumentView;
import org.sojourn.cases.api.Grant;
import org.sojourn.cases.api.GroupView;
import org.sojourn.cases.api.ReferenceData;
import org.sojourn.documents.internal.PdfDocuments;
import org.sojourn.documents.spi.CertificateLayout;
import org.sojourn.payment.api.FeeReceipt;
import org.sojourn.payment.api.Payments;

/**
 * Load driver for the documents benchmark (run by documents.sh): fee receipts and 6-month electronic
 * resident certificates (with a photo) rendered with the bundled font and signed with a development
 * key, one thread and then all cores, and a 30-certificate group archive; prints documents per second,
 * the size of one and the archive's time. The case and payment data come from stand-ins: this
 * measures the PDF work alone.
 */
public final class DocumentLoad {

    private static final int WARM_UP = 30;
    private static final int RUNS = 300;

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("sojourn-documents");
        System.setProperty("karaf.data", data.toString());
        FeeReceipt receipt = new FeeReceipt("115000000042", Instant.now(), "151020007", "國立示範大學 115 學年度新生",
                "115696500101", "115696500130", 30, 30000, "102", "card");
        Payments payments = (Payments) Proxy.newProxyInstance(Payments.class.getClassLoader(), new Class<?>[] {Payments.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("feeReceipt")) {
                        return receipt;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        GroupView group = group();
        Applications applications = (Applications) Proxy.newProxyInstance(Applications.class.getClassLoader(),
                new Class<?>[] {Applications.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "group" -> group;
                    case "applicant" -> applicant(group, (String) arguments[2]);
                    case "document" -> new DocumentContent(null, PHOTO);
                    case "applicants" -> group.applicants().stream().map(summary -> new ApplicantFile(
                            applicant(group, summary.applicantId()), new DocumentContent(null, PHOTO))).toList();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        ReferenceData reference = (ReferenceData) Proxy.newProxyInstance(ReferenceData.class.getClassLoader(),
                new Class<?>[] {ReferenceData.class}, (proxy, method, arguments) -> List.of());
        PdfDocuments documents = new PdfDocuments(new Development(), payments, applications, reference);
        // What DS does when the foreign type's plugin registers its layout (the bind method is not public).
        java.lang.reflect.Method bind = PdfDocuments.class.getDeclaredMethod("addLayout", CertificateLayout.class, Map.class);
        bind.setAccessible(true);
        bind.invoke(documents, new ResidentCertificateLayout() { }, Map.of(CertificateLayout.APPLICANT_TYPE, "foreign"));
        Actor clerk = new Actor(1, "SCHOOL_MAIN", Actor.Reach.SCHOOL, "03734301", "國立示範大學", java.util.Set.of());

        measure("fee receipts", () -> documents.feeReceipt(clerk, "151020007"));
        measure("6-month certificates", () -> documents.certificate(clerk, "151020007", "115696500101"));
        for (int i = 0; i < 5; i++) {
            documents.certificateArchive(clerk, "151020007");
        }
        long best = Long.MAX_VALUE;
        int size = 0;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            size = documents.certificateArchive(clerk, "151020007").length;
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("30-certificate group archive: %,d bytes, best of 10: %.0f ms%n", size, best / 1e6);
    }

    private static final byte[] PHOTO = photo();

    /** Renders one document kind WARM_UP times, then RUNS times on one thread and on every core. */
    private static void measure(String what, Callable<byte[]> render) throws Exception {
        int size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            size = render.call().length;
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            render.call();
        }
        double oneThread = RUNS / ((System.nanoTime() - start) / 1e9);
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        start = System.nanoTime();
        List<Future<byte[]>> all = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            all.add(pool.submit(render));
        }
        for (Future<byte[]> done : all) {
            done.get();
        }
        double allCores = RUNS / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();
        System.out.printf("%s, rendered and signed: %,d bytes each%n", what, size);
        System.out.printf("  one thread:        %6.1f /s%n", oneThread);
        System.out.printf("  %d threads (cores): %6.1f /s%n", cores, allCores);
    }

    /** A paid group of 30 admitted students, each with a 6-month certificate. */
    private static GroupView group() {
        List<ApplicantSummary> applicants = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            applicants.add(new ApplicantSummary(String.valueOf(i), i, "foreign", "1.0.0", "外籍生", "Foreign student", false,
                    "FIRST_APPLICATION", CaseStatus.PAID, String.valueOf(115696500100L + i), true, "Ana Silva", "席安娜"));
        }
        return new GroupView("g", "151020007", "102", "國立示範大學 115 學年度新生", "SCHOOL", "TAIPEI", null, false, "03734301",
                Instant.now(), Instant.now(), Instant.now(), Instant.now(), List.of(), applicants);
    }

    private static ApplicantView applicant(GroupView group, String id) {
        ApplicantSummary summary = group.applicants().get(Integer.parseInt(id) - 1);
        Map<String, String> form = Map.ofEntries(Map.entry("chineseName", "席安娜"), Map.entry("englishName", "Ana Silva"),
                Map.entry("birthDate", "2003-04-05"), Map.entry("passportNumber", "P" + (1234500 + Integer.parseInt(id))),
                Map.entry("sex", "F"), Map.entry("nationality", "BR"), Map.entry("addressPostalCode", "106"),
                Map.entry("addressCounty", "臺北市"), Map.entry("addressDistrict", "大安區"), Map.entry("addressStreet", "羅斯福路四段"),
                Map.entry("addressNumber", "1號"));
        Grant grant = new Grant(1000, "E_CERTIFICATE_6_MONTHS", LocalDate.now(), LocalDate.now().plusMonths(6), "A8000000" + id);
        DocumentView photo = new DocumentView("p" + id, "photo", "photo.jpg", "image/jpeg", PHOTO.length, "", Instant.now());
        return new ApplicantView(summary, group.groupId(), group.groupNumber(), form, List.of(), List.of(photo), grant, null,
                List.of());
    }

    /** A passport photo's size and detail: 413 × 531 pixels (35 × 45 mm at 300 dpi), JPEG. */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(413, 531, BufferedImage.TYPE_INT_RGB);
        java.util.Random noise = new java.util.Random(42);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, ((x * 255 / 413) << 16) | ((y * 255 / 531) << 8) | noise.nextInt(64));
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** No keystore configured: the development key. */
    private static final class Development implements PdfDocuments.Config {
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
