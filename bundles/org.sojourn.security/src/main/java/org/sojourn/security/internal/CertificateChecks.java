package org.sojourn.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;

/**
 * Verifies a CMS signature over a challenge and the signer's certificate: signature, chain to the
 * trust anchors, validity at the given time, revocation by the CRLs (JDK PKIX), and reads the
 * business number from the certificate subject's serialNumber attribute (2.5.4.5).
 */
final class CertificateChecks {

    private static final JcaX509CertificateConverter CONVERTER = new JcaX509CertificateConverter();

    private CertificateChecks() {
    }

    /** What the files configure: the anchors and the CRLs. */
    record TrustConfiguration(Set<TrustAnchor> anchors, List<CRL> crls) {

        static TrustConfiguration load(String anchorsFile, String crlFiles) throws IOException, GeneralSecurityException {
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            Set<TrustAnchor> anchors = new HashSet<>();
            try (InputStream in = Files.newInputStream(Path.of(anchorsFile))) {
                for (java.security.cert.Certificate certificate : x509.generateCertificates(in)) {
                    anchors.add(new TrustAnchor((X509Certificate) certificate, null));
                }
            }
            List<CRL> crls = new ArrayList<>();
            for (String file : crlFiles.split(",")) {
                if (!file.isBlank()) {
                    try (InputStream in = Files.newInputStream(Path.of(file.strip()))) {
                        crls.addAll(x509.generateCRLs(in));
                    }
                }
            }
            if (anchors.isEmpty()) {
                throw new GeneralSecurityException("No certificate in " + anchorsFile);
            }
            return new TrustConfiguration(anchors, crls);
        }
    }

    /**
     * @param signature the CMS SignedData, DER
     * @param challenge the bytes that must be its encapsulated content
     * @param trust     anchors and CRLs
     * @param at        the moment to judge validity at
     * @return the business number the verified certificate carries
     * @throws DomainException naming what failed
     */
    static String verify(byte[] signature, byte[] challenge, TrustConfiguration trust, Instant at) {
        CMSSignedData cms;
        try {
            cms = new CMSSignedData(signature);
        } catch (CMSException | RuntimeException e) {
            throw refused(ErrorKind.INVALID_INPUT, "MALFORMED_SIGNATURE", "簽章格式錯誤（須為 CMS/PKCS#7）。",
                    "The signature is not a CMS (PKCS#7) SignedData.");
        }
        if (cms.getSignedContent() == null || !java.util.Arrays.equals((byte[]) cms.getSignedContent().getContent(), challenge)
                || cms.getSignerInfos().size() != 1) {
            throw refused(ErrorKind.UNAUTHENTICATED, "SIGNATURE_INVALID", "簽章內容與挑戰值不符。",
                    "The signature is not over the challenge given.");
        }
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        List<X509Certificate> carried = new ArrayList<>();
        X509Certificate leaf = null;
        try {
            for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
                X509Certificate certificate = CONVERTER.getCertificate(holder);
                carried.add(certificate);
                if (signer.getSID().match(holder)) {
                    leaf = certificate;
                }
            }
            // Verify with the bare key: BC's certificate-based verifier would also judge the dates and
            // report an expired certificate as a bad signature; validate() names that precisely.
            if (leaf == null || !signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(leaf.getPublicKey()))) {
                throw refused(ErrorKind.UNAUTHENTICATED, "SIGNATURE_INVALID", "簽章驗證失敗。", "The signature does not verify.");
            }
        } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
            throw refused(ErrorKind.UNAUTHENTICATED, "SIGNATURE_INVALID", "簽章驗證失敗。", "The signature does not verify.");
        }
        validate(leaf, carried, trust, at);
        return businessNumber(leaf);
    }

    private static void validate(X509Certificate leaf, List<X509Certificate> carried, TrustConfiguration trust, Instant at) {
        try {
            leaf.checkValidity(Date.from(at));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw refused(ErrorKind.UNAUTHENTICATED, "CERTIFICATE_EXPIRED", "憑證不在有效期間內。",
                    "The certificate is not valid at this time.");
        }
        try {
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            PKIXParameters parameters = new PKIXParameters(trust.anchors());
            parameters.setDate(Date.from(at));
            Collection<Object> store = new ArrayList<>(carried);
            store.addAll(trust.crls());
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
            parameters.setRevocationEnabled(!trust.crls().isEmpty());
            CertPathValidator.getInstance("PKIX").validate(x509.generateCertPath(chain(leaf, carried, trust)), parameters);
        } catch (CertPathValidatorException e) {
            if (e.getReason() == CertPathValidatorException.BasicReason.REVOKED) {
                throw refused(ErrorKind.UNAUTHENTICATED, "CERTIFICATE_REVOKED", "憑證已被廢止。", "The certificate has been revoked.");
            }
            if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                    || e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                throw refused(ErrorKind.UNAUTHENTICATED, "CERTIFICATE_EXPIRED", "憑證串鏈不在有效期間內。",
                        "A certificate of the chain is not valid at this time.");
            }
            throw untrusted();
        } catch (GeneralSecurityException e) {
            throw untrusted();
        }
    }

    /** The leaf and, issuer by issuer, the carried certificates up to (not including) a trust anchor. */
    private static List<X509Certificate> chain(X509Certificate leaf, List<X509Certificate> carried, TrustConfiguration trust) {
        List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
        X509Certificate current = leaf;
        while (chain.size() < 10 && trust.anchors().stream()
                .noneMatch(anchor -> anchor.getTrustedCert().getSubjectX500Principal().equals(chain.get(chain.size() - 1)
                        .getIssuerX500Principal()))) {
            X509Certificate last = current;
            X509Certificate issuer = carried.stream()
                    .filter(c -> c.getSubjectX500Principal().equals(last.getIssuerX500Principal()) && !c.equals(last))
                    .findFirst().orElse(null);
            if (issuer == null) {
                break;
            }
            chain.add(issuer);
            current = issuer;
        }
        return chain;
    }

    private static String businessNumber(X509Certificate certificate) {
        try {
            X500Name subject = new X509CertificateHolder(certificate.getEncoded()).getSubject();
            RDN[] serials = subject.getRDNs(BCStyle.SERIALNUMBER);
            if (serials.length == 1) {
                return IETFUtils.valueToString(serials[0].getFirst().getValue()).strip();
            }
        } catch (IOException | GeneralSecurityException e) {
            throw untrusted();
        }
        throw refused(ErrorKind.UNAUTHENTICATED, "CERTIFICATE_ACCOUNT_MISMATCH", "憑證未載明統一編號。",
                "The certificate carries no business number.");
    }

    private static DomainException untrusted() {
        return refused(ErrorKind.UNAUTHENTICATED, "CERTIFICATE_UNTRUSTED", "憑證非由受信任的憑證機構簽發。",
                "The certificate was not issued by a trusted authority.");
    }

    private static DomainException refused(ErrorKind kind, String code, String zh, String en) {
        return new DomainException(kind, code, zh, en);
    }

    /** @return the bytes of a base64 text, or the MALFORMED_SIGNATURE refusal */
    static byte[] base64(String text) {
        try {
            return java.util.Base64.getMimeDecoder().decode(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw refused(ErrorKind.INVALID_INPUT, "MALFORMED_SIGNATURE", "簽章格式錯誤（須為 base64）。",
                    "The signature is not base64.");
        }
    }
}
