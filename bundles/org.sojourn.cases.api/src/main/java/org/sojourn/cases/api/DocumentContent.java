package org.sojourn.cases.api;

/**
 * An uploaded file with its content.
 *
 * @param document what is known about it
 * @param content  its bytes
 */
public record DocumentContent(DocumentView document, byte[] content) {
}
