/**
 * Building blocks for applicant types of students applying for residence: the common student form
 * (§3), its documents (§8), study programmes with their validity caps, and a base type that the
 * foreign and overseas Chinese student plugins extend. Plugins may use them or not.
 */
@Version("1.3.0")
package org.sojourn.applicant.spi.forms;

import org.osgi.annotation.versioning.Version;
