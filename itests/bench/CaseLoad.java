import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * Load driver for the case benchmark (run by cases.sh against a running distribution on PostgreSQL
 * with the captcha switched off and the demo accounts present). Prints, measured on loopback so
 * that the figures are the server's time plus a few tenths of a millisecond:
 * 1. uploads of 200 KB scans and the submit of one complete 30-applicant group (4 scans + photo each);
 * 2. group submissions per minute with 20 schools submitting complete 30-applicant groups at once;
 * 3. draft saves (changing an applicant's form) with 50 clerks at once, p50/p99: first clerks pausing about a
 *    second between saves (someone typing), then none pausing at all (saturation);
 * 4. for comparison, the same clerks reading their applicant back.
 * Bounded: fixed amounts of work, then it stops.
 */
public final class CaseLoad {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern GROUP_ID = Pattern.compile("\"groupId\":\"([^\"]+)\"");
    private static final Pattern APPLICANT_ID = Pattern.compile("\"applicantId\":\"([^\"]+)\"");
    private static final List<String> DOCUMENTS = List.of("passport", "residentVisa", "accommodationProof", "other");

    private static String base;
    private static String token;

    public static void main(String[] args) throws Exception {
        base = "http://127.0.0.1:" + args[0];
        token = match(TOKEN, send("POST", "/api/v1/sessions", "application/json",
                "{\"account\":\"03734301\",\"password\":\"Sojourn-demo-2026\"}".getBytes(StandardCharsets.UTF_8), 201));
        byte[] scan200 = scan(200);
        byte[] scan20 = scan(20);
        byte[] photo = photo();

        // 1. One big group: upload and submit times.
        List<Long> uploads = new ArrayList<>();
        complete(group("預熱"), 2, scan20, photo, null, "W"); // warm-up
        String big = group("基準 30 人");
        complete(big, 30, scan200, photo, uploads, "B");
        long submitStart = System.nanoTime();
        send("POST", "/api/v1/groups/" + big + "/submission", "application/json", new byte[0], 200);
        long submitNanos = System.nanoTime() - submitStart;
        System.out.printf("upload of a 200 KB scan: p50 %.1f ms, p99 %.1f ms (%d uploads)%n", percentile(uploads, 50),
                percentile(uploads, 99), uploads.size());
        System.out.printf("submit of a complete 30-applicant group (120 scans + 30 photos): %.0f ms%n", submitNanos / 1e6);

        // 2. Twenty schools submitting at once.
        int schools = 20;
        List<String> ready = new ArrayList<>();
        ExecutorService preparers = Executors.newFixedThreadPool(4);
        List<Future<String>> prepared = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            int school = s;
            prepared.add(preparers.submit(() -> {
                String id = group("學校 " + school);
                complete(id, 30, scan20, photo, null, "S" + school + "X");
                return id;
            }));
        }
        for (Future<String> f : prepared) {
            ready.add(f.get());
        }
        preparers.shutdown();
        ExecutorService submitters = Executors.newFixedThreadPool(schools);
        List<Callable<Long>> submissions = new ArrayList<>();
        for (String id : ready) {
            submissions.add(() -> timed(() -> send("POST", "/api/v1/groups/" + id + "/submission", "application/json",
                    new byte[0], 200)));
        }
        long wallStart = System.nanoTime();
        List<Long> submitTimes = new ArrayList<>();
        for (Future<Long> f : submitters.invokeAll(submissions)) {
            submitTimes.add(f.get());
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        submitters.shutdown();
        System.out.printf("%d schools submitting 30-applicant groups at once: all done in %.2f s = %.0f group submissions/min;"
                + " each submit p50 %.0f ms, max %.0f ms%n", schools, wall, schools / wall * 60, percentile(submitTimes, 50),
                percentile(submitTimes, 100));

        // 3. Fifty clerks saving drafts.
        int clerks = 50;
        int saves = 40;
        List<String[]> drafts = new ArrayList<>();
        for (int c = 0; c < clerks; c++) {
            String id = group("草稿 " + c);
            String applicant = match(APPLICANT_ID, send("POST", "/api/v1/groups/" + id + "/applicants", "application/json",
                    applicantJson("D" + c + "X0001").getBytes(StandardCharsets.UTF_8), 201));
            drafts.add(new String[] {id, applicant});
        }
        for (int pauseMs : new int[] {1000, 0}) {
            ExecutorService savers = Executors.newFixedThreadPool(clerks);
            List<Callable<List<Long>>> work = new ArrayList<>();
            for (String[] draft : drafts) {
                work.add(() -> {
                    Random jitter = new Random(draft[1].hashCode());
                    List<Long> times = new ArrayList<>();
                    for (int i = 0; i < saves; i++) {
                        if (pauseMs > 0) {
                            // A clerk's typing between two saves, spread so that the clerks do not march in step.
                            Thread.sleep(pauseMs / 2 + jitter.nextInt(pauseMs));
                        }
                        String body = "{\"fields\":{\"department\":\"資訊工程學系 " + i + "\",\"phone\":\"0912345" + (100 + i) + "\"}}";
                        times.add(timed(() -> send("PUT", "/api/v1/groups/" + draft[0] + "/applicants/" + draft[1],
                                "application/json", body.getBytes(StandardCharsets.UTF_8), 200)));
                    }
                    return times;
                });
            }
            long saveStart = System.nanoTime();
            List<Long> saveTimes = new ArrayList<>();
            for (Future<List<Long>> f : savers.invokeAll(work)) {
                saveTimes.addAll(f.get());
            }
            double saveWall = (System.nanoTime() - saveStart) / 1e9;
            savers.shutdown();
            System.out.printf("draft saves with %d clerks at once, %s: p50 %.1f ms, p99 %.1f ms (%d saves, %.0f saves/s)%n",
                    clerks, pauseMs > 0 ? "each pausing ~" + pauseMs + " ms between saves" : "no pause between saves",
                    percentile(saveTimes, 50), percentile(saveTimes, 99), saveTimes.size(), saveTimes.size() / saveWall);
        }

        // 4. For comparison: the same clerks reading their applicant back, which costs no write at all.
        List<Callable<List<Long>>> reads = new ArrayList<>();
        for (String[] draft : drafts) {
            reads.add(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < saves; i++) {
                    times.add(timed(() -> send("GET", "/api/v1/groups/" + draft[0] + "/applicants/" + draft[1],
                            "application/json", new byte[0], 200)));
                }
                return times;
            });
        }
        ExecutorService readers = Executors.newFixedThreadPool(clerks);
        long readStart = System.nanoTime();
        List<Long> readTimes = new ArrayList<>();
        for (Future<List<Long>> f : readers.invokeAll(reads)) {
            readTimes.addAll(f.get());
        }
        double readWall = (System.nanoTime() - readStart) / 1e9;
        readers.shutdown();
        System.out.printf("applicant reads with %d clerks at once: p50 %.1f ms, p99 %.1f ms (%d reads, %.0f reads/s)%n", clerks,
                percentile(readTimes, 50), percentile(readTimes, 99), readTimes.size(), readTimes.size() / readWall);
    }

    private static String group(String name) throws Exception {
        return match(GROUP_ID, send("POST", "/api/v1/groups", "application/json", ("{\"consent\":true,\"businessLine\":\"102\","
                + "\"applicationName\":\"" + name + "\",\"pickupOffice\":\"TAIPEI\",\"sender\":{\"name\":\"王小明\","
                + "\"nationalId\":\"A123456789\",\"phone\":\"0223889393\",\"email\":\"clerk@ntu.edu.tw\"}}")
                .getBytes(StandardCharsets.UTF_8), 201));
    }

    private static void complete(String group, int applicants, byte[] scan, byte[] photo, List<Long> uploads, String prefix)
            throws Exception {
        upload("/api/v1/groups/" + group + "/documents/powerOfAttorney", scan, uploads);
        for (int i = 0; i < applicants; i++) {
            String applicant = match(APPLICANT_ID, send("POST", "/api/v1/groups/" + group + "/applicants", "application/json",
                    applicantJson(prefix + (10000 + i)).getBytes(StandardCharsets.UTF_8), 201));
            String path = "/api/v1/groups/" + group + "/applicants/" + applicant + "/documents/";
            for (String document : DOCUMENTS) {
                upload(path + document, scan, uploads);
            }
            upload(path + "photo", photo, null);
        }
    }

    private static void upload(String path, byte[] file, List<Long> times) throws Exception {
        long took = timed(() -> send("POST", path, "image/jpeg", file, 201));
        if (times != null) {
            times.add(took);
        }
    }

    private static String applicantJson(String passport) {
        return "{\"applicantType\":\"foreign\",\"applicationKind\":\"FIRST_APPLICATION\",\"fields\":{"
                + "\"qualification\":\"STUDY\",\"studyStatus\":\"REGISTERED\",\"noChineseName\":\"true\","
                + "\"englishName\":\"Ana Silva\",\"birthDate\":\"2003-04-05\",\"passportNumber\":\"" + passport + "\","
                + "\"passportExpiry\":\"2032-01-01\",\"maritalStatus\":\"SINGLE\",\"sex\":\"F\",\"highestEducation\":\"HIGH_SCHOOL\","
                + "\"department\":\"資訊工程學系\",\"programme\":\"BACHELOR\",\"birthPlace\":\"BR\",\"nationality\":\"BR\","
                + "\"addressPostalCode\":\"106\",\"addressCounty\":\"臺北市\",\"addressDistrict\":\"大安區\","
                + "\"addressStreet\":\"羅斯福路四段\",\"addressNumber\":\"1號\"}}";
    }

    private interface Call {
        void run() throws Exception;
    }

    private static long timed(Call call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    private static String send(String method, String path, String contentType, byte[] body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Sojourn-File-Name", URLEncoder.encode("scan.jpg", StandardCharsets.UTF_8))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("not found in " + body);
        }
        return m.group(1);
    }

    private static double percentile(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** A noisy colour scan of about that many kilobytes: noise barely compresses, as real scans of paper do not either. */
    private static byte[] scan(int kilobytes) throws Exception {
        Random random = new Random(kilobytes);
        int side = (int) Math.sqrt(kilobytes * 1024 / 1.2);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        return encode(image, "jpg");
    }

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(200, 220, 255));
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(230, 180, 150));
        g.fillOval(75, 60, 150, 200);
        g.dispose();
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
