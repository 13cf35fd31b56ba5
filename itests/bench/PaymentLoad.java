import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sojourn.payment.protocols.ecpay.CheckMac;
import org.sojourn.payment.protocols.ecpay.EcpayProvider;
import org.sojourn.payment.protocols.ecpay.Forms;

/**
 * Load driver for the payment benchmark (run by payments.sh against a running distribution on
 * PostgreSQL whose card channel points at a provider simulator, with 14,000 approved one-case groups
 * of the demo school loaded). Prints:
 * 1. payment initiation (POST /api/v1/payments, card) with 20 payers at once: p50/p95/p99 and rate;
 * 2. provider callbacks with 20 concurrent senders, 30 % of them duplicates, signed as ECPay signs
 *    them: callbacks per second, and how many were not acknowledged with 1|OK;
 * 3. the repair job's catch-up: 10,000 orders paid at the provider whose callbacks were all lost,
 *    settled by one officer-started repair run: its duration and rate.
 * payments.sh then counts, in the tables, that every payment was applied exactly once.
 * Usage: java -cp <simulator jar> PaymentLoad.java sojournPort simulatorPort ecpayKey ecpayIv
 */
public final class PaymentLoad {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");
    private static final Pattern AMOUNT = Pattern.compile("\"amountTwd\":(\\d+)");
    private static final Pattern FIELDS = Pattern.compile("\"fields\":\\{([^}]*)\\}");
    private static final Pattern FIELD = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final int SENDERS = 20;
    private static final int CALLBACK_ORDERS = 4_000;
    private static final int REPAIR_ORDERS = 10_000;

    private static String sojourn;
    private static String simulator;

    record Order(String reference, long amount, Map<String, String> form) {
    }

    public static void main(String[] args) throws Exception {
        sojourn = "http://127.0.0.1:" + args[0];
        simulator = "http://127.0.0.1:" + args[1];
        EcpayProvider provider = new EcpayProvider("3000001", new CheckMac(args[2], args[3]));
        String school = signIn("03734301");
        String officer = signIn("officer-first");

        // 1. Initiation: 20 payers at once, one group per order; the first 200 warm up.
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        List<Order> orders = inParallel(CALLBACK_ORDERS, i -> start(school, i, i < 200 ? null : latencies));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("initiation (card, %d payers at once): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %.0f orders/s (%d orders)%n",
                SENDERS, percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99), orders.size() / seconds,
                orders.size());

        // 2. Callbacks: each order's signed success once, 30 % of all deliveries a repeat, shuffled, 20 senders.
        Instant paidAt = Instant.now();
        List<String> deliveries = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            Order order = orders.get(i);
            deliveries.add(Forms.encode(provider.paid(order.reference(), order.amount(), String.format("26%012d", i), "Credit_CreditCard",
                    paidAt)));
        }
        int duplicates = (int) Math.round(orders.size() * 0.3 / 0.7);
        Random random = new Random(7);
        for (int i = 0; i < duplicates; i++) {
            deliveries.add(deliveries.get(random.nextInt(orders.size())));
        }
        Collections.shuffle(deliveries, random);
        AtomicInteger refused = new AtomicInteger();
        started = System.nanoTime();
        inParallel(deliveries.size(), i -> {
            HttpResponse<String> answer = send("POST", sojourn + "/api/v1/callbacks/card", null, "application/x-www-form-urlencoded",
                    deliveries.get(i), null);
            if (answer.statusCode() != 200 || !answer.body().startsWith("1|OK")) {
                refused.incrementAndGet();
            }
            return null;
        });
        seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("callbacks (%d senders, %d deliveries of which %d duplicates): %.0f callbacks/s in %.1f s; not acknowledged: %d%n",
                SENDERS, deliveries.size(), duplicates, deliveries.size() / seconds, seconds, refused.get());

        // 3. Repair: 10,000 more orders paid at the provider, every callback lost; one repair run settles them.
        check(send("POST", simulator + "/sim/switches", null, "application/x-www-form-urlencoded", "lose=true", null), 200);
        List<Order> lost = inParallel(REPAIR_ORDERS, i -> {
            Order order = start(school, CALLBACK_ORDERS + i, null);
            check(send("POST", simulator + "/Cashier/AioCheckOut/V5", null, "application/x-www-form-urlencoded",
                    Forms.encode(order.form()), null), 200);
            check(send("POST", simulator + "/sim/pay", null, "application/x-www-form-urlencoded",
                    "reference=" + order.reference() + "&outcome=paid", null), 200);
            return order;
        });
        started = System.nanoTime();
        HttpResponse<String> repaired = send("POST", sojourn + "/api/v1/payment-desk/repair", officer, "application/json", "",
                Duration.ofMinutes(15));
        seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("repair catch-up: %d pending orders paid at the provider, callbacks lost: %.1f s (%.0f orders/s); answer %s%n",
                lost.size(), seconds, lost.size() / seconds, repaired.body());
    }

    private static Order start(String school, int index, List<Long> latencies) {
        String group = String.format("%02d102%04d", 10 + index / 9999, 1 + index % 9999);
        long begin = System.nanoTime();
        HttpResponse<String> answer = send("POST", sojourn + "/api/v1/payments", school, "application/json",
                "{\"groupNumbers\":[\"" + group + "\"],\"channelId\":\"card\"}", null, "Idempotency-Key", UUID.randomUUID().toString());
        if (latencies != null) {
            latencies.add(System.nanoTime() - begin);
        }
        check(answer, 201);
        Map<String, String> form = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(match(FIELDS, answer.body()));
        while (field.find()) {
            form.put(unescape(field.group(1)), unescape(field.group(2)));
        }
        return new Order(match(REFERENCE, answer.body()), Long.parseLong(match(AMOUNT, answer.body())), form);
    }

    private static String signIn(String account) {
        HttpResponse<String> answer = send("POST", sojourn + "/api/v1/sessions", null, "application/json",
                "{\"account\":\"" + account + "\",\"password\":\"Sojourn-demo-2026\"}", null);
        check(answer, 201);
        return match(TOKEN, answer.body());
    }

    private static <T> List<T> inParallel(int count, IntFunction<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> work.apply(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static HttpResponse<String> send(String method, String url, String token, String contentType, String body, Duration timeout,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout == null ? Duration.ofSeconds(60) : timeout)
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + url + ": " + e, e);
        }
    }

    private static void check(HttpResponse<String> answer, int expected) {
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not found in " + body);
        }
        return m.group(1);
    }

    /** JSON string escapes, as Jackson writes them. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static double percentile(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
