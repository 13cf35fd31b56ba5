package org.sojourn.rest.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.core.Response;

import org.sojourn.cases.api.DocumentContent;
import org.sojourn.cases.api.TaiwanAddress;

/** How files travel over HTTP: the raw body in, the stored bytes out with their name. */
final class Uploads {

    private Uploads() {
    }

    /** @return the file name a client sent in the {@code Sojourn-File-Name} header, percent-encoded UTF-8 allowed */
    static String fileName(String header) {
        if (header == null) {
            return null;
        }
        try {
            return URLDecoder.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return header;
        }
    }

    /** @return the file, with its media type and name, never rendered inline as HTML */
    static Response download(DocumentContent file) {
        String encoded = URLEncoder.encode(file.document().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.document().mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** @return an address on one line as the agency prints it */
    static String oneLine(TaiwanAddress address) {
        TaiwanAddress a = address.normalized();
        StringBuilder line = new StringBuilder(a.postalCode()).append(a.county()).append(a.district()).append(a.village());
        if (!a.neighbourhood().isEmpty()) {
            line.append(a.neighbourhood()).append("鄰");
        }
        line.append(a.street());
        if (!a.lane().isEmpty()) {
            line.append(a.lane()).append("巷");
        }
        if (!a.alley().isEmpty()) {
            line.append(a.alley()).append("弄");
        }
        return line.append(a.number()).toString();
    }
}
