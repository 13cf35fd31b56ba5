package org.sojourn.applicant.overseaschinese.internal;

import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.testkit.ApplicantTypeConformance;

/** The overseas Chinese students' type passes the conformance every plugin runs. */
class OverseasChineseStudentTypeConformanceTest extends ApplicantTypeConformance {

    @Override
    protected ApplicantType type() {
        return new OverseasChineseStudentType();
    }
}
