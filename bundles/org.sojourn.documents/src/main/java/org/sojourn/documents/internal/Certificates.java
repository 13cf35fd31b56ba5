package org.sojourn.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.ApplicantFile;
import org.sojourn.cases.api.ApplicantSummary;
import org.sojourn.cases.api.ApplicantView;
import org.sojourn.cases.api.Applications;
import org.sojourn.cases.api.CaseStatus;
import org.sojourn.cases.api.DocumentContent;
import org.sojourn.cases.api.DocumentView;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.Grant;
import org.sojourn.cases.api.GroupView;
import org.sojourn.documents.api.CertificateListing;
import org.sojourn.documents.api.Verification;
import org.sojourn.documents.spi.CertificateContent;
import org.sojourn.documents.spi.CertificateLayout;
import org.sojourn.documents.spi.IssuedCase;
import org.sojourn.payment.api.PaidCase;
import org.sojourn.payment.api.Payments;

/**
 * The certificates and permits of paid cases, each laid out by its applicant type's {@link
 * CertificateLayout}: one as a signed PDF, a group's as a ZIP archive, the download area's list, and
 * what a certificate's verification code answers.
 */
final class Certificates {

    /** The kind a certificate's verification code carries; its number is the case's receipt number. */
    static final String CODE_KIND = "C";
    private static final String PHOTO = "photo";
    private static final Set<CaseStatus> PRINTED = EnumSet.of(CaseStatus.PAID, CaseStatus.CARD_READY, CaseStatus.PICKED_UP);

    private final Applications applications;
    private final Payments payments;
    private final Map<String, CertificateLayout> layouts;
    private final UnaryOperator<String> names;
    private final Press press;

    /**
     * @param layouts the applicant types' layouts by type id, as they come and go
     * @param names   the reference lists' names for coded values
     */
    Certificates(Applications applications, Payments payments, Map<String, CertificateLayout> layouts, UnaryOperator<String> names,
            Press press) {
        this.applications = applications;
        this.payments = payments;
        this.layouts = layouts;
        this.names = names;
        this.press = press;
    }

