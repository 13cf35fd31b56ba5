package org.sojourn.cases.api;

import java.time.Instant;

/**
 * One uploaded file, without its content.
 *
 * @param documentId   the file's id
 * @param documentType the document type's code, e.g. {@code passport}
 * @param fileName     the name it was uploaded with
 * @param mediaType    the media type found in its content, e.g. {@code image/png}
 * @param size         its size in bytes
 * @param sha256       its SHA-256, hex, so that a client can tell two uploads apart
 * @param uploadedAt   when it was uploaded
 */
public record DocumentView(String documentId, String documentType, String fileName, String mediaType, long size,
        String sha256, Instant uploadedAt) {
}
