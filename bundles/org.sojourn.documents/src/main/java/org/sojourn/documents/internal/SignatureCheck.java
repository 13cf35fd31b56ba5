package org.sojourn.documents.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a PDF file against the key documents are signed with: the last signature must be that
 * key's over every byte of the file (nothing changed, nothing appended after signing); then the
 * document's verification code is read from its text.
 */
final class SignatureCheck {

    private static final Pattern CODE = Pattern.compile("/api/v1/verify/([A-Z]{1,4}\\.[0-9A-Za-z-]{1,40}\\.[A-Za-z0-9_-]{22})");

    private SignatureCheck() {
    }

    /**
     * @param pdf         the file
     * @param certificate the signing key's certificate
     * @return the document's verification code when the file is signed by that key, whole; else empty
     * @throws IOException when it is not a PDF
     */
    static Optional<String> signedCode(byte[] pdf, X509Certificate certificate) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            if (signature == null) {
                return Optional.empty();
            }
            int[] range = signature.getByteRange();
            if (range == null || range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length
                    || !signedBy(signature.getContents(), signature.getSignedContent(pdf), certificate)) {
                return Optional.empty();
            }
            Matcher code = CODE.matcher(new PDFTextStripper().getText(document));
            return code.find() ? Optional.of(code.group(1)) : Optional.empty();
        }
    }

    private static boolean signedBy(byte[] contents, byte[] signedContent, X509Certificate certificate) throws IOException {
        // /Contents is padded with zeros to its reserved size: read the one CMS structure in it.
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(in.readObject()));
            for (SignerInformation signer : data.getSignerInfos().getSigners()) {
                if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                    return true;
                }
            }
            return false;
        } catch (CMSException | OperatorCreationException | RuntimeException notOurs) {
            return false;
        }
    }
}
