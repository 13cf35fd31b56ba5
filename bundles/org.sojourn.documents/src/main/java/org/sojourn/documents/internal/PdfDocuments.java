package org.sojourn.documents.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.Applications;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.ReferenceData;
import org.sojourn.cases.api.ReferenceList;
import org.sojourn.documents.api.CertificateListing;
import org.sojourn.documents.api.Documents;
import org.sojourn.documents.api.Verification;
import org.sojourn.documents.spi.CertificateLayout;
import org.sojourn.payment.api.FeeReceipt;
import org.sojourn.payment.api.PaymentOrderView;
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

        /** @return the address people reach Sojourn at, for the verification links */
        @AttributeDefinition(description = "Sojourn's public address, for the verification links printed on documents")
        String publicUrl() default "http://localhost:8181";
    }

    private static final Logger LOG = LoggerFactory.getLogger(PdfDocuments.class);

    private static final String RECEIPT = "R";
    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");
    private static final int MAX_FILE = 5 * 1024 * 1024;

    private final Payments payments;
    private final ReferenceData reference;
    private final Map<String, CertificateLayout> layouts = new ConcurrentHashMap<>();
    private final Press press;
    private final Certificates certificates;

    /**
     * @param config   the signing key's settings
     * @param payments     the payments, for what receipts show
     * @param applications the cases, for what certificates show
     * @param reference    the reference lists, for the names of coded values
     * @throws IOException              when the keystore or the font cannot be read
     * @throws GeneralSecurityException when the keystore holds no usable key
     */
    @Activate
    public PdfDocuments(Config config, @Reference Payments payments, @Reference Applications applications,
            @Reference ReferenceData reference) throws IOException, GeneralSecurityException {
        this.payments = payments;
        this.reference = reference;
        Path data = Path.of(System.getProperty("karaf.data", "data"), "sojourn");
        SigningKey key;
        if (config.keystore().isBlank()) {
            Path development = data.resolve("documents-development.p12");
            LOG.warn("Documents are signed with a development key ({}); configure etc/org.sojourn.documents.cfg for production",
                    development);
            key = SigningKey.development(development);
        } else {
            key = SigningKey.load(Path.of(config.keystore()), config.keystorePassword().toCharArray(), config.alias());
        }
        this.press = new Press(Typeface.bundled(), key, VerificationCodes.keptIn(data.resolve("verification.key")),
                config.publicUrl().replaceAll("/+$", "") + "/api/v1/verify/");
        this.certificates = new Certificates(applications, payments, layouts, this::name, press);
    }

    @Override
    public byte[] feeReceipt(Actor actor, String groupNumber) {
        FeeReceipt receipt = payments.feeReceipt(actor, groupNumber);
        return press.signed(font -> FeeReceiptLayout.render(receipt, font, press.verifyUrl(RECEIPT, receipt.receiptNumber())),
                "自行收納款項電子收據 Fee receipt");
    }

    @Override
    public byte[] certificate(Actor actor, String groupNumber, String receiptNumber) {
        return certificates.one(actor, groupNumber, receiptNumber);
    }

    @Override
    public byte[] certificateArchive(Actor actor, String groupNumber) {
        return certificates.archive(actor, groupNumber);
    }

    @Override
    public List<CertificateListing> certificates(Actor actor, String groupNumber, String receiptNumber, LocalDate paidFrom,
            LocalDate paidTo) {
        return certificates.list(actor, groupNumber, receiptNumber, paidFrom, paidTo);
    }

    /** @return a nationality's names for its code, or the code when the lists do not know it */
    private String name(String code) {
        return reference.entries(ReferenceList.NATIONALITY).stream().filter(entry -> entry.code().equals(code)).findFirst()
                .map(entry -> entry.nameZh() + " " + entry.nameEn()).orElse(code);
    }

    /** A type came. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addLayout(CertificateLayout layout, Map<String, Object> properties) {
        layouts.put(String.valueOf(properties.get(CertificateLayout.APPLICANT_TYPE)), layout);
    }

    /** A type went. */
    void removeLayout(CertificateLayout layout, Map<String, Object> properties) {
        layouts.remove(String.valueOf(properties.get(CertificateLayout.APPLICANT_TYPE)), layout);
    }

    @Override
    public byte[] paymentSlip(Actor payer, String orderId) {
        PaymentOrderView order = payments.order(payer, orderId);
        if (order.instructions() == null) {
            throw new DomainException(ErrorKind.CONFLICT, "NO_SLIP", "此筆繳費沒有繳費單（線上付款，或尚未取得繳費資訊）。",
                    "This payment has no slip: it is paid on line, or its instructions have not come yet.");
        }
        return press.signed(font -> PaymentSlipLayout.render(order, font), "繳費單 Payment slip");
    }

    @Override
    public Verification verifyFile(byte[] pdf) {
        if (pdf == null || pdf.length > MAX_FILE) {
            throw notAPdf();
        }
        Optional<String> code;
        try {
            code = SignatureCheck.signedCode(pdf, press.key().chain()[0]);
        } catch (IOException e) {
            throw notAPdf();
        }
        return code.map(this::verify).orElseGet(Verification::notGenuine);
    }

    private static DomainException notAPdf() {
        return new DomainException(ErrorKind.INVALID_INPUT, "NOT_A_PDF", "請上傳 Sojourn 核發的 PDF 檔（至多 5 MB）。",
                "Upload a PDF Sojourn issued (at most 5 MB).");
    }

    @Override
    public Verification verify(String code) {
        Optional<String[]> signed;
        try {
            signed = press.codes().check(code);
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "MALFORMED_CODE", "查驗碼格式錯誤，請掃描文件上的 QR 碼。",
                    "This is not a verification code; scan the QR code on the document.");
        }
        if (signed.isEmpty()) {
            return Verification.notGenuine();
        }
        String number = signed.get()[1];
        return switch (signed.get()[0]) {
            case RECEIPT -> payments.issuedReceipt(number)
                    .map(receipt -> new Verification(true, "FEE_RECEIPT", number, receipt.groupNumber(), "VALID", receipt.paidAt(),
                            receipt.amountTwd(), null, null, null))
                    .orElseGet(() -> new Verification(true, "FEE_RECEIPT", number, null, "REVOKED", null, null, null, null, null));
            case Certificates.CODE_KIND -> certificates.verify(number, LocalDate.now(TAIWAN));
            default -> Verification.notGenuine();
        };
    }
}
