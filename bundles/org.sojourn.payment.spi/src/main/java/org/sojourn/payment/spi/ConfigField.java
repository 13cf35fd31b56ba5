package org.sojourn.payment.spi;

/**
 * One property of a channel's configuration, as administrators see it.
 *
 * @param name        the property name in the plugin's configuration PID
 * @param description what it is
 * @param required    whether the channel cannot work without it
 * @param secret      whether it is a key: never shown, logged or stored outside the configuration
 */
public record ConfigField(String name, String description, boolean required, boolean secret) {
}
