/**
 * What an applicant-type plugin provides so that Sojourn prints its certificates and permits: the
 * content of each, in its own order and words; the documents bundle draws, signs and serves it.
 */
@Version("2.0.0")
package org.sojourn.documents.spi;

import org.osgi.annotation.versioning.Version;
