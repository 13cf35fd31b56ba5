import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for plugins.sh: install/uninstall cycles of the exchange-student plugin through
 * {@code /api/v1/admin/plugins} under a concurrent client, with the JVM's heap and classes read
 * by jcmd and jstat to show whether class loaders of removed plugins are collected.
 */
public final class PluginCycles {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"(?:groupId|applicantId)\":\"([^\"]+)\"");
    private static final String FEATURE = "sojourn-applicant-exchange";

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:" + args[0];
        String pid = args[1];
        String version = args[2];
        int cycles = Integer.parseInt(args[3]);
        String admin = signIn(base, "admin");
        String clerk = signIn(base, "03734301");
        String applicant = foreignDraft(base, clerk);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread traffic = new Thread(() -> {
            int i = 0;
            while (running.get()) {
                count(requests, failures, "health", send(base + "/api/v1/health", null, "GET", null));
                count(requests, failures, "draft save", send(base + applicant, clerk, "PUT",
                        "{\"fields\":{\"department\":\"Department " + (i++) + "\"}}"));
                count(requests, failures, "progress", send(base + "/api/v1/progress", clerk, "GET", null));
            }
        });
        traffic.start();

        long[] listed = new long[cycles];
        long[] refused = new long[cycles];
        memory(pid, 0);
        for (int cycle = 0; cycle < cycles; cycle++) {
            long start = System.nanoTime();
            expect(200, send(base + "/api/v1/admin/plugins", admin, "POST", "{\"feature\":\"" + FEATURE + "\"}"));
            while (!send(base + "/api/v1/applicant-types", null, "GET", null).body().contains("\"id\":\"exchange\"")) {
                Thread.sleep(5);
            }
            listed[cycle] = System.nanoTime() - start;
            start = System.nanoTime();
            expect(200, send(base + "/api/v1/admin/plugins/" + FEATURE + "/" + version, admin, "DELETE", null));
            while (send(base + "/api/v1/applicant-types", null, "GET", null).body().contains("\"id\":\"exchange\"")) {
                Thread.sleep(5);
            }
            refused[cycle] = System.nanoTime() - start;
            if ((cycle + 1) % 10 == 0) {
                memory(pid, cycle + 1);
            }
        }
        running.set(false);
        traffic.join();
        report("install -> listed", listed);
        report("uninstall -> refused", refused);
        System.out.printf("concurrent client: %d requests, %d failed%s%n", requests.get(), failures.size(),
                failures.isEmpty() ? "" : " " + failures.subList(0, Math.min(5, failures.size())));
    }

    private static void memory(String pid, int cycle) throws Exception {
        run("jcmd", pid, "GC.run");
        String heap = run("jcmd", pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
        String[] classes = run("jstat", "-class", pid).strip().split("\\n")[1].trim().split("\\s+");
        System.out.printf("after %2d cycles: heap used %,d KB, classes loaded %s, unloaded %s%n", cycle,
                used.find() ? Long.parseLong(used.group(1)) : -1, classes[0], classes[2]);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-22s p50 %6.0f ms   p95 %6.0f ms   max %6.0f ms%n", name, sorted[sorted.length / 2] / 1e6,
                sorted[Math.max(0, sorted.length * 95 / 100 - 1)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static void count(AtomicInteger requests, List<String> failures, String what, HttpResponse<String> answer) {
        requests.incrementAndGet();
        if (answer == null || answer.statusCode() != 200) {
            failures.add(what + " " + (answer == null ? "no answer" : answer.statusCode()));
        }
    }

    private static String foreignDraft(String base, String clerk) {
        String group = id(send(base + "/api/v1/groups", clerk, "POST", "{\"consent\":true,\"businessLine\":\"102\","
                + "\"applicationName\":\"bench\",\"pickupOffice\":\"TAIPEI\"}"));
        String applicant = id(send(base + "/api/v1/groups/" + group + "/applicants", clerk, "POST",
                "{\"applicantType\":\"foreign\",\"applicationKind\":\"FIRST_APPLICATION\",\"fields\":{\"englishName\":\"Ana Silva\"}}"));
        return "/api/v1/groups/" + group + "/applicants/" + applicant;
    }

    private static String id(HttpResponse<String> answer) {
        expect(201, answer);
        Matcher matcher = ID.matcher(answer.body());
        matcher.find();
        return matcher.group(1);
    }

    private static void expect(int status, HttpResponse<String> answer) {
        if (answer == null || answer.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ": " + (answer == null ? "no answer" : answer.body()));
        }
    }

    private static String signIn(String base, String login) {
        HttpResponse<String> answer = send(base + "/api/v1/sessions", null, "POST",
                "{\"account\":\"" + login + "\",\"password\":\"Sojourn-demo-2026\"}");
        Matcher matcher = TOKEN.matcher(answer.body());
        if (!matcher.find()) {
            throw new IllegalStateException("sign-in of " + login + " failed: " + answer.body());
        }
        return matcher.group(1);
    }

    private static HttpResponse<String> send(String url, String token, String method, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
