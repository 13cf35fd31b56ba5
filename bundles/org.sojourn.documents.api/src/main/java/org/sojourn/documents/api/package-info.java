/** The documents Sojourn issues, as signed PDFs. */
@Version("1.0.0")
package org.sojourn.documents.api;

import org.osgi.annotation.versioning.Version;
