package org.sojourn.payment.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.sojourn.payment.protocols.ecpay.CheckMac;
import org.sojourn.payment.protocols.ecpay.EcpayProvider;
import org.sojourn.payment.protocols.ecpay.Forms;
import org.sojourn.payment.protocols.newebpay.NewebpayProvider;

/**
 * ECPay and NewebPay as a merchant meets them, on one port: the hosted cashier pages, the trade
 * queries, server-to-server callbacks retried until acknowledged, and offline payments (virtual
 * account, convenience store) whose posting arrives days later in the simulator's own clock, which
 * {@code POST /sim/clock/advance?days=N} moves. {@code POST /sim/switches} turns faults on; with
 * {@code reset=true} it first turns them all off and sets the clock back to the real time; with
 * {@code forget=true} it forgets every trade (for a Sojourn whose database started afresh).
 *
 * <p>Run alone: {@code java -jar org.sojourn.payment.simulator.jar} with system properties
 * {@code port}, {@code ecpay.merchantId}, {@code ecpay.hashKey}, {@code ecpay.hashIv},
 * {@code newebpay.merchantId}, {@code newebpay.hashKey}, {@code newebpay.hashIv}.
 */
public final class ProviderSimulator implements AutoCloseable {

    /**
     * The merchants the simulator knows.
     *
     * @param port          the port, 0 for any free one
     * @param ecpayMerchant ECPay MerchantID
     * @param ecpayKey      its HashKey
     * @param ecpayIv       its HashIV
     * @param newebMerchant NewebPay MerchantID
     * @param newebKey      its HashKey (32 characters)
     * @param newebIv       its HashIV (16 characters)
     */
    public record Settings(int port, String ecpayMerchant, String ecpayKey, String ecpayIv, String newebMerchant, String newebKey,
            String newebIv) {
    }

    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(TAIWAN);
    /** Days from a payment at a store or bank to its posting (domain §6: 2-3 working days for stores). */
    private static final long STORE_POSTING_DAYS = 2;
    private static final long BANK_POSTING_DAYS = 1;

