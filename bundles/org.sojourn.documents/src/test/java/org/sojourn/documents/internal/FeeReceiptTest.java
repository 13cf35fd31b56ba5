package org.sojourn.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sojourn.payment.api.FeeReceipt;

/** The fee receipt rendered with the bundled font, signed, and read back as a reader and a verifier would. */
class FeeReceiptTest {

    private static final FeeReceipt RECEIPT = new FeeReceipt("115000000042", Instant.parse("2026-11-21T20:00:00Z"), "151020007",
            "國立示範大學 115 學年度新生", "115696500101", "115696500103", 3, 3000, "102", "card");

    private static final String VERIFY = "https://sojourn.example.test/api/v1/verify/R.115000000042.AAAAAAAAAAAAAAAAAAAAAA";

    @TempDir
    Path keys;

    @Test
    void everyFieldIsOnThePageInBothLanguagesAndTheSignatureHolds() throws Exception {
        SigningKey key = SigningKey.development(keys.resolve("development.p12"));
        byte[] pdf = PadesSigner.sign(Typeface.bundled().lend(font -> FeeReceiptLayout.render(RECEIPT, font, VERIFY)), key, "test");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("內政部移民署 自行收納款項電子收據", "Electronic Receipt of Fees Collected",
                "中華民國115年11月22日", "外字第 115000000042號", "115696500101 ~ 115696500103", "國立示範大學 115 學年度新生",
                "0508580102-1 證照費", "3,000", "新臺幣 參仟元整", "申請證照費", "團號：151020007 線上申辦", "不得為入境臺灣之證明用",
                "does not entitle anyone to enter Taiwan", "主辦出納", "署長", "Verify this receipt", VERIFY)) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
            assertFalse(text.contains("null"));
            PDSignature signature = document.getLastSignatureDictionary();
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            assertTrue(verifies(signature.getContents(), signature.getSignedContent(pdf), key.chain()[0]));

            byte[] changed = pdf.clone();
            int[] range = signature.getByteRange();
            changed[range[0] + range[1] / 2] ^= 1; // one byte inside the signed first range
            assertFalse(verifies(signature.getContents(), signature.getSignedContent(changed), key.chain()[0]),
                    "a byte changed after signing fails");
        }
        assertTrue(pdf.length < 200 * 1024, "a subset font keeps the receipt small: " + pdf.length + " bytes");

        X509Certificate ours = key.chain()[0];
        assertEquals("R.115000000042.AAAAAAAAAAAAAAAAAAAAAA", SignatureCheck.signedCode(pdf, ours).orElseThrow());
        byte[] changed = pdf.clone();
        changed[100] ^= 1;
        assertTrue(SignatureCheck.signedCode(changed, ours).isEmpty(), "changed after signing");
        assertTrue(SignatureCheck.signedCode(java.util.Arrays.copyOf(pdf, pdf.length + 1), ours).isEmpty(), "appended to");
        X509Certificate someoneElse = SigningKey.development(keys.resolve("other.p12")).chain()[0];
        assertTrue(SignatureCheck.signedCode(pdf, someoneElse).isEmpty(), "signed by another key");
        assertThrows(IOException.class, () -> SignatureCheck.signedCode("not a pdf".getBytes(), ours));
    }

    @Test
    void aMissingValueIsNotPrinted() {
        FeeReceipt noGroup = new FeeReceipt("115000000042", Instant.now(), null, "x", "1", "2", 1, 1000, "102", "card");
        assertThrows(IllegalStateException.class, () -> Typeface.bundled().lend(font -> FeeReceiptLayout.render(noGroup, font, VERIFY)));
    }

    /** @return whether the CMS signature is the certificate's over exactly these bytes, PAdES-style */
    private static boolean verifies(byte[] cms, byte[] signedContent, X509Certificate certificate) throws Exception {
        // The signature's /Contents is padded with zeros to its reserved size: read the one CMS structure in it.
        CMSSignedData data;
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            data = new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(in.readObject()));
        }
        Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
        assertEquals(1, signers.size());
        SignerInformation signer = signers.iterator().next();
        assertTrue(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null, "PAdES binds the certificate");
        assertTrue(signer.getSignedAttributes().get(CMSAttributes.signingTime) == null, "PAdES keeps the time out of the CMS");
        assertEquals(new X509CertificateHolder(certificate.getEncoded()),
                data.getCertificates().getMatches(null).iterator().next());
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (org.bouncycastle.cms.CMSException e) {
            return false; // the digest of the changed bytes is not the signed one
        }
    }
}
