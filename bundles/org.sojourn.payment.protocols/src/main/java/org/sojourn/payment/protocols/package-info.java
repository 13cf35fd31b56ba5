/** What the provider protocols share: server-to-server form posts. */
package org.sojourn.payment.protocols;
