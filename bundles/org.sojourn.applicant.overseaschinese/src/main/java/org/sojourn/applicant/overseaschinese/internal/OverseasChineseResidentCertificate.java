package org.sojourn.applicant.overseaschinese.internal;

import org.osgi.service.component.annotations.Component;
import org.sojourn.applicant.spi.forms.ResidentCertificateLayout;
import org.sojourn.documents.spi.CertificateLayout;

/** The overseas Chinese student's 6-month electronic resident certificate, as the student-residence types print it. */
@Component(service = CertificateLayout.class, property = CertificateLayout.APPLICANT_TYPE + "=" + OverseasChineseStudentType.ID)
public final class OverseasChineseResidentCertificate extends ResidentCertificateLayout {
}
