/** Notifications: the transactional mail outbox and bilingual mail templates. */
@Version("1.1.0")
package org.sojourn.notify.api;

import org.osgi.annotation.versioning.Version;
