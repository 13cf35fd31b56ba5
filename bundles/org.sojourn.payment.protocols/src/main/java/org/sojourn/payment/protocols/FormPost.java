package org.sojourn.payment.protocols;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.sojourn.payment.spi.ProviderUnavailableException;

/** Server-to-server form posts to a provider, with timeouts; any trouble is {@link ProviderUnavailableException}. */
public final class FormPost {

    private final HttpClient client;
    private final Duration timeout;

    /** @param timeout how long to wait for a connection and for the answer */
    public FormPost(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * @param url  the provider's endpoint
     * @param form the form body
     * @return the answer's body
     * @throws ProviderUnavailableException when the provider cannot be reached, is too slow or does not answer 200
     */
    public String post(String url, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new ProviderUnavailableException("the provider answered HTTP " + response.statusCode(), null);
            }
            return response.body();
        } catch (IOException e) {
            throw new ProviderUnavailableException("the provider cannot be reached: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("interrupted", e);
        }
    }
}
