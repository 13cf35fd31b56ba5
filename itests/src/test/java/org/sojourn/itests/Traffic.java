package org.sojourn.itests;

import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A client that keeps calling some endpoints in a loop while a test changes the system under it
 * (installs or removes a plugin), keeping every answer that is not a 200.
 */
final class Traffic implements Runnable {

    private static final Duration SOON = Duration.ofSeconds(30);

    private final Map<String, Supplier<Http.Answer>> calls;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger requests = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final Thread thread = new Thread(this, "traffic");

    /** @param calls the requests of one round, by name */
    Traffic(Map<String, Supplier<Http.Answer>> calls) {
        this.calls = new LinkedHashMap<>(calls);
    }

    /** @return the traffic, running */
    Traffic start() {
        thread.start();
        return this;
    }

    @Override
    public void run() {
        while (running.get()) {
            calls.forEach((what, call) -> {
                try {
                    Http.Answer answer = call.get();
                    if (answer.status() != 200) {
                        failures.add(what + " " + answer.status() + " " + answer.body());
                    }
                } catch (RuntimeException e) {
                    failures.add(what + ": no answer: " + e);
                }
                requests.incrementAndGet();
            });
        }
    }

    /** Waits until the client has made some more requests: proof it kept running through a change. */
    void awaitMore(int more) throws InterruptedException {
        int count = requests.get() + more;
        long deadline = System.nanoTime() + SOON.toNanos();
        while (requests.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(20); // polling interval of a condition wait
        }
        assertTrue("the client keeps calling", requests.get() >= count);
    }

    /** @return the requests that failed, after stopping the client */
    List<String> stop() throws InterruptedException {
        running.set(false);
        thread.join(SOON.toMillis());
        return List.copyOf(failures);
    }
}
