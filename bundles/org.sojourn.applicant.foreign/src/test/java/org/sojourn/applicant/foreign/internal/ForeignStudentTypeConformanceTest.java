package org.sojourn.applicant.foreign.internal;

import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.testkit.ApplicantTypeConformance;

/** The foreign students' type passes the conformance every plugin runs. */
class ForeignStudentTypeConformanceTest extends ApplicantTypeConformance {

    @Override
    protected ApplicantType type() {
        return new ForeignStudentType();
    }
}
