package org.sojourn.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B-B: a detached CMS signature ({@code ETSI.CAdES.detached}) made by
 * Bouncy Castle over the byte range PDFBox's external signing hands out, with the signing
 * certificate bound by a signing-certificate-v2 attribute and the signing time in the PDF's
 * signature dictionary rather than in the CMS (as the baseline requires).
 */
final class PadesSigner {

    private PadesSigner() {
    }

    /**
     * @param unsigned a complete PDF
     * @param key      the signing key
     * @param reason   why it is signed, shown by readers
     * @return the PDF with the signature appended as an incremental update
     * @throws IOException when the PDF cannot be read or written
     */
    static byte[] sign(byte[] unsigned, SigningKey key, String reason) throws IOException {
        try (PDDocument document = Loader.loadPDF(unsigned); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName("內政部移民署 National Immigration Agency");
            signature.setReason(reason);
            signature.setSignDate(Calendar.getInstance());
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                document.addSignature(signature, options);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                external.setSignature(cms(external.getContent().readAllBytes(), key));
            }
            return out.toByteArray();
        }
    }

    private static byte[] cms(byte[] content, SigningKey key) throws IOException {
        try {
            ESSCertIDv2 certificateId = new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(key.chain()[0].getEncoded()));
            AttributeTable bound = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certificateId}))));
            JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
            signerInfo.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(bound) {
                @Override
                @SuppressWarnings("rawtypes")
                public AttributeTable getAttributes(Map parameters) {
                    return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
                }
            });
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.key()),
                    key.chain()[0]));
            generator.addCertificates(new JcaCertStore(List.of(key.chain())));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Signing failed", e);
        }
    }
}
