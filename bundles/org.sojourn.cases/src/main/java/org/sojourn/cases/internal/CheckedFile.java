package org.sojourn.cases.internal;

/**
 * An upload that passed every check, ready to store.
 *
 * @param fileName  the name to show, cleaned
 * @param mediaType the media type its content shows
 * @param content   its bytes
 * @param sha256    its SHA-256, hex
 */
record CheckedFile(String fileName, String mediaType, byte[] content, String sha256) {
}
