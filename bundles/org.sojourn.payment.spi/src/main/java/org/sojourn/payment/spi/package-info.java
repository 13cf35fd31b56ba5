/**
 * The payment-channel SPI: what a plugin for one way of paying (card, WebATM, virtual account,
 * e-Government platform, convenience stores, a partner's channel) implements so that the core can
 * start payments, ask the provider about them and read its callbacks without knowing it by name.
 * The core owns the money state; a plugin only translates between the core and its provider.
 */
@Version("1.0.0")
package org.sojourn.payment.spi;

import org.osgi.annotation.versioning.Version;
