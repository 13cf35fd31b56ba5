package org.sojourn.payment.spi;

import java.util.Map;
import java.util.Objects;

/** What starting a payment gives: a form for the browser, instructions to pay later, or the result. */
public sealed interface Initiation {

    /**
     * The payer's browser posts a form to the provider's hosted page.
     *
     * @param url    the provider's page
     * @param method {@code POST} or {@code GET}
     * @param fields the form's fields, in order, signature included
     */
    record Redirect(String url, String method, Map<String, String> fields) implements Initiation {
        /** Keeps the fields' order. */
        public Redirect {
            Objects.requireNonNull(url, "url");
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }

    /**
     * The payer pays later with what the provider issued at once (a slip).
     *
     * @param instructions the account, code or barcodes
     */
    record Instructions(PayInstructions instructions) implements Initiation {
    }

    /**
     * The provider decided at once.
     *
     * @param result its answer
     */
    record Immediate(ProviderResult result) implements Initiation {
    }
}
