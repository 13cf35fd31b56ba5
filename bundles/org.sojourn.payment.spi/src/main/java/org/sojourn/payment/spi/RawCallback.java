package org.sojourn.payment.spi;

import java.util.List;
import java.util.Map;

/**
 * A callback request exactly as it arrived: never a pre-parsed map, so that the plugin checks the
 * signature over what the provider really sent.
 *
 * @param method        the HTTP method
 * @param contentType   the Content-Type header, null when absent
 * @param body          the body's bytes
 * @param headers       the headers, names lower-case
 * @param query         the query string's parameters
 * @param remoteAddress the sender's network address
 */
public record RawCallback(String method, String contentType, byte[] body, Map<String, List<String>> headers,
        Map<String, List<String>> query, String remoteAddress) {

    /** Copies the maps. */
    public RawCallback {
        body = body == null ? new byte[0] : body.clone();
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
