package org.sojourn.documents.spi;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by an applicant-type plugin, with the service property {@value #APPLICANT_TYPE} naming
 * its type: the content of the certificate or permit a paid case of that type receives.
 */
@ConsumerType
public interface CertificateLayout {

    /** The service property naming the applicant type whose documents this lays out. */
    String APPLICANT_TYPE = "sojourn.documents.applicantType";

    /**
     * @param issued the paid case
     * @return the document's content, or empty when the case's grant is not printed by Sojourn (an IC
     *         card made at the card desk)
     */
    Optional<CertificateContent> content(IssuedCase issued);
}
