package org.sojourn.documents.spi;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by an applicant-type plugin, with the service property {@value #APPLICANT_TYPE} naming
 * its type: the content of the certificates or permits its paid cases receive.
 */
@ConsumerType
public interface CertificateLayout {

    /** The service property naming the applicant type whose documents this lays out. */
    String APPLICANT_TYPE = "sojourn.documents.applicantType";

    /**
     * @return the grants this layout prints, by {@link org.sojourn.cases.api.Grant#documentKind()}; a
     *         grant of another kind is not printed by Sojourn (an IC card made at the card desk)
     */
    Set<String> documentKinds();

    /**
     * @param issued a paid case whose grant is of one of the {@link #documentKinds()}
     * @return the document's content
     */
    CertificateContent content(IssuedCase issued);
}
