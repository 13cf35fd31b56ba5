package org.sojourn.payment.protocols.ecpay;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sojourn.payment.protocols.FormPost;
import org.sojourn.payment.spi.CallbackResult;
import org.sojourn.payment.spi.ChannelDescriptor;
import org.sojourn.payment.spi.Initiation;
import org.sojourn.payment.spi.InvalidCallbackException;
import org.sojourn.payment.spi.PayInstructions;
import org.sojourn.payment.spi.PaymentChannel;
import org.sojourn.payment.spi.PaymentRequest;
import org.sojourn.payment.spi.PaymentStatus;
import org.sojourn.payment.spi.ProviderQuery;
import org.sojourn.payment.spi.ProviderResult;
import org.sojourn.payment.spi.ProviderUnavailableException;
import org.sojourn.payment.spi.RawCallback;

/**
 * A channel on ECPay's All-in-One checkout: one {@code ChoosePayment} (Credit, WebATM, ATM, CVS,
 * BARCODE). The payer's browser posts the signed order to the cashier; results come to
 * {@code ReturnURL}, an offline channel's instructions first to {@code PaymentInfoURL}; both are the
 * core's callback endpoint. Every callback and every query answer must carry a valid CheckMacValue.
 */
public class EcpayChannel implements PaymentChannel {

    /** What ECPay expects back once a callback is taken; anything else makes it retry. */
    public static final String ACK = "1|OK";

    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter TRADE_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    private static final String PAID = "1";
    private static final String ATM_NUMBER_ISSUED = "2";
    private static final String CVS_CODE_ISSUED = "10100073";
    /** What the query answers for a trade it never saw. */
    public static final String TRADE_NOT_FOUND = "10200047";

    private final ChannelDescriptor descriptor;
    private final EcpaySettings settings;
    private final String choosePayment;
    private final Map<String, String> offlineFields;
    private final CheckMac mac;
    private final FormPost http;

    /**
     * @param descriptor    what the channel is
     * @param settings      the merchant
     * @param choosePayment ECPay's {@code ChoosePayment}
     * @param offlineFields extra order fields of an offline channel (e.g. {@code ExpireDate=3}), empty for online ones
     */
    public EcpayChannel(ChannelDescriptor descriptor, EcpaySettings settings, String choosePayment, Map<String, String> offlineFields) {
        this.descriptor = descriptor;
        this.settings = settings;
        this.choosePayment = choosePayment;
        this.offlineFields = Map.copyOf(offlineFields);
        this.mac = new CheckMac(settings.hashKey(), settings.hashIv());
        this.http = new FormPost(settings.timeout());
    }

    @Override
    public ChannelDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Initiation initiate(PaymentRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MerchantID", settings.merchantId());
        fields.put("MerchantTradeNo", request.orderReference());
        fields.put("MerchantTradeDate", TRADE_DATE.format(request.createdAt().atZone(TAIWAN)));
        fields.put("PaymentType", "aio");
        fields.put("TotalAmount", Long.toString(request.amountTwd()));
        fields.put("TradeDesc", "Sojourn");
        fields.put("ItemName", request.description());
        fields.put("ReturnURL", request.callbackUrl());
        fields.put("ChoosePayment", choosePayment);
        fields.put("EncryptType", "1");
        fields.put("ClientBackURL", request.returnUrl());
        if (descriptor.offline()) {
            fields.put("PaymentInfoURL", request.callbackUrl());
            fields.putAll(offlineFields);
        }
        fields.put(CheckMac.FIELD, mac.of(fields));
        return new Initiation.Redirect(settings.cashierUrl(), "POST", fields);
    }

