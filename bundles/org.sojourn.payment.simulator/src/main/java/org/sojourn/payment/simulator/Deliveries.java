package org.sojourn.payment.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.sojourn.payment.protocols.ecpay.Forms;

/**
 * Server-to-server callbacks as providers send them: posted until the merchant acknowledges
 * ({@code 1|OK} for ECPay, HTTP 200 for NewebPay), retried with growing pauses, and bent by the switches.
 */
final class Deliveries {

    private static final int MAX_ATTEMPTS = 8;
    private static final long FIRST_RETRY_MILLIS = 200;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "simulator-callbacks");
        thread.setDaemon(true);
        return thread;
    });
    private final Switches switches;
    private final Deque<Runnable> held = new ArrayDeque<>();
    final AtomicLong attempts = new AtomicLong();
    final AtomicLong acknowledged = new AtomicLong();

    Deliveries(Switches switches) {
        this.switches = switches;
    }

    /**
     * @param url       where to post
     * @param form      the signed form
     * @param ecpayAck  whether the merchant must answer {@code 1|OK} (ECPay) rather than any 200 (NewebPay)
     */
    void send(String url, Map<String, String> form, boolean ecpayAck) {
        if (switches.lose) {
            return;
        }
        Runnable delivery = () -> attempt(url, Forms.encode(form), ecpayAck, 1);
        if (switches.reorder) {
            synchronized (held) {
                held.push(delivery); // released newest first by releaseHeld()
            }
            return;
        }
        timer.schedule(delivery, switches.lateMillis, TimeUnit.MILLISECONDS);
        if (switches.duplicate) {
            timer.schedule(delivery, switches.lateMillis + 50, TimeUnit.MILLISECONDS);
        }
    }

    /** Posts once, whatever the answer: for forged copies, which a merchant must refuse. */
    void sendOnce(String url, Map<String, String> form) {
        timer.execute(() -> attempt(url, Forms.encode(form), true, MAX_ATTEMPTS));
    }

    /** Sends what reorder held back, newest first. */
    int releaseHeld() {
        int count = 0;
        synchronized (held) {
            while (!held.isEmpty()) {
                timer.execute(held.pop());
                count++;
            }
        }
        return count;
    }

    private void attempt(String url, String body, boolean ecpayAck, int attempt) {
        attempts.incrementAndGet();
        boolean taken;
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            taken = response.statusCode() == 200 && (!ecpayAck || "1|OK".equals(response.body().strip()));
        } catch (java.io.IOException e) {
            taken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (taken) {
            acknowledged.incrementAndGet();
        } else if (attempt < MAX_ATTEMPTS) {
            timer.schedule(() -> attempt(url, body, ecpayAck, attempt + 1), FIRST_RETRY_MILLIS << attempt, TimeUnit.MILLISECONDS);
        }
    }

    void stop() {
        timer.shutdownNow();
    }
}
