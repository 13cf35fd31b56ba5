package org.sojourn.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for one Sojourn node, as a school system or a browser would call it. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One answer.
     *
     * @param status      the HTTP status
     * @param contentType the Content-Type header, or empty
     * @param body        the body as text
     * @param location    the Location header, or empty
     */
    public record Answer(int status, String contentType, String body, String location) {

        /** @return the body as JSON */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;
    private final String apiKey;

    /** @param port the node's HTTP port on this machine */
    public Http(int port) {
        this("http://127.0.0.1:" + port, null, null);
    }

    private Http(String base, String token, String apiKey) {
        this.base = base;
        this.token = token;
        this.apiKey = apiKey;
    }

    /** @return where this client sends its requests, e.g. {@code http://127.0.0.1:8181} */
    public String base() {
        return base;
    }

    /**
     * @param base another server's base URL, e.g. the payment provider simulator's
     * @return a client for it
     */
    public static Http at(String base) {
        return new Http(base, null, null);
    }

    /**
     * @param path a path
     * @param key  the Idempotency-Key header
     * @param json a JSON body
     * @return the answer
     */
    public Answer postJson(String path, String key, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * @param bearer a session token
     * @return a client that sends it with every request
     */
    public Http withToken(String bearer) {
        return new Http(base, bearer, null);
    }

    /**
     * @param key an API key
     * @return a client that sends it with every request ({@code X-Api-Key}), as a school's system does
     */
    public Http withApiKey(String key) {
        return new Http(base, null, key);
    }

    /**
     * @param path a path
     * @param json a JSON body
     * @return the answer to PUT
     */
    public Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * @param path a path
     * @return the answer to DELETE
     */
    public Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /**
     * @param path a path such as {@code /api/v1/health}
     * @return the answer
     */
    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /**
     * @param path   a path
     * @param accept the Accept header, as a browser sends it
     * @return the answer
     */
    public Answer get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    /**
     * @param path        a path
     * @param contentType the request's Content-Type
     * @param body        the request body
     * @return the answer
     */
    public Answer post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Uploads a file as the raw request body, as the web front end does.
     *
     * @param path     a path
     * @param fileName the file's name, sent percent-encoded in {@code Sojourn-File-Name}
     * @param content  the file
     * @return the answer
     */
    public Answer upload(String path, String fileName, byte[] content) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/octet-stream")
                .header("Sojourn-File-Name", java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /**
     * @param path a path
     * @return the body's bytes of a 200 answer
     */
    public byte[] download(String path) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /**
     * @param path a path
     * @param json a JSON body
     * @return the answer
     */
    public Answer postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    /**
     * Asks {@code path} until an answer satisfies {@code done}, as a load balancer's health check
     * would; connection failures count as not done.
     *
     * @param path    a path
     * @param done    when to stop asking
     * @param timeout how long to keep asking
     * @return the first satisfying answer
     */
    public Answer await(String path, Predicate<Answer> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path);
                if (done.test(last)) {
                    return last;
                }
            } catch (RuntimeException notListeningYet) {
                last = null;
            }
            pause();
        }
        throw new AssertionError("No satisfying answer from " + path + " within " + timeout + "; last: " + last);
    }

    /**
     * Posts JSON to {@code path} until an answer satisfies {@code done}.
     *
     * @param path    a path
     * @param json    the body
     * @param done    when to stop
     * @param timeout how long to keep trying
     * @return the first satisfying answer
     */
    public Answer awaitPost(String path, String json, Predicate<Answer> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            last = postJson(path, json);
            if (done.test(last)) {
                return last;
            }
            pause();
        }
        throw new AssertionError("No satisfying answer from POST " + path + " within " + timeout + "; last: " + last);
    }

    private static void pause() {
        try {
            // Polling interval of a condition wait, not a fixed sleep standing in for one.
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (apiKey != null) {
                request.header("X-Api-Key", apiKey);
            }
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
