/** Notifications: the transactional mail outbox. */
@Version("1.0.0")
package org.sojourn.notify.api;

import org.osgi.annotation.versioning.Version;
