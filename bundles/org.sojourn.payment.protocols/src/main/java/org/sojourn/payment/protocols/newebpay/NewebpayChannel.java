package org.sojourn.payment.protocols.newebpay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sojourn.payment.protocols.FormPost;
import org.sojourn.payment.protocols.ecpay.Forms;
import org.sojourn.payment.spi.CallbackResult;
import org.sojourn.payment.spi.ChannelDescriptor;
import org.sojourn.payment.spi.Initiation;
import org.sojourn.payment.spi.InvalidCallbackException;
import org.sojourn.payment.spi.PaymentChannel;
import org.sojourn.payment.spi.PaymentRequest;
import org.sojourn.payment.spi.PaymentStatus;
import org.sojourn.payment.spi.ProviderQuery;
import org.sojourn.payment.spi.ProviderResult;
import org.sojourn.payment.spi.ProviderUnavailableException;
import org.sojourn.payment.spi.RawCallback;

/**
 * A channel on NewebPay's MPG: the order's fields sealed in {@code TradeInfo} (AES) and signed by
 * {@code TradeSha}, posted by the payer's browser to the gateway; the notification comes back to
 * {@code NotifyURL} sealed the same way ({@code RespondType=String}, so its content is a form). The
 * payment flags are the channel's (e.g. {@code WEBATM=1}), plus fields the channel adds (e.g. the payer's ID).
 */
public class NewebpayChannel implements PaymentChannel {

    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter PAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** What the query answers for a trade it never saw. */
    public static final String TRADE_NOT_FOUND = "TRA10021";

    private final ChannelDescriptor descriptor;
    private final NewebpaySettings settings;
    private final Map<String, String> paymentFlags;
    private final TradeInfo sealer;
    private final FormPost http;

    /**
     * @param descriptor   what the channel is
     * @param settings     the merchant
     * @param paymentFlags the MPG payment flags the channel sets, e.g. {@code WEBATM=1}
     */
    public NewebpayChannel(ChannelDescriptor descriptor, NewebpaySettings settings, Map<String, String> paymentFlags) {
        this.descriptor = descriptor;
        this.settings = settings;
        this.paymentFlags = Map.copyOf(paymentFlags);
        this.sealer = new TradeInfo(settings.hashKey(), settings.hashIv());
        this.http = new FormPost(settings.timeout());
    }

    @Override
    public ChannelDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Initiation initiate(PaymentRequest request) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("MerchantID", settings.merchantId());
        info.put("RespondType", "String");
        info.put("TimeStamp", Long.toString(request.createdAt().getEpochSecond()));
        info.put("Version", "2.0");
        info.put("MerchantOrderNo", request.orderReference());
        info.put("Amt", Long.toString(request.amountTwd()));
        info.put("ItemDesc", request.description());
        info.put("NotifyURL", request.callbackUrl());
        info.put("ReturnURL", request.returnUrl());
        info.putAll(paymentFlags);
        if (request.payerNationalId() != null) {
            info.put("PayerID", request.payerNationalId());
        }
        String sealed = sealer.seal(Forms.encode(info));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MerchantID", settings.merchantId());
        form.put("TradeInfo", sealed);
        form.put("TradeSha", sealer.sha(sealed));
        form.put("Version", "2.0");
        return new Initiation.Redirect(settings.gatewayUrl(), "POST", form);
    }

    @Override
    public ProviderResult query(ProviderQuery query) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MerchantID", settings.merchantId());
        fields.put("Version", "1.3");
        fields.put("RespondType", "String");
        fields.put("CheckValue", CheckValue.request(settings.hashKey(), settings.hashIv(), settings.merchantId(),
                query.orderReference(), query.amountTwd()));
        fields.put("TimeStamp", Long.toString(Instant.now().getEpochSecond()));
        fields.put("MerchantOrderNo", query.orderReference());
        fields.put("Amt", Long.toString(query.amountTwd()));
        Map<String, String> answer = Forms.parse(http.post(settings.queryUrl(), Forms.encode(fields)));
        String status = answer.getOrDefault("Status", "");
        if (TRADE_NOT_FOUND.equals(status)) {
            return new ProviderResult(PaymentStatus.NOT_ATTEMPTED, null, null, null, null, "Status " + status);
        }
        String expected = CheckValue.answer(settings.hashKey(), settings.hashIv(), settings.merchantId(), query.orderReference(),
                answer.getOrDefault("Amt", ""), answer.getOrDefault("TradeNo", ""));
        if (!"SUCCESS".equals(status) || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                answer.getOrDefault("CheckCode", "").getBytes(StandardCharsets.US_ASCII))) {
            throw new ProviderUnavailableException("the query answer is not SUCCESS with a valid CheckCode", null);
        }
        String trade = answer.getOrDefault("TradeStatus", "");
        String detail = "TradeStatus " + trade;
        return switch (trade) {
            case "1" -> new ProviderResult(PaymentStatus.SUCCEEDED, answer.get("TradeNo"), amount(answer.get("Amt")), "TWD",
                    time(answer.get("PayTime")), detail);
            case "0" -> new ProviderResult(PaymentStatus.PENDING, answer.get("TradeNo"), null, null, null, detail);
            default -> new ProviderResult(PaymentStatus.FAILED, answer.get("TradeNo"), null, null, null, detail);
        };
    }

    @Override
    public CallbackResult verifyAndParse(RawCallback callback) {
        Map<String, String> form;
        try {
            form = Forms.parse(new String(callback.body(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidCallbackException("not a form");
        }
        String tradeInfo = form.get("TradeInfo");
        if (!sealer.verify(tradeInfo, form.get("TradeSha"))) {
            throw new InvalidCallbackException("TradeSha does not verify");
        }
        Map<String, String> result;
        try {
            result = Forms.parse(sealer.open(tradeInfo)); // a sealed form: RespondType=String
        } catch (IllegalArgumentException e) {
            throw new InvalidCallbackException("TradeInfo does not decrypt");
        }
        if (!settings.merchantId().equals(result.get("MerchantID"))) {
            throw new InvalidCallbackException("another merchant's notification");
        }
        String reference = result.get("MerchantOrderNo");
        if (reference == null || reference.isEmpty()) {
            throw new InvalidCallbackException("no MerchantOrderNo");
        }
        String status = result.getOrDefault("Status", "");
        String detail = "Status " + status + " " + result.getOrDefault("PaymentType", "");
        ProviderResult parsed = "SUCCESS".equals(status)
                ? new ProviderResult(PaymentStatus.SUCCEEDED, result.get("TradeNo"), amount(result.get("Amt")), "TWD",
                        time(result.get("PayTime")), detail)
                : new ProviderResult(PaymentStatus.FAILED, result.get("TradeNo"), null, null, null, detail);
        return new CallbackResult(reference, parsed, null, "SUCCESS");
    }

    private static Long amount(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidCallbackException("Amt is not a number");
        }
    }

    private static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), PAY_TIME).atZone(TAIWAN).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidCallbackException("PayTime is not yyyy-MM-dd HH:mm:ss");
        }
    }
}