    byte[] one(Actor actor, String groupNumber, String receiptNumber) {
        GroupView group = applications.group(actor, groupNumber);
        ApplicantSummary summary = group.applicants().stream().filter(a -> receiptNumber != null && receiptNumber.equals(a.receiptNumber()))
                .findFirst().orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "CASE_NOT_FOUND", "查無此收件號。", "No such case."));
        if (summary.status() == CaseStatus.GRANT_REVOKED) {
            throw new DomainException(ErrorKind.CONFLICT, "GRANT_REVOKED", "此案件核發之證件已廢止，不能下載。",
                    "The document of this case has been revoked; it cannot be downloaded.");
        }
        if (!PRINTED.contains(summary.status())) {
            throw notPaid();
        }
        return render(prepare(actor, group, summary).orElseThrow(Certificates::noCertificate));
    }

    byte[] archive(Actor actor, String groupNumber) {
        // The cases and their photos in one read: a read per case and per photo made a group's archive 61 transactions.
        List<ApplicantFile> paid = applications.applicants(actor, groupNumber, PHOTO).stream()
                .filter(read -> PRINTED.contains(read.applicant().summary().status())).toList();
        if (paid.isEmpty()) {
            throw notPaid();
        }
        List<Prepared> prepared = paid.stream().map(read -> prepare(read.applicant(), read.file())).flatMap(Optional::stream).toList();
        if (prepared.isEmpty()) {
            throw noCertificate();
        }
        // Rendering and signing is CPU work on data already read: every core takes a share.
        List<byte[]> pdfs = prepared.parallelStream().map(this::render).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED); // PDFs are compressed already; the archive only bundles them
            for (int i = 0; i < pdfs.size(); i++) {
                zip.putNextEntry(new ZipEntry(prepared.get(i).receiptNumber() + "r.pdf"));
                zip.write(pdfs.get(i));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    List<CertificateListing> list(Actor actor, String groupNumber, String receiptNumber, LocalDate paidFrom, LocalDate paidTo) {
        return payments.paidCases(actor, groupNumber, receiptNumber, paidFrom, paidTo).stream()
                .map(paid -> new CertificateListing(paid.groupNumber(), paid.receiptNumber(),
                        (paid.chineseName().isBlank() ? "" : paid.chineseName() + " ") + paid.englishName(), paid.grant().documentKind(),
                        paid.grant().validFrom(), paid.grant().validUntil(), paid.paidAt(), prints(paid.applicantType(), paid.grant())))
                .toList();
    }

    /**
     * @param receiptNumber the case a genuine code names
     * @param today         the Taiwan day, for expiry
     * @return the certificate's standing, with the holder's initials only
     */
    Verification verify(String receiptNumber, LocalDate today) {
        Optional<PaidCase> found = payments.issuedCase(receiptNumber);
        if (found.isEmpty()) {
            return new Verification(true, "CERTIFICATE", null, null, "REVOKED", null, null, null, null, null);
        }
        PaidCase paid = found.get();
        Grant grant = paid.grant();
        String status = paid.status() == CaseStatus.GRANT_REVOKED ? "REVOKED"
                : paid.supersededBy() != null ? "SUPERSEDED"
                : grant.validUntil().isBefore(today) ? "EXPIRED" : "VALID";
        return new Verification(true, "CERTIFICATE", grant.certificateNumber(), paid.groupNumber(), status, paid.paidAt(), null,
                initials(paid.englishName(), paid.chineseName()), grant.validFrom(), grant.validUntil());
    }

    /** @return {@code A. S.} for Ana Silva; {@code 李○○} for a Chinese name alone */
    static String initials(String english, String chinese) {
        if (!english.isBlank()) {
            return Arrays.stream(english.strip().split("[\\s,]+"))
                    .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + ".").collect(Collectors.joining(" "));
        }
        if (chinese.isBlank()) {
            return null;
        }
        int first = chinese.strip().codePointAt(0);
        return new String(Character.toChars(first)) + "○".repeat((int) chinese.strip().codePoints().count() - 1);
    }

    private boolean prints(String applicantType, Grant grant) {
        CertificateLayout layout = layouts.get(applicantType);
        return layout != null && grant != null && layout.documentKinds().contains(grant.documentKind());
    }

    /** Reads what one case's document shows; empty when its grant is not printed here. */
    private Optional<Prepared> prepare(Actor actor, GroupView group, ApplicantSummary summary) {
        ApplicantView view = applications.applicant(actor, group.groupId(), summary.applicantId());
        if (!prints(summary.applicantType(), view.grant())) {
            return Optional.empty();
        }
        DocumentView photo = view.documents().stream().filter(d -> PHOTO.equals(d.documentType())).reduce((older, newer) -> newer)
                .orElseThrow(() -> new IllegalStateException("A paid case without its photo"));
        return prepare(view, applications.document(actor, group.groupId(), photo.documentId()));
    }

    /**
     * @param view  a paid case
     * @param photo its photo
     * @return what its document shows; empty when its grant is not printed here
     */
    private Optional<Prepared> prepare(ApplicantView view, DocumentContent photo) {
        ApplicantSummary summary = view.summary();
        if (!prints(summary.applicantType(), view.grant())) {
            return Optional.empty();
        }
        if (photo == null) {
            throw new IllegalStateException("A paid case without its photo");
        }
        CertificateContent content = layouts.get(summary.applicantType()).content(new IssuedCase(summary.applicantType(),
                summary.receiptNumber(), view.groupNumber(), view.grant(), view.fields(), names));
        return Optional.of(new Prepared(summary.receiptNumber(), content, photo.content()));
    }

    private byte[] render(Prepared prepared) {
        CertificateContent content = prepared.content();
        return press.signed(font -> CertificateRenderer.render(content, prepared.photo(), font,
                press.verifyUrl(CODE_KIND, prepared.receiptNumber())), content.titleZh() + " " + content.titleEn());
    }

    private static DomainException notPaid() {
        return new DomainException(ErrorKind.CONFLICT, "NOT_PAID", "此案件尚未繳費，沒有證件可下載。",
                "This case is not paid yet; there is no certificate to download.");
    }

    private static DomainException noCertificate() {
        return new DomainException(ErrorKind.CONFLICT, "NO_CERTIFICATE", "此案件的證件由服務站製發，無電子證件可下載。",
                "This case's document is made at a service center; there is no electronic certificate to download.");
    }

    /** One case's document, read and ready to draw. */
    private record Prepared(String receiptNumber, CertificateContent content, byte[] photo) {
    }
}
