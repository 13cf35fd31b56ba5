package org.sojourn.itests;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test certificate authority made with Bouncy Castle, written as PEM files: a CA and its CRL, and
 * organisation certificates for schools — valid, revoked, expired, and one from a CA Sojourn does
 * not trust. Subjects carry the school's business number in serialNumber, as organisation
 * certificates do.
 */
final class TestPki {

    /** The certificates written, each as {@code <name>.cert.pem} and {@code <name>.key.pem}. */
    static final String VALID = "valid";
    static final String REVOKED = "revoked";
    static final String EXPIRED = "expired";
    static final String UNTRUSTED = "untrusted";
    static final String OTHER_SCHOOL = "other-school";

    private TestPki() {
    }

    /**
     * @return a new folder holding {@code ca.pem}, {@code crl.pem} and the certificates above
     */
    static Path create() {
        try {
            Path folder = Files.createDirectories(Path.of("target", "test-pki", UUID.randomUUID().toString()).toAbsolutePath());
            Instant now = Instant.now();
            KeyPair ca = keyPair();
            X500Name caName = new X500Name("CN=Sojourn Test Organisation CA, O=Sojourn Tests, C=TW");
            X509Certificate caCert = certificate(caName, ca, caName, ca, BigInteger.ONE, now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(365)), true);
            write(folder.resolve("ca.pem"), caCert);

            leaf(folder, VALID, "03734301", ca, caName, BigInteger.valueOf(10), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
            leaf(folder, REVOKED, "03734301", ca, caName, BigInteger.valueOf(11), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
            leaf(folder, EXPIRED, "03734301", ca, caName, BigInteger.valueOf(12), now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(1)));
            leaf(folder, OTHER_SCHOOL, "04595257", ca, caName, BigInteger.valueOf(13), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
            KeyPair stranger = keyPair();
            X500Name strangerName = new X500Name("CN=Some Other CA, C=TW");
            leaf(folder, UNTRUSTED, "03734301", stranger, strangerName, BigInteger.valueOf(14), now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(30)));

            X509v2CRLBuilder crl = new X509v2CRLBuilder(caName, Date.from(now.minus(Duration.ofMinutes(5))));
            crl.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            crl.addCRLEntry(BigInteger.valueOf(11), Date.from(now.minus(Duration.ofMinutes(5))), CRLReason.keyCompromise);
            X509CRLHolder signed = crl.build(signer(ca));
            try (JcaPEMWriter pem = new JcaPEMWriter(Files.newBufferedWriter(folder.resolve("crl.pem")))) {
                pem.writeObject(signed);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void leaf(Path folder, String name, String businessNumber, KeyPair issuer, X500Name issuerName,
            BigInteger serial, Instant from, Instant to) throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPair keys = keyPair();
        X500Name subject = new X500Name("CN=國立示範大學, SERIALNUMBER=" + businessNumber + ", O=Sojourn Tests, C=TW");
        write(folder.resolve(name + ".cert.pem"), certificate(subject, keys, issuerName, issuer, serial, from, to, false));
        StringWriter key = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(key)) {
            pem.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(keys.getPrivate(), null));
        }
        Files.writeString(folder.resolve(name + ".key.pem"), key.toString(), StandardCharsets.US_ASCII);
    }

    private static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys,
            BigInteger serial, Instant from, Instant to, boolean ca) throws GeneralSecurityException, OperatorCreationException,
            IOException {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial, Date.from(from), Date.from(to),
                subject, subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuerKeys)));
    }

    private static ContentSigner signer(KeyPair keys) throws OperatorCreationException {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static void write(Path file, Object object) throws IOException {
        try (JcaPEMWriter pem = new JcaPEMWriter(Files.newBufferedWriter(file))) {
            pem.writeObject(object);
        }
    }
}