    @Override
    public ProviderResult query(ProviderQuery query) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MerchantID", settings.merchantId());
        fields.put("MerchantTradeNo", query.orderReference());
        fields.put("TimeStamp", Long.toString(Instant.now().getEpochSecond()));
        fields.put(CheckMac.FIELD, mac.of(fields));
        Map<String, String> answer = Forms.parse(http.post(settings.queryUrl(), Forms.encode(fields)));
        if (!mac.verify(answer)) {
            throw new ProviderUnavailableException("the query answer's CheckMacValue does not verify", null);
        }
        String status = answer.getOrDefault("TradeStatus", "");
        if (TRADE_NOT_FOUND.equals(status)) {
            return new ProviderResult(PaymentStatus.NOT_ATTEMPTED, null, null, null, null, "TradeStatus " + status);
        }
        String detail = "TradeStatus " + status;
        return switch (status) {
            case PAID -> new ProviderResult(PaymentStatus.SUCCEEDED, answer.get("TradeNo"), amount(answer.get("TradeAmt")), "TWD",
                    time(answer.get("PaymentDate")), detail);
            case "0" -> new ProviderResult(PaymentStatus.PENDING, answer.get("TradeNo"), null, null, null, detail);
            default -> new ProviderResult(PaymentStatus.FAILED, answer.get("TradeNo"), null, null, null, detail);
        };
    }

    @Override
    public CallbackResult verifyAndParse(RawCallback callback) {
        String type = callback.contentType() == null ? "" : callback.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            throw new InvalidCallbackException("not a form post");
        }
        Map<String, String> fields;
        try {
            fields = Forms.parse(new String(callback.body(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidCallbackException("not a form");
        }
        if (!mac.verify(fields)) {
            throw new InvalidCallbackException("CheckMacValue does not verify");
        }
        if (!settings.merchantId().equals(fields.get("MerchantID"))) {
            throw new InvalidCallbackException("another merchant's callback");
        }
        String reference = fields.get("MerchantTradeNo");
        if (reference == null || reference.isEmpty()) {
            throw new InvalidCallbackException("no MerchantTradeNo");
        }
        String code = fields.getOrDefault("RtnCode", "");
        String detail = "RtnCode " + code + " " + fields.getOrDefault("PaymentType", "");
        if ("1".equals(fields.get("SimulatePaid"))) {
            // A payment simulated from the merchant back office: no money moved (ECPay's own warning).
            return new CallbackResult(reference, new ProviderResult(PaymentStatus.PENDING, fields.get("TradeNo"), null, null, null,
                    "SimulatePaid ignored"), null, ACK);
        }
        if (PAID.equals(code)) {
            return new CallbackResult(reference, new ProviderResult(PaymentStatus.SUCCEEDED, fields.get("TradeNo"),
                    amount(fields.get("TradeAmt")), "TWD", time(fields.get("PaymentDate")), detail), null, ACK);
        }
        if (ATM_NUMBER_ISSUED.equals(code) || CVS_CODE_ISSUED.equals(code)) {
            return new CallbackResult(reference, new ProviderResult(PaymentStatus.PENDING, fields.get("TradeNo"), null, null, null,
                    detail), instructions(fields), ACK);
        }
        return new CallbackResult(reference, new ProviderResult(PaymentStatus.FAILED, fields.get("TradeNo"), null, null, null,
                detail), null, ACK);
    }

    private static PayInstructions instructions(Map<String, String> fields) {
        Instant until = time(fields.get("ExpireDate"));
        if (fields.get("vAccount") != null) {
            return new PayInstructions(PayInstructions.Kind.VIRTUAL_ACCOUNT, fields.get("BankCode"), fields.get("vAccount"), null,
                    List.of(), until);
        }
        if (fields.get("Barcode1") != null && !fields.get("Barcode1").isEmpty()) {
            if (fields.get("Barcode2") == null || fields.get("Barcode3") == null) {
                // A store scans all three; a slip with fewer would fail at the counter (found by fuzzing: it was a 500).
                throw new InvalidCallbackException("Barcode1 without Barcode2 and Barcode3");
            }
            return new PayInstructions(PayInstructions.Kind.BARCODES, null, null, fields.get("PaymentNo"),
                    List.of(fields.get("Barcode1"), fields.get("Barcode2"), fields.get("Barcode3")), until);
        }
        if (fields.get("PaymentNo") != null) {
            return new PayInstructions(PayInstructions.Kind.STORE_CODE, null, null, fields.get("PaymentNo"), List.of(), until);
        }
        throw new InvalidCallbackException("payment instructions without an account, code or barcode");
    }

    private static Long amount(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidCallbackException("TradeAmt is not a number");
        }
    }

    /** ECPay's times are Taiwan's, {@code yyyy/MM/dd HH:mm:ss}; an expiry may be a date alone (end of that day). */
    private static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.strip().length() == 10) {
                return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern("yyyy/MM/dd")).plusDays(1).atStartOfDay(TAIWAN).toInstant();
            }
            return LocalDateTime.parse(text.strip(), TRADE_DATE).atZone(TAIWAN).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidCallbackException("a date is not yyyy/MM/dd HH:mm:ss");
        }
    }
}
