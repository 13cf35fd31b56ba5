/** The conformance test a payment-channel plugin runs in its own build. */
@Version("1.0.0")
package org.sojourn.payment.testkit;

import org.osgi.annotation.versioning.Version;
