/**
 * The applicant-type SPI: what a plugin for one applicant type (身分別) implements so that the core
 * can file, check, price and grant its cases without knowing it by name.
 */
@Version("1.2.0")
package org.sojourn.applicant.spi;

import org.osgi.annotation.versioning.Version;
