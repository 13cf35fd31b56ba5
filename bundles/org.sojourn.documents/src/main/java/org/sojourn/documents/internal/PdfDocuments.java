package org.sojourn.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.api.Actor;
import org.sojourn.documents.api.Documents;
import org.sojourn.payment.api.Payments;

/**
 * The documents, rendered with the bundled font and signed with the configured key; with none
 * configured, with a development key made on first start under {@code data/sojourn}.
 */
@Component(configurationPid = "org.sojourn.documents", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PdfDocuments.Config.class)
public final class PdfDocuments implements Documents {

    /** Signing settings ({@code etc/org.sojourn.documents.cfg}). */
    @ObjectClassDefinition(name = "Sojourn documents", description = "The key documents are signed with")
    public @interface Config {
        /** @return the PKCS#12 keystore, or blank for the development key */
        @AttributeDefinition(description = "PKCS#12 keystore with the agency's signing key; blank: a development key")
        String keystore() default "";

        /** @return its password */
        @AttributeDefinition(description = "The keystore's password", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String keystorePassword() default "";

        /** @return the key's alias */
        @AttributeDefinition(description = "The key's alias; blank: the only key in the keystore")
        String alias() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(PdfDocuments.class);
    private static final String FONT = "fonts/NotoSansTC-Regular.ttf";

    private final Payments payments;
    private final SigningKey key;
    private final byte[] font;

    /**
     * @param config   the signing key's settings
     * @param payments the payments, for what receipts show
     * @throws IOException              when the keystore or the font cannot be read
     * @throws GeneralSecurityException when the keystore holds no usable key
     */
    @Activate
    public PdfDocuments(Config config, @Reference Payments payments) throws IOException, GeneralSecurityException {
        this.payments = payments;
        if (config.keystore().isBlank()) {
            Path development = Path.of(System.getProperty("karaf.data", "data"), "sojourn", "documents-development.p12");
            LOG.warn("Documents are signed with a development key ({}); configure etc/org.sojourn.documents.cfg for production",
                    development);
            this.key = SigningKey.development(development);
        } else {
            this.key = SigningKey.load(Path.of(config.keystore()), config.keystorePassword().toCharArray(), config.alias());
        }
        try (InputStream in = PdfDocuments.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("The build did not bundle " + FONT);
            }
            this.font = in.readAllBytes();
        }
    }

    @Override
    public byte[] feeReceipt(Actor actor, String groupNumber) {
        try {
            return PadesSigner.sign(FeeReceiptLayout.render(payments.feeReceipt(actor, groupNumber), font), key, "自行收納款項電子收據 Fee receipt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
