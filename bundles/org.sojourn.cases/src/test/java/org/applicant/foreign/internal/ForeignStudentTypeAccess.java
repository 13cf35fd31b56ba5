package org.sojourn.applicant.foreign.internal;

import org.sojourn.applicant.spi.ApplicantType;

/** Lets the core's tests use the real foreign-student plugin outside OSGi. */
public final class ForeignStudentTypeAccess {

    private ForeignStudentTypeAccess() {
    }

    /** @return the plugin, as DS would create it */
    public static ApplicantType create() {
        return new ForeignStudentType();
    }
}
