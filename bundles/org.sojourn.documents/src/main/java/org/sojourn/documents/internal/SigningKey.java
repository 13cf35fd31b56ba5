package org.sojourn.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The key documents are signed with and its certificate chain, from a PKCS#12 keystore.
 *
 * @param key   the private key
 * @param chain the certificate first, then its issuers
 */
record SigningKey(PrivateKey key, X509Certificate[] chain) {

    /** The password of the development keystore: it protects nothing, it only lets tools open the file. */
    static final char[] DEVELOPMENT_PASSWORD = "sojourn-development".toCharArray();
    static final String DEVELOPMENT_ALIAS = "sojourn-development";

    /**
     * @param keystore a PKCS#12 file
     * @param password its password
     * @param alias    the key's alias, or blank for the only key in it
     * @return the key and chain
     * @throws IOException              when it cannot be read
     * @throws GeneralSecurityException when it holds no such key
     */
    static SigningKey load(Path keystore, char[] password, String alias) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        String name = alias == null || alias.isBlank() ? store.aliases().nextElement() : alias;
        if (!(store.getKey(name, password) instanceof PrivateKey key)) {
            throw new GeneralSecurityException("No private key " + name + " in " + keystore);
        }
        Certificate[] chain = store.getCertificateChain(name);
        return new SigningKey(key, Arrays.copyOf(chain, chain.length, X509Certificate[].class));
    }

    /**
     * A self-signed key for development and tests, made once and kept in {@code file}: documents
     * signed with it validate, but against no one's trust.
     *
     * @param file where the keystore is kept
     * @return the key
     * @throws IOException              when the file cannot be written
     * @throws GeneralSecurityException when no key can be made
     */
    static SigningKey development(Path file) throws IOException, GeneralSecurityException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=Sojourn development signing key, O=Sojourn (not the National Immigration Agency), C=TW");
            Instant now = Instant.now();
            X509Certificate certificate;
            try {
                certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                        new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                        Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            } catch (OperatorCreationException e) {
                throw new GeneralSecurityException(e);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(DEVELOPMENT_ALIAS, pair.getPrivate(), DEVELOPMENT_PASSWORD, new Certificate[] {certificate});
            Path written = Files.createTempFile(file.getParent(), "signing", ".p12");
            try (OutputStream out = Files.newOutputStream(written)) {
                store.store(out, DEVELOPMENT_PASSWORD);
            }
            Files.move(written, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return load(file, DEVELOPMENT_PASSWORD, DEVELOPMENT_ALIAS);
    }
}
