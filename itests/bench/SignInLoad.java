import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the sign-in benchmark (run by signin.sh against a running distribution with the
 * captcha switched off and the demo accounts present). Prints sign-ins per second with several
 * clients; the latency of one public call with and without a session to check (a bearer token is
 * checked on every endpoint), p50 and p99; and of an authorized call, listing groups.
 * Bounded: a fixed number of requests, then it stops.
 */
public final class SignInLoad {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:" + args[0];
        int clients = 4;
        int signIns = 200;
        int calls = 3000;

        signIn(base); // warm-up
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<String>> done = new ArrayList<>();
        for (int i = 0; i < signIns; i++) {
            done.add(pool.submit(() -> signIn(base)));
        }
        for (Future<String> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("sign-ins: %d with %d clients in %.2f s = %.1f sign-ins/s%n", signIns, clients, seconds,
                signIns / seconds);

        String token = signIn(base);
        String path = "/api/v1/openapi.json";
        String group = "/api/v1/groups?size=1";
        for (int i = 0; i < 500; i++) { // warm-up every path
            get(base + path, null);
            get(base + path, token);
            get(base + group, token);
        }
        long[] anonymous = new long[calls];
        long[] authenticated = new long[calls];
        long[] authorized = new long[calls];
        for (int i = 0; i < calls; i++) {
            anonymous[i] = get(base + path, null);
            authenticated[i] = get(base + path, token);
            authorized[i] = get(base + group, token);
        }
        Arrays.sort(anonymous);
        Arrays.sort(authenticated);
        Arrays.sort(authorized);
        System.out.printf("GET %s without a session: p50 %.2f ms, p99 %.2f ms%n", path, ms(anonymous, 50), ms(anonymous, 99));
        System.out.printf("GET %s with a session:    p50 %.2f ms, p99 %.2f ms%n", path, ms(authenticated, 50),
                ms(authenticated, 99));
        System.out.printf("added by checking the session: p50 %.2f ms, p99 %.2f ms%n",
                ms(authenticated, 50) - ms(anonymous, 50), ms(authenticated, 99) - ms(anonymous, 99));
        System.out.printf("GET %s signed in as the school (authorized): p50 %.2f ms, p99 %.2f ms%n", group,
                ms(authorized, 50), ms(authorized, 99));
    }

    private static String signIn(String base) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"account\":\"03734301\",\"password\":\"Sojourn-demo-2026\"}"))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("Sign-in failed: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    private static long get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long start = System.nanoTime();
        HttpResponse<Void> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return took;
    }

    private static double ms(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }
}
