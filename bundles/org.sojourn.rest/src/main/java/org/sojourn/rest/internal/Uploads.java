package org.sojourn.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.core.Response;

import org.sojourn.cases.api.DocumentContent;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.TaiwanAddress;

/** How files travel over HTTP: the raw body in, the stored bytes out with their name. */
final class Uploads {

    private Uploads() {
    }

    /** Read one byte past the agency's limit, so that the core can say the file is too large. */
    private static final int READ_LIMIT = 512 * 1024 + 1;

    /**
     * Reads an upload, but never more than the limit allows: a client sending gigabytes costs the
     * server half a megabyte of memory, and the core refuses the file as too large.
     *
     * @param body the request body
     * @return at most the limit and one byte
     */
    static byte[] read(InputStream body) {
        return read(body, READ_LIMIT);
    }

    /**
     * @param body  the request body
     * @param limit the most bytes to read
     * @return at most {@code limit} bytes
     */
    static byte[] read(InputStream body, int limit) {
        try {
            return body == null ? new byte[0] : body.readNBytes(limit);
        } catch (IOException e) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "UPLOAD_INTERRUPTED", "檔案上傳中斷，請重試。",
                    "The upload was interrupted; try again.");
        }
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
