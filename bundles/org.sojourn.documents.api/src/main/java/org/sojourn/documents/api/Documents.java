package org.sojourn.documents.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.sojourn.cases.api.Actor;

/** The PDFs Sojourn issues, each signed with the agency's key. */
@ProviderType
public interface Documents {

    /**
     * The fee receipt (自行收納款項電子收據) of a paid group, the document shown at the counter to pick up
     * the IC card.
     *
     * @param actor       the group's owner or an officer
     * @param groupNumber the group
     * @return the signed PDF
     * @throws org.sojourn.cases.api.DomainException {@code GROUP_NOT_FOUND}, or {@code NOT_PAID} (409)
     */
    byte[] feeReceipt(Actor actor, String groupNumber);

    /**
     * A paid case's certificate or permit, laid out by its applicant type's {@link
     * org.sojourn.documents.spi.CertificateLayout}, with the applicant's photo.
     *
     * @param actor         the case's owner or an officer
     * @param groupNumber   the case's group
     * @param receiptNumber the case
     * @return the signed PDF
     * @throws org.sojourn.cases.api.DomainException {@code GROUP_NOT_FOUND} or {@code CASE_NOT_FOUND},
     *                                               {@code NOT_PAID} (409), {@code GRANT_REVOKED} (409), or
     *                                               {@code NO_CERTIFICATE} (409) when the case's grant is not
     *                                               printed (an IC card)
     */
    byte[] certificate(Actor actor, String groupNumber, String receiptNumber);

    /**
     * A group's certificates and permits as one ZIP archive of {@code {receiptNumber}r.pdf} files, each
     * signed: every paid case of the group whose grant Sojourn prints.
     *
     * @param actor       the group's owner or an officer
     * @param groupNumber the group
     * @return the archive
     * @throws org.sojourn.cases.api.DomainException {@code GROUP_NOT_FOUND}, {@code NOT_PAID} (409) when no case
     *                                               of the group is paid, or {@code NO_CERTIFICATE} (409) when
     *                                               none of its paid cases is printed
     */
    byte[] certificateArchive(Actor actor, String groupNumber);

    /**
     * The download area's permit list: the caller's paid cases, newest payment first, at most 500.
     *
     * @param actor         the payer's side or an officer
     * @param groupNumber   only this group, or null
     * @param receiptNumber only this case, or null
     * @param paidFrom      paid on or after this Taiwan day, or null
     * @param paidTo        paid on or before this Taiwan day, or null
     * @return the cases
     */
    List<CertificateListing> certificates(Actor actor, String groupNumber, String receiptNumber, LocalDate paidFrom,
            LocalDate paidTo);

    /**
     * The slip to pay an offline order at a bank or a convenience store: amount, due date, the
     * groups it pays, and the virtual account, the store code or the three Code 39 barcodes the
     * channel returned, printable on A4.
     *
     * @param payer   the order's payer
     * @param orderId the order's id
     * @return the signed PDF
     * @throws org.sojourn.cases.api.DomainException {@code ORDER_NOT_FOUND}, or {@code NO_SLIP} (409) for
     *                                               an order paid on line or not yet given its instructions
     */
    byte[] paymentSlip(Actor payer, String orderId);

    /**
     * Checks a document's verification code (printed as a QR code and a link on the document), for
     * anyone, without signing in.
     *
     * @param code the code
     * @return whether it is genuine and the document's current status
     * @throws org.sojourn.cases.api.DomainException {@code MALFORMED_CODE} (400) for what cannot be a code
     */
    Verification verify(String code);

    /**
     * Checks a PDF file itself: genuine only when it carries Sojourn's signature over every byte of
     * it — a file changed after signing, or with anything appended, is not — and then by its code.
     *
     * @param pdf the file, at most 5 MB
     * @return whether it is genuine and the document's current status
     * @throws org.sojourn.cases.api.DomainException {@code NOT_A_PDF} (400) for what is not a PDF
     */
    Verification verifyFile(byte[] pdf);
}
