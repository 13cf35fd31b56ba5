/**
 * Who is calling Sojourn: the roles, the signed-in caller, captchas, sign-in and server-side
 * sessions.
 */
@Version("2.2.0")
package org.sojourn.security.api;

import org.osgi.annotation.versioning.Version;
