/** The documents Sojourn issues, as signed PDFs. */
@Version("2.0.0")
package org.sojourn.documents.api;

import org.osgi.annotation.versioning.Version;
