/**
 * Schools' admission and registration lists as other bundles see them: the template, the import
 * with its dry run, and the nationalities.
 */
@Version("1.0.0")
package org.sojourn.roster.api;

import org.osgi.annotation.versioning.Version;
