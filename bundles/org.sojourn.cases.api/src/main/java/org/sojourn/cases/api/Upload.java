package org.sojourn.cases.api;

/**
 * A file as a client uploads it. Its kind is judged by its content, never by its name.
 *
 * @param fileName the name the client gave it, for display
 * @param content  its bytes
 */
public record Upload(String fileName, byte[] content) {
}
