import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.sojourn.cases.api.Actor;
import org.sojourn.documents.internal.PdfDocuments;
import org.sojourn.payment.api.FeeReceipt;
import org.sojourn.payment.api.Payments;

/**
 * Load driver for the documents benchmark (run by documents.sh): fee receipts rendered with the
 * bundled font and signed with a development key, one thread and then all cores; prints receipts per
 * second and the size of one. The payment data comes from a stand-in: this measures the PDF work alone.
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
        PdfDocuments documents = new PdfDocuments(new Development(), payments, null, null);
        Actor clerk = new Actor(1, "SCHOOL_MAIN", Actor.Reach.SCHOOL, "03734301", "國立示範大學", java.util.Set.of());
        int size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            size = documents.feeReceipt(clerk, "151020007").length;
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            documents.feeReceipt(clerk, "151020007");
        }
        double oneThread = RUNS / ((System.nanoTime() - start) / 1e9);
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        start = System.nanoTime();
        List<Future<byte[]>> all = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            all.add(pool.submit(() -> documents.feeReceipt(clerk, "151020007")));
        }
        for (Future<byte[]> done : all) {
            done.get();
        }
        double allCores = RUNS / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();
        System.out.printf("fee receipt, rendered and signed: %,d bytes%n", size);
        System.out.printf("one thread:        %6.1f receipts/s%n", oneThread);
        System.out.printf("%d threads (cores): %6.1f receipts/s%n", cores, allCores);
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
