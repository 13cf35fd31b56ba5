/**
 * The core's payment service as the web layer calls it: payable groups, quotes, orders with
 * idempotency keys, provider callbacks, discrepancies for officers.
 */
@Version("1.3.0")
package org.sojourn.payment.api;

import org.osgi.annotation.versioning.Version;