    private final Settings settings;
    private final HttpServer server;
    private final CheckMac mac;
    private final EcpayProvider ecpay;
    private final NewebpayProvider newebpay;
    private final Switches switches = new Switches();
    private final Deliveries deliveries = new Deliveries(switches);
    private final Map<String, Trade> byReference = new ConcurrentHashMap<>();
    private final Map<String, Trade> byPaymentNo = new ConcurrentHashMap<>();
    private final AtomicLong tradeNumbers = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);
    private final AtomicLong queries = new AtomicLong();
    private volatile Duration skew = Duration.ZERO;

    private ProviderSimulator(Settings settings) throws IOException {
        this.settings = settings;
        this.mac = new CheckMac(settings.ecpayKey(), settings.ecpayIv());
        this.ecpay = new EcpayProvider(settings.ecpayMerchant(), mac);
        this.newebpay = new NewebpayProvider(settings.newebMerchant(), settings.newebKey(), settings.newebIv());
        // The JDK's server writes an answer's headers and body apart; with Nagle on, the body waits for the
        // client's delayed ACK, 40 ms per request, which a provider's real servers do not add. Read once,
        // when the first server of the JVM is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.port()), 200);
        server.setExecutor(Executors.newFixedThreadPool(16, runnable -> {
            Thread thread = new Thread(runnable, "simulator-http");
            thread.setDaemon(true);
            return thread;
        }));
        route("/Cashier/AioCheckOut/V5", this::ecpayCashier);
        route("/Cashier/QueryTradeInfo/V5", this::ecpayQuery);
        route("/MPG/mpg_gateway", this::newebpayGateway);
        route("/API/QueryTradeInfo", this::newebpayQuery);
        route("/sim/pay", this::payOnline);
        route("/sim/offline/pay", this::payOffline);
        route("/sim/unsolicited", this::unsolicited);
        route("/sim/clock/advance", this::advance);
        route("/sim/switches", this::switches);
        route("/sim/trades", this::trade);
        route("/sim/stats", this::stats);
        server.start();
    }

    /**
     * @param settings the merchants and port
     * @return a running simulator
     * @throws IOException when the port is taken
     */
    public static ProviderSimulator start(Settings settings) throws IOException {
        return new ProviderSimulator(settings);
    }

    /** @return the port it listens on */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        deliveries.stop();
    }

    /**
     * Runs the simulator until the process is stopped.
     *
     * @param args unused; settings come from system properties
     * @throws IOException when the port is taken
     */
    public static void main(String[] args) throws IOException {
        ProviderSimulator simulator = start(new Settings(Integer.getInteger("port", 8282), required("ecpay.merchantId"),
                required("ecpay.hashKey"), required("ecpay.hashIv"), required("newebpay.merchantId"), required("newebpay.hashKey"),
                required("newebpay.hashIv")));
        System.out.println("Payment provider simulator on http://127.0.0.1:" + simulator.port());
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("-D" + name + " is required");
        }
        return value;
    }

    private Instant now() {
        return Clock.systemUTC().instant().plus(skew);
    }

    // --- ECPay -------------------------------------------------------------------------------

    private Answer ecpayCashier(Map<String, String> form) {
        if (!mac.verify(form) || !settings.ecpayMerchant().equals(form.get("MerchantID"))) {
            return Answer.html(400, page("CheckMacValue Error", "<p>10200073 CheckMacValue Error</p>"));
        }
        String reference = form.get("MerchantTradeNo");
        if (byReference.containsKey(reference)) {
            return Answer.html(400, page("Duplicate", "<p>10200047 MerchantTradeNo 重複</p>"));
        }
        String choose = form.getOrDefault("ChoosePayment", "ALL");
        String type = switch (choose) {
            case "Credit" -> "Credit_CreditCard";
            case "WebATM" -> "WebATM_TAISHIN";
            case "ATM" -> "ATM_TAISHIN";
            case "CVS" -> "CVS_CVS";
            case "BARCODE" -> "BARCODE_BARCODE";
            case "TWQR" -> "TWQR_OPAY";
            default -> "Credit_CreditCard";
        };
        Trade trade = new Trade(Trade.Provider.ECPAY, reference, nextTradeNo(), Long.parseLong(form.get("TotalAmount")), type,
                form.get("ReturnURL"), form.get("PaymentInfoURL"), form.get("ClientBackURL"), form);
        byReference.put(reference, trade);
        if (!trade.offline()) {
            return Answer.html(200, payPage(trade, form.get("ItemName")));
        }
        Map<String, String> instructions = issue(trade, form);
        trade.state = Trade.State.ISSUED;
        deliveries.send(trade.infoUrl, ecpay.issued(reference, trade.amount, trade.tradeNo, type, type.startsWith("ATM"), instructions),
                true);
        StringBuilder shown = new StringBuilder("<dl>");
        instructions.forEach((name, value) -> shown.append("<dt>").append(name).append("</dt><dd id=\"").append(name).append("\">")
                .append(escape(value)).append("</dd>"));
        return Answer.html(200, page("取號成功", shown.append("</dl>").toString()));
    }

    private Map<String, String> issue(Trade trade, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        // ATM's ExpireDate and BARCODE's StoreExpireDate count days, CVS's StoreExpireDate minutes.
        Instant until = trade.paymentType.startsWith("CVS")
                ? now().plus(Duration.ofMinutes(Long.parseLong(form.getOrDefault("StoreExpireDate", "10080"))))
                : now().plus(Duration.ofDays(Long.parseLong(form.getOrDefault("ExpireDate", form.getOrDefault("StoreExpireDate", "3")))));
        String serial = String.format("%010d", tradeNumbers.incrementAndGet() % 10_000_000_000L);
        if (trade.paymentType.startsWith("ATM")) {
            trade.paymentNo = "910352" + serial;
            fields.put("BankCode", "812");
            fields.put("vAccount", trade.paymentNo);
        } else if (trade.paymentType.startsWith("CVS")) {
            trade.paymentNo = "LLL" + serial.substring(1);
            fields.put("PaymentNo", trade.paymentNo);
        } else {
            // The three segments of a common layout (payments.md): deadline + code, bill number, MMDD + checks + amount.
            trade.paymentNo = serial;
            fields.put("PaymentNo", "");
            java.time.LocalDate due = until.atZone(TAIWAN).toLocalDate();
            fields.put("Barcode1", String.format("%02d%02d%02d", (due.getYear() - 1911) % 100, due.getMonthValue(), due.getDayOfMonth())
                    + "LT0"); // ROC YYMMDD
            fields.put("Barcode2", "000000" + serial);
            fields.put("Barcode3", DateTimeFormatter.ofPattern("MMdd").withZone(TAIWAN).format(until) + "00"
                    + String.format("%09d", trade.amount));
        }
        fields.put("ExpireDate", DAY.format(until));
        byPaymentNo.put(trade.paymentNo, trade);
        return fields;
    }

    private Answer ecpayQuery(Map<String, String> form) throws InterruptedException {
        queries.incrementAndGet();
        if (switches.slowQueryMillis > 0) {
            Thread.sleep(switches.slowQueryMillis); // the provider is slow: the merchant's timeout is what is tested
        }
        if (!mac.verify(form)) {
            return Answer.text(200, "TradeStatus=10200073");
        }
        Trade trade = byReference.get(form.get("MerchantTradeNo"));
        if (trade == null) {
            return Answer.text(200, Forms.encode(ecpay.queryAnswer(form.get("MerchantTradeNo"), 0, null, "10200047", null, null)));
        }
        synchronized (trade) {
            String status = switch (trade.state) {
                case PAID -> "1";
                case FAILED -> "10200095";
                default -> "0";
            };
            return Answer.text(200, Forms.encode(ecpay.queryAnswer(trade.reference, trade.amount, trade.tradeNo, status,
                    trade.paymentType, trade.paidAt)));
        }
    }

    // --- NewebPay ----------------------------------------------------------------------------

    private Answer newebpayGateway(Map<String, String> form) {
        Map<String, String> order;
        try {
            order = newebpay.openOrder(form.get("TradeInfo"), form.get("TradeSha"));
        } catch (RuntimeException e) {
            return Answer.html(400, page("MPG03009", "<p>TradeSha 檢查錯誤</p>"));
        }
        String reference = order.get("MerchantOrderNo");
        if (byReference.containsKey(reference)) {
            return Answer.html(400, page("MPG03008", "<p>已存在相同的商店訂單編號</p>"));
        }
        if (order.containsKey("PayerID") && !order.get("PayerID").matches("[A-Z][12]\\d{8}")) {
            return Answer.html(400, page("EGOV01", "<p>繳款人身分證字號有誤</p>"));
        }
        Trade trade = new Trade(Trade.Provider.NEWEBPAY, reference, nextTradeNo(), Long.parseLong(order.get("Amt")), "WEBATM",
                order.get("NotifyURL"), null, order.get("ReturnURL"), order);
        byReference.put(reference, trade);
        return Answer.html(200, payPage(trade, order.get("ItemDesc")));
    }

    private Answer newebpayQuery(Map<String, String> form) throws InterruptedException {
        queries.incrementAndGet();
        if (switches.slowQueryMillis > 0) {
            Thread.sleep(switches.slowQueryMillis);
        }
        if (!newebpay.queryIsSigned(form)) {
            return Answer.text(200, "Status=TRA10003");
        }
        Trade trade = byReference.get(form.get("MerchantOrderNo"));
        if (trade == null) {
            return Answer.text(200, Forms.encode(newebpay.queryAnswer(form.get("MerchantOrderNo"), 0, null, null, null)));
        }
        synchronized (trade) {
            String status = switch (trade.state) {
                case PAID -> "1";
                case FAILED -> "2";
                default -> "0";
            };
            return Answer.text(200, Forms.encode(newebpay.queryAnswer(trade.reference, trade.amount, trade.tradeNo, status, trade.paidAt)));
        }
    }

    // --- The payer's side ----------------------------------------------------------------------

    /** The payer pays (or gives up) on the hosted page of an online trade: form {@code reference}, {@code outcome=paid|failed}. */
    private Answer payOnline(Map<String, String> form) {
        Trade trade = byReference.get(form.getOrDefault("reference", ""));
        if (trade == null || trade.offline()) {
            return Answer.html(404, page("Not found", "<p>No such online trade.</p>"));
        }
        synchronized (trade) {
            if (trade.state != Trade.State.CREATED) {
                return Answer.html(409, page("Done", "<p>This trade is finished.</p>"));
            }
            boolean paid = !"failed".equals(form.get("outcome"));
            trade.state = paid ? Trade.State.PAID : Trade.State.FAILED;
            trade.paidAt = paid ? now() : null;
            sendResult(trade, paid);
        }
        return Answer.html(200, page(paid(trade) ? "交易成功" : "交易失敗", "<p id=\"result\">" + trade.state + "</p><p><a id=\"back\" href=\""
                + escape(trade.backUrl) + "\">回商店 / Back to the merchant</a></p>"));
    }

    /**
     * A signed ECPay success for a trade the merchant never ordered (a provider's mix-up, or a payment
     * meant for another shop): form {@code reference}, {@code amount}, {@code url} (where to post it).
     */
    private Answer unsolicited(Map<String, String> form) {
        String reference = form.getOrDefault("reference", "");
        String url = form.getOrDefault("url", "");
        if (reference.isEmpty() || !url.startsWith("http") || byReference.containsKey(reference)) {
            return Answer.text(400, "reference (not a known trade), amount and url are required");
        }
        deliveries.send(url, ecpay.paid(reference, Long.parseLong(form.getOrDefault("amount", "1000")), nextTradeNo(),
                "Credit_CreditCard", now()), true);
        return Answer.text(200, "sent");
    }

    /**
     * The payer pays a slip at a store or bank: form {@code paymentNo} (the store code, the virtual
     * account or the barcode's bill number). The posting follows days later in simulated time.
     */
    private Answer payOffline(Map<String, String> form) {
        Trade trade = byPaymentNo.get(form.getOrDefault("paymentNo", ""));
        if (trade == null) {
            return Answer.text(404, "no such slip");
        }
        synchronized (trade) {
            if (trade.state != Trade.State.ISSUED) {
                return Answer.text(409, "slip already paid");
            }
            trade.state = Trade.State.PAID_AWAITING_POSTING;
            trade.paidAt = now();
            trade.postingAt = trade.paidAt.plus(Duration.ofDays(trade.paymentType.startsWith("ATM") ? BANK_POSTING_DAYS : STORE_POSTING_DAYS));
        }
        return Answer.text(200, "paid; posting due " + trade.postingAt);
    }

    /** Moves the simulated clock ({@code days}, {@code hours}) and sends the postings that fall due; also releases held callbacks. */
    private Answer advance(Map<String, String> form) {
        skew = skew.plusDays(Long.parseLong(form.getOrDefault("days", "0"))).plusHours(Long.parseLong(form.getOrDefault("hours", "0")));
        Instant now = now();
        int posted = 0;
        for (Trade trade : new ArrayList<>(byReference.values())) {
            synchronized (trade) {
                if (trade.state == Trade.State.PAID_AWAITING_POSTING && !trade.postingAt.isAfter(now)) {
                    trade.state = Trade.State.PAID;
                    sendResult(trade, true);
                    posted++;
                }
            }
        }
        int released = deliveries.releaseHeld();
        return Answer.text(200, "now=" + now + "&posted=" + posted + "&released=" + released);
    }

    private void sendResult(Trade trade, boolean paid) {
        long reported = trade.amount + switches.amountSkew;
        Map<String, String> callback;
        if (trade.provider == Trade.Provider.ECPAY) {
            callback = paid ? ecpay.paid(trade.reference, reported, trade.tradeNo, trade.paymentType, trade.paidAt)
                    : ecpay.failed(trade.reference, trade.amount, trade.tradeNo, trade.paymentType);
        } else {
            callback = newebpay.notification(paid ? "SUCCESS" : "MPG03001", trade.reference, reported, trade.tradeNo, trade.paymentType,
                    trade.paidAt);
        }
        deliveries.send(trade.resultUrl, callback, trade.provider == Trade.Provider.ECPAY);
        if (switches.forge) {
            Map<String, String> forged = new LinkedHashMap<>(callback);
            forged.computeIfPresent("TradeAmt", (name, value) -> "1");
            forged.computeIfPresent(CheckMac.FIELD, (name, value) -> "0".repeat(64));
            forged.computeIfPresent("TradeSha", (name, value) -> "0".repeat(64));
            deliveries.sendOnce(trade.resultUrl, forged);
        }
    }

    private static boolean paid(Trade trade) {
        return trade.state == Trade.State.PAID;
    }

    // --- Control -----------------------------------------------------------------------------

    private Answer switches(Map<String, String> form) {
        if ("true".equals(form.remove("reset"))) {
            switches.reset();
            skew = Duration.ZERO; // each test starts on today's date; payments awaiting posting still post when it comes
        }
        if ("true".equals(form.remove("forget"))) {
            // A new merchant's day: a fresh Sojourn database numbers its orders from 1 again.
            byReference.clear();
            byPaymentNo.clear();
        }
        switches.set(form);
        return Answer.text(200, "ok");
    }

    /** {@code GET /sim/trades?reference=…}: a trade's state, for tests and the demo. */
    private Answer trade(Map<String, String> form) {
        Trade trade = byReference.get(form.getOrDefault("reference", ""));
        if (trade == null) {
            return Answer.text(404, "no such trade");
        }
        synchronized (trade) {
            Map<String, String> state = new LinkedHashMap<>();
            state.put("state", trade.state.name());
            state.put("tradeNo", trade.tradeNo);
            state.put("amount", Long.toString(trade.amount));
            state.put("paymentNo", trade.paymentNo == null ? "" : trade.paymentNo);
            state.put("paymentType", trade.paymentType);
            return Answer.text(200, Forms.encode(state));
        }
    }

    private Answer stats(Map<String, String> form) {
        return Answer.text(200, "attempts=" + deliveries.attempts.get() + "&acknowledged=" + deliveries.acknowledged.get()
                + "&queries=" + queries.get() + "&trades=" + byReference.size());
    }

    private String nextTradeNo() {
        return String.format("%016d", tradeNumbers.incrementAndGet());
    }

    private static String payPage(Trade trade, String item) {
        return page("模擬付款 / Simulated payment", "<p>" + escape(item) + "</p><p>NT$ <span id=\"amount\">" + trade.amount + "</span></p>"
                + "<form method=\"post\" action=\"/sim/pay\"><input type=\"hidden\" name=\"reference\" value=\"" + escape(trade.reference)
                + "\"><button id=\"pay\" name=\"outcome\" value=\"paid\">付款 / Pay</button>"
                + "<button id=\"fail\" name=\"outcome\" value=\"failed\">取消 / Cancel</button></form>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-TW\"><head><meta charset=\"UTF-8\"><title>" + escape(title) + "</title></head><body>"
                + "<h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // --- HTTP plumbing -----------------------------------------------------------------------

    private record Answer(int status, String contentType, String body) {
        static Answer html(int status, String body) {
            return new Answer(status, "text/html; charset=UTF-8", body);
        }

        static Answer text(int status, String body) {
            return new Answer(status, "text/plain; charset=UTF-8", body);
        }
    }

    @FunctionalInterface
    private interface Handler {
        Answer handle(Map<String, String> form) throws Exception;
    }

    private void route(String path, Handler handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                Answer answer;
                boolean control = path.startsWith("/sim/switches") || path.startsWith("/sim/stats") || path.startsWith("/sim/clock");
                if (switches.down && !control) {
                    answer = Answer.text(503, "provider down");
                } else {
                    Map<String, String> form = new LinkedHashMap<>(Forms.parse(exchange.getRequestURI().getRawQuery() == null ? ""
                            : exchange.getRequestURI().getRawQuery()));
                    form.putAll(Forms.parse(read(exchange.getRequestBody())));
                    try {
                        answer = handler.handle(form);
                    } catch (Exception e) {
                        answer = Answer.text(400, "bad request: " + e.getClass().getSimpleName());
                    }
                }
                send(exchange, answer);
            }
        });
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

}
