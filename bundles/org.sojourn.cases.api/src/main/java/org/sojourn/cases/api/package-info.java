/**
 * The case model as other bundles see it: groups, applicants, documents, statuses, reviews and their numbers, the domain error every
 * bundle throws, database status, and the service properties plugins register under.
 */
@Version("3.5.0")
package org.sojourn.cases.api;

import org.osgi.annotation.versioning.Version;
