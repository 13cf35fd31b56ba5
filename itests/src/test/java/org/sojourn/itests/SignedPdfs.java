package org.sojourn.itests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

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

/** Reads the PDFs Sojourn issues as a reader and a verifier would: their text, and their signature against a certificate. */
final class SignedPdfs {

    private SignedPdfs() {
    }

    /** @return a PDF's text as PDFBox extracts it */
    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** @return whether the PDF's last signature is the certificate's over exactly the bytes it names in this file */
    static boolean signedBy(byte[] pdf, X509Certificate certificate) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            return signature != null && signedBy(signature, signature.getSignedContent(pdf), certificate);
        }
    }

    /** @return whether the PDF signature's CMS is the certificate's over exactly these bytes */
    static boolean signedBy(PDSignature signature, byte[] signedContent, X509Certificate certificate) throws Exception {
        // /Contents is padded with zeros to its reserved size: read the one CMS structure in it.
        try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(in.readObject()));
            SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException changedBytes) {
            return false;
        }
    }

    /** @return the certificate of the development key the distribution made on first start (none is configured in the tests) */
    static X509Certificate developmentCertificate() throws Exception {
        KeyStore development = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("karaf.data"), "sojourn", "documents-development.p12"))) {
            development.load(in, "sojourn-development".toCharArray());
        }
        return (X509Certificate) development.getCertificate("sojourn-development");
    }
}
