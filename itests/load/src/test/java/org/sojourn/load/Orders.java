package org.sojourn.load;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a payment order's answer for what the payer's browser does next: post the signed form to the provider. */
final class Orders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Orders() {
    }

    static String providerUrl(String order) {
        return read(order).at("/redirect/url").asText();
    }

    static Map<String, Object> providerForm(String order) {
        Map<String, Object> form = new LinkedHashMap<>();
        read(order).at("/redirect/fields").fields().forEachRemaining(field -> form.put(field.getKey(), field.getValue().asText()));
        return form;
    }

    private static JsonNode read(String order) {
        try {
            return JSON.readTree(order);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
