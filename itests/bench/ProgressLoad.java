import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the progress benchmark (run by progress.sh after it loaded 200,000 cases): each
 * common query 200 times, one after another, as an officer (every case) and as the demo school
 * (5,000 cases), and the school's dashboard; prints p50 and p99. Then the exports to .xlsx (the
 * officer's whole list of 10,000 groups, a queue, the school's list), 10 downloads each: p50 and
 * max. Bounded: a fixed number of requests.
 */
public final class ProgressLoad {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final int RUNS = 200;
    private static final int EXPORTS = 10;

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:" + args[0];
        String officer = signIn(base, "officer-first");
        String school = signIn(base, "03734301");
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("first page, newest first", "");
        queries.put("status group UNDER_REVIEW", "?statusGroup=UNDER_REVIEW");
        queries.put("name starts with 'lee'", "?name=lee");
        queries.put("receipt number", "?receiptNumber=100696500042");
        queries.put("group number", "?groupNumber=101020042");
        queries.put("birth date", "?birthDate=1999-03-15");
        queries.put("submitted in March 2025, oldest first", "?submittedFrom=2025-03-01&submittedTo=2025-03-31&sort=oldest");
        queries.put("page 100", "?page=100");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            report("officer (200,000 cases): " + query.getKey(), base + "/api/v1/progress" + query.getValue(), officer);
        }
        for (Map.Entry<String, String> query : queries.entrySet()) {
            report("school (5,000 cases):    " + query.getKey(), base + "/api/v1/progress" + query.getValue(), school);
        }
        report("school (5,000 cases):    dashboard", base + "/api/v1/dashboard", school);
        report("officer (200,000 cases): dashboard", base + "/api/v1/dashboard", officer);

        export("officer: progress export, every group", base + "/api/v1/progress.xlsx", base + "/api/v1/progress?size=1", officer);
        String queue = "?status=AWAITING_FIRST_REVIEW&submittedFrom=2025-01-01&submittedTo=2025-05-11";
        export("officer: first-review queue export, Jan-May 2025", base + "/api/v1/review/queue.xlsx" + queue,
                base + "/api/v1/review/queue" + queue + "&size=1", officer);
        export("school: progress export, every group", base + "/api/v1/progress.xlsx", base + "/api/v1/progress?size=1", school);
    }

    /** Times a download of an export, EXPORTS times after two warm-ups; the row count comes from the JSON list. */
    private static void export(String name, String url, String countUrl, String token) throws Exception {
        HttpRequest count = HttpRequest.newBuilder(URI.create(countUrl)).header("Authorization", "Bearer " + token).GET().build();
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(CLIENT.send(count, HttpResponse.BodyHandlers.ofString()).body());
        total.find();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
        long[] nanos = new long[EXPORTS];
        long bytes = 0;
        for (int i = -2; i < EXPORTS; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
            bytes = response.body().length;
        }
        Arrays.sort(nanos);
        System.out.printf("%-50s %,7d rows %,6d KB   p50 %6.0f ms   max %6.0f ms%n", name, Long.parseLong(total.group(1)),
                bytes / 1024, nanos[EXPORTS / 2] / 1e6, nanos[EXPORTS - 1] / 1e6);
    }

    private static void report(String name, String url, String token) throws Exception {
        for (int i = 0; i < 20; i++) {
            get(url, token); // warm-up
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            nanos[i] = get(url, token);
        }
        Arrays.sort(nanos);
        System.out.printf("%-62s p50 %6.1f ms   p99 %6.1f ms%n", name, nanos[RUNS / 2] / 1e6, nanos[RUNS * 99 / 100 - 1] / 1e6);
    }

    private static long get(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return took;
    }

    private static String signIn(String base, String login) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"account\":\"" + login + "\",\"password\":\"Sojourn-demo-2026\"}",
                        StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("sign-in as " + login + " failed: " + response.body());
        }
        return m.group(1);
    }
}
