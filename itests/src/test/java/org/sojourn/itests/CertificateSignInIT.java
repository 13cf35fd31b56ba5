package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Organisation-certificate sign-in against a test CA, certificates and CRL made by Bouncy Castle in
 * this test: the right certificate signs in; revoked, expired, untrusted and other schools'
 * certificates, tampered signatures and reused challenges are refused and audited.
 */
public class CertificateSignInIT extends SojournTestSupport {

    @Override
    protected Option[] extraOptions() {
        Path pki = TestPki.create();
        return new Option[] {
            editConfigurationFilePut("etc/org.sojourn.demo.cfg", "enabled", "true"),
            editConfigurationFilePut("etc/org.sojourn.security.cfg", "trustAnchors", pki.resolve("ca.pem").toString()),
            editConfigurationFilePut("etc/org.sojourn.security.cfg", "crls", pki.resolve("crl.pem").toString()),
            systemProperty("sojourn.it.pki").value(pki.toString()),
        };
    }

    @Before
    public void nodeIsUp() {
        awaitHealthy();
    }

    @Test
    public void theSchoolsCertificateSignsItsMainAccountIn() throws Exception {
        Http.Answer signedIn = signInWith(TestPki.VALID, "03734301");

        assertEquals(signedIn.body(), 201, signedIn.status());
        assertEquals("SCHOOL_MAIN", signedIn.json().at("/account/role").asText());
        Http school = http().withToken(signedIn.json().get("token").asText());
        assertEquals(200, school.get("/api/v1/school/profile").status());
    }

    @Test
    public void revokedExpiredAndUntrustedCertificatesAreRefused() throws Exception {
        assertRefused(signInWith(TestPki.REVOKED, "03734301"), 401, "CERTIFICATE_REVOKED");
        assertRefused(signInWith(TestPki.EXPIRED, "03734301"), 401, "CERTIFICATE_EXPIRED");
        assertRefused(signInWith(TestPki.UNTRUSTED, "03734301"), 401, "CERTIFICATE_UNTRUSTED");
        assertRefused(signInWith(TestPki.OTHER_SCHOOL, "03734301"), 401, "CERTIFICATE_ACCOUNT_MISMATCH");
        assertTrue(audit().containsAll(List.of("CERTIFICATE_REVOKED", "CERTIFICATE_EXPIRED", "CERTIFICATE_UNTRUSTED",
                "CERTIFICATE_ACCOUNT_MISMATCH")));
    }

    @Test
    public void aSignatureCountsForItsOwnChallengeOnceAndMustBeWellFormed() throws Exception {
        JsonNode first = http().get("/api/v1/certificate-sign-in/challenge").json();
        JsonNode second = http().get("/api/v1/certificate-sign-in/challenge").json();
        String overFirst = sign(TestPki.VALID, first.get("challenge").asText());

        assertRefused(post("03734301", second.get("challengeId").asText(), overFirst), 401, "SIGNATURE_INVALID");
        assertEquals(201, post("03734301", first.get("challengeId").asText(), overFirst).status());
        assertRefused(post("03734301", first.get("challengeId").asText(), overFirst), 400, "CHALLENGE_INVALID");

        JsonNode third = http().get("/api/v1/certificate-sign-in/challenge").json();
        assertRefused(post("03734301", third.get("challengeId").asText(), "not base64 !!"), 400, "MALFORMED_SIGNATURE");
        assertRefused(post("03734301", third.get("challengeId").asText(),
                Base64.getEncoder().encodeToString("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))),
                400, "MALFORMED_SIGNATURE");
    }

    private Http.Answer signInWith(String certificate, String account) throws Exception {
        JsonNode challenge = http().get("/api/v1/certificate-sign-in/challenge").json();
        return post(account, challenge.get("challengeId").asText(), sign(certificate, challenge.get("challenge").asText()));
    }

    private Http.Answer post(String account, String challengeId, String signature) throws Exception {
        String captcha = http().get("/api/v1/captcha").json().get("captchaId").asText();
        String answer;
        try (Connection connection = openDirectConnection()) {
            answer = Captchas.solve(connection, captcha);
        }
        return http().postJson("/api/v1/certificate-sign-in", "{\"account\":\"" + account + "\",\"challengeId\":\""
                + challengeId + "\",\"signature\":\"" + signature + "\",\"captchaId\":\"" + captcha
                + "\",\"captchaAnswer\":\"" + answer + "\"}");
    }

    /** What the school's card does: a CMS SignedData over the challenge, content encapsulated, with the certificate. */
    private static String sign(String certificate, String challenge) throws Exception {
        Path pki = Path.of(System.getProperty("sojourn.it.pki"));
        X509Certificate cert;
        PrivateKey key;
        try (Reader in = Files.newBufferedReader(pki.resolve(certificate + ".cert.pem"));
                PEMParser pem = new PEMParser(in)) {
            cert = new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) pem.readObject());
        }
        try (Reader in = Files.newBufferedReader(pki.resolve(certificate + ".key.pem"));
                PEMParser pem = new PEMParser(in)) {
            key = new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) pem.readObject());
        }
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key), cert));
        generator.addCertificates(new JcaCertStore(List.of(cert)));
        byte[] cms = generator.generate(new CMSProcessableByteArray(challenge.getBytes(StandardCharsets.UTF_8)), true).getEncoded();
        return Base64.getEncoder().encodeToString(cms);
    }

    private static void assertRefused(Http.Answer answer, int status, String code) {
        assertEquals(answer.body(), status, answer.status());
        assertEquals(code, answer.json().get("code").asText());
    }

    private List<String> audit() throws Exception {
        List<String> outcomes = new java.util.ArrayList<>();
        try (Connection connection = openDirectConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select outcome from security_audit where event = 'CERTIFICATE_SIGN_IN'")) {
            while (rows.next()) {
                outcomes.add(rows.getString(1));
            }
        }
        return outcomes;
    }
}
