package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Approved groups are paid end to end through every reference channel against the provider
 * simulator over real HTTP: the payer's browser posts the signed form to the provider's page, the
 * provider calls back, offline payments post days later in simulated time. Forged, duplicate,
 * mismatched and lost callbacks and a provider that is down change no money state wrongly.
 */
public class PaymentsIT extends SojournTestSupport {

    private static final Pattern SHOWN = Pattern.compile("id=\"(PaymentNo|vAccount|Barcode2)\">([^<]*)<");

    private Http clerk;
    private Http first;
    private Http second;
    private Http simulator;

    @Override
    protected Option[] extraOptions() {
        List<Option> options = new ArrayList<>(List.of(super.extraOptions()));
        options.addAll(List.of(Simulators.options(httpPort)));
        return options.toArray(Option[]::new);
    }

    @Before
    public void signIn() throws Exception {
        awaitHealthy();
        http().await("/api/v1/payments/channels", answer -> answer.status() == 200 && answer.json().size() == 5, Duration.ofSeconds(60));
        clerk = as("03734301-01");
        first = as("officer-first");
        second = as("officer-second");
        simulator = Http.at(System.getProperty("sojourn.it.simulator"));
        assertEquals(200, simulator.post("/sim/switches", "application/x-www-form-urlencoded", "reset=true").status());
    }

    @Test
    public void aSchoolPaysTwoGroupsByCardAndEveryCaseIsPaidOnce() throws Exception {
        String one = approvedGroup("刷卡一", 2, "PC1");
        String two = approvedGroup("刷卡二", 1, "PC2");
        JsonNode payable = clerk.get("/api/v1/payments/payable").json();
        assertTrue(payable.toString(), payable.toString().contains(one) && payable.toString().contains(two));

        JsonNode quote = clerk.postJson("/api/v1/payments/quote", groups(one, two)).json();
        assertEquals(3000, quote.get("amountTwd").asInt());
        JsonNode card = channel(quote, "card");
        assertEquals("2 % included, shown apart", 60, card.get("channelFeeTwd").asInt());
        assertTrue(card.get("feeIncluded").asBoolean());
        assertEquals(7, channel(quote, "webatm").get("channelFeeTwd").asInt());

        String key = UUID.randomUUID().toString();
        Http.Answer started = clerk.postJson("/api/v1/payments", key, order("card", null, one, two));
        assertEquals(started.body(), 201, started.status());
        JsonNode created = started.json();
        assertEquals("PENDING", created.get("status").asText());
        assertEquals(3000, created.get("amountTwd").asInt());
        Http.Answer again = clerk.postJson("/api/v1/payments", key, order("card", null, one, two));
        assertEquals("the same key is the same order, not a second payment", 200, again.status());
        assertEquals(created.get("id"), again.json().get("id"));
        Http.Answer inProgress = clerk.postJson("/api/v1/payments", UUID.randomUUID().toString(), order("webatm", null, one));
        assertEquals(409, inProgress.status());
        assertEquals("PAYMENT_IN_PROGRESS", inProgress.json().get("code").asText());

        payOnline(created, true);
        JsonNode paid = awaitOrder(created.get("id").asText(), "SUCCEEDED");
        for (JsonNode group : paid.get("groups")) {
            assertTrue(group.toString(), group.get("feeReceiptNumber").asText().matches("\\d{3}\\d{9}"));
        }
        assertNotEquals(paid.at("/groups/0/feeReceiptNumber"), paid.at("/groups/1/feeReceiptNumber"));
        assertEquals(3, casesIn("PAID", one, two));
        assertEquals("applied once", 3, historyCount("RECORD_PAYMENT", one, two));
        assertTrue(clerk.get("/api/v1/payments/payable").json().toString().indexOf(one) < 0);
        Http.Answer twice = clerk.postJson("/api/v1/payments", UUID.randomUUID().toString(), order("card", null, one));
        assertEquals(409, twice.status());
        assertEquals("ALREADY_PAID", twice.json().get("code").asText());
    }

    @Test
    public void everyOtherReferenceChannelPaysAgainstTheSimulator() throws Exception {
        String webatm = approvedGroup("網路ATM", 1, "PW1");
        JsonNode byWebatm = start("webatm", null, webatm);
        payOnline(byWebatm, true);
        awaitOrder(byWebatm.get("id").asText(), "SUCCEEDED");

        String egov = approvedGroup("E政府", 1, "PE1");
        Http.Answer noId = clerk.postJson("/api/v1/payments", UUID.randomUUID().toString(), order("egov", null, egov));
        assertEquals(400, noId.status());
        assertEquals("payerNationalId", noId.json().at("/errors/0/field").asText());
        JsonNode byEgov = start("egov", "A123456789", egov);
        assertTrue("the ID travels sealed", !byEgov.toString().contains("A123456789"));
        payOnline(byEgov, true);
        awaitOrder(byEgov.get("id").asText(), "SUCCEEDED");

        String account = approvedGroup("虛擬帳號", 1, "PV1");
        JsonNode byAccount = start("virtual-account", null, account);
        String accountNumber = issued(byAccount, "vAccount");
        JsonNode slip = awaitInstructions(byAccount);
        assertEquals("VIRTUAL_ACCOUNT", slip.at("/instructions/kind").asText());
        assertEquals(accountNumber, slip.at("/instructions/account").asText());
        assertEquals(200, simulator.post("/sim/offline/pay", "application/x-www-form-urlencoded", "paymentNo=" + accountNumber).status());
        assertEquals(200, simulator.post("/sim/clock/advance", "application/x-www-form-urlencoded", "days=1").status());
        awaitOrder(byAccount.get("id").asText(), "SUCCEEDED");
        assertEquals(3, casesIn("PAID", webatm, egov, account));
    }

    @Test
    public void aConvenienceStorePaymentPostsDaysLater() throws Exception {
        String group = approvedGroup("超商", 2, "PS1");
        JsonNode order = start("cvs", null, group);
        String code = issued(order, "PaymentNo");
        JsonNode slip = awaitInstructions(order);
        assertEquals("STORE_CODE", slip.at("/instructions/kind").asText());
        assertEquals(code, slip.at("/instructions/storeCode").asText());
        assertEquals(200, simulator.post("/sim/offline/pay", "application/x-www-form-urlencoded", "paymentNo=" + code).status());
        assertEquals(200, simulator.post("/sim/clock/advance", "application/x-www-form-urlencoded", "days=1").status());
        assertEquals("paid at the store, not posted yet", "PENDING", order(order).get("status").asText());
        assertEquals(2, casesIn("AWAITING_PAYMENT", group));
        assertEquals(200, simulator.post("/sim/clock/advance", "application/x-www-form-urlencoded", "days=1").status());
        awaitOrder(order.get("id").asText(), "SUCCEEDED");
        assertEquals(2, casesIn("PAID", group));
    }

    @Test
    public void forgedDuplicateAndMismatchedCallbacksChangeNothingWrongly() throws Exception {
        String group = approvedGroup("壞回呼", 2, "PF1");
        simulator.post("/sim/switches", "application/x-www-form-urlencoded", "duplicate=true&forge=true");
        JsonNode order = start("card", null, group);
        payOnline(order, true);
        awaitOrder(order.get("id").asText(), "SUCCEEDED");
        awaitCallbacks("REJECTED", 1);
        assertEquals("two genuine copies, applied once", 2, historyCount("RECORD_PAYMENT", group));
        awaitCallbacks("DUPLICATE", 1);
        JsonNode discrepancies = first.get("/api/v1/payment-desk/discrepancies").json();
        assertTrue(discrepancies.toString(), discrepancies.toString().contains("FORGED_CALLBACK"));

        Http.Answer garbage = http().post("/api/v1/callbacks/card", "application/x-www-form-urlencoded",
                "MerchantID=3000001&MerchantTradeNo=" + order.get("reference").asText() + "&RtnCode=1&TradeAmt=1&CheckMacValue=00");
        assertEquals(400, garbage.status());
        assertTrue(garbage.body().startsWith("0|"));
        assertEquals(503, http().post("/api/v1/callbacks/no-such-channel", "application/x-www-form-urlencoded", "a=b").status());

        simulator.post("/sim/switches", "application/x-www-form-urlencoded", "reset=true&amountSkew=1");
        String skewed = approvedGroup("金額不符", 1, "PF2");
        JsonNode mismatch = start("card", null, skewed);
        payOnline(mismatch, true);
        awaitCallbacks("MISMATCH", 1);
        assertEquals("a wrong amount pays nothing", "PENDING", order(mismatch).get("status").asText());
        assertTrue(first.get("/api/v1/payment-desk/discrepancies").json().toString().contains("AMOUNT_MISMATCH"));
        // The provider's own record holds the right amount: the repair job's query settles it.
        assertEquals(200, first.postJson("/api/v1/payment-desk/repair", "").status());
        awaitOrder(mismatch.get("id").asText(), "SUCCEEDED");

        JsonNode open = first.get("/api/v1/payment-desk/discrepancies").json();
        long id = open.get(0).get("id").asLong();
        assertEquals(400, first.postJson("/api/v1/payment-desk/discrepancies/" + id + "/resolution", "{\"note\":\"\"}").status());
        JsonNode resolved = first.postJson("/api/v1/payment-desk/discrepancies/" + id + "/resolution",
                "{\"note\":\"已與金流商對帳\"}").json();
        assertEquals("已與金流商對帳", resolved.get("resolution").asText());
        assertEquals(403, clerk.get("/api/v1/payment-desk/discrepancies").status());
    }

    @Test
    public void lostCallbacksAndADownProviderAreRepairedByQuery() throws Exception {
        String group = approvedGroup("遺失回呼", 1, "PL1");
        simulator.post("/sim/switches", "application/x-www-form-urlencoded", "lose=true");
        JsonNode order = start("card", null, group);
        payOnline(order, true);
        assertEquals("no callback came", "PENDING", order(order).get("status").asText());
        simulator.post("/sim/switches", "application/x-www-form-urlencoded", "down=true");
        assertEquals(200, first.postJson("/api/v1/payment-desk/repair", "").status());
        assertEquals("the provider is down: nothing is decided", "PENDING", order(order).get("status").asText());
        assertEquals(1, casesIn("AWAITING_PAYMENT", group));
        simulator.post("/sim/switches", "application/x-www-form-urlencoded", "down=false");
        assertEquals(200, first.postJson("/api/v1/payment-desk/repair", "").status());
        awaitOrder(order.get("id").asText(), "SUCCEEDED");
        assertEquals(1, casesIn("PAID", group));
    }

    @Test
    public void payersChooseOnlyTheirOwnApprovedGroups() throws Exception {
        String approved = approvedGroup("自己的", 1, "PO1");
        String draftNumber = submittedGroup("未核准", 1, "PO2");
        Http.Answer notApproved = clerk.postJson("/api/v1/payments", UUID.randomUUID().toString(), order("card", null, draftNumber));
        assertEquals(409, notApproved.status());
        assertEquals("NOT_AWAITING_PAYMENT", notApproved.json().get("code").asText());
        addSchool("22099131");
        Http other = as("22099131");
        Http.Answer notTheirs = other.postJson("/api/v1/payments", UUID.randomUUID().toString(), order("card", null, approved));
        assertEquals(404, notTheirs.status());
        assertEquals("GROUP_NOT_FOUND", notTheirs.json().get("code").asText());
        Http.Answer noKey = clerk.postJson("/api/v1/payments", order("card", null, approved));
        assertEquals(400, noKey.status());
        assertEquals("IDEMPOTENCY_KEY_REQUIRED", noKey.json().get("code").asText());
        Http.Answer unknown = clerk.postJson("/api/v1/payments", UUID.randomUUID().toString(), order("bitcoin", null, approved));
        assertEquals("UNKNOWN_CHANNEL", unknown.json().get("code").asText());
        String key = UUID.randomUUID().toString();
        assertEquals(201, clerk.postJson("/api/v1/payments", key, order("card", null, approved)).status());
        Http.Answer reused = clerk.postJson("/api/v1/payments", key, order("webatm", null, approved));
        assertEquals(400, reused.status());
        assertEquals("IDEMPOTENCY_KEY_REUSED", reused.json().get("code").asText());
        assertEquals(403, first.postJson("/api/v1/payments", UUID.randomUUID().toString(), order("card", null, approved)).status());
        assertEquals("no order was made by the refused requests", 1, count("select count(*) from payment_order o join payment_order_group l"
                + " on l.order_id = o.id join case_group g on g.id = l.group_id where g.group_number = ?", approved));
    }

    // --- helpers --------------------------------------------------------------------------------

    private String submittedGroup(String name, int applicants, String prefix) {
        String group = Filing.completeGroup(clerk, name, "foreign", applicants, prefix);
        return clerk.postJson("/api/v1/groups/" + group + "/submission", "").json().get("groupNumber").asText();
    }

    private String approvedGroup(String name, int applicants, String prefix) {
        String number = submittedGroup(name, applicants, prefix);
        for (JsonNode item : first.get("/api/v1/review/queue?status=AWAITING_FIRST_REVIEW&groupNumber=" + number).json().get("items")) {
            String receipt = item.get("receiptNumber").asText();
            assertEquals(200, first.postJson("/api/v1/review/cases/" + receipt + "/decisions", "{\"action\":\"PASS_FIRST_REVIEW\"}").status());
            assertEquals(200, second.postJson("/api/v1/review/cases/" + receipt + "/decisions", "{\"action\":\"APPROVE\"}").status());
        }
        return number;
    }

    private JsonNode start(String channel, String nationalId, String... groups) {
        Http.Answer started = clerk.postJson("/api/v1/payments", UUID.randomUUID().toString(), order(channel, nationalId, groups));
        assertEquals(started.body(), 201, started.status());
        return started.json();
    }

    /** Does what the payer's browser does: posts the signed form to the provider's page. */
    private String toProviderPage(JsonNode order) {
        JsonNode redirect = order.get("redirect");
        String url = redirect.get("url").asText();
        String path = url.substring(url.indexOf('/', "http://".length()));
        List<String> fields = new ArrayList<>();
        redirect.get("fields").fields().forEachRemaining(field -> fields.add(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue().asText(), StandardCharsets.UTF_8)));
        Http.Answer page = simulator.post(path, "application/x-www-form-urlencoded", String.join("&", fields));
        assertEquals(page.body(), 200, page.status());
        return page.body();
    }

    private void payOnline(JsonNode order, boolean pay) {
        String page = toProviderPage(order);
        assertTrue(page, page.contains(order.get("amountTwd").asText()));
        Http.Answer result = simulator.post("/sim/pay", "application/x-www-form-urlencoded", "reference="
                + order.get("reference").asText() + "&outcome=" + (pay ? "paid" : "failed"));
        assertEquals(result.body(), 200, result.status());
    }

    private String issued(JsonNode order, String what) {
        Matcher shown = SHOWN.matcher(toProviderPage(order));
        while (shown.find()) {
            if (shown.group(1).equals(what)) {
                return shown.group(2);
            }
        }
        throw new AssertionError("The provider's page shows no " + what);
    }

    private JsonNode order(JsonNode order) {
        return clerk.get("/api/v1/payments/" + order.get("id").asText()).json();
    }

    private JsonNode awaitOrder(String id, String status) {
        Http.Answer answer = clerk.await("/api/v1/payments/" + id, a -> a.status() == 200 && status.equals(a.json().get("status").asText()),
                Duration.ofSeconds(30));
        assertEquals(answer.body(), status, answer.json().get("status").asText());
        return answer.json();
    }

    /** The provider reports an offline slip's instructions by a callback of their own, after its page showed them. */
    private JsonNode awaitInstructions(JsonNode order) {
        return clerk.await("/api/v1/payments/" + order.get("id").asText(), a -> a.status() == 200
                && a.json().hasNonNull("instructions"), Duration.ofSeconds(30)).json();
    }

    private void awaitCallbacks(String outcome, int atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count("select count(*) from payment_callback where outcome = ?", outcome) < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No " + outcome + " callback within 30 s");
            }
            Thread.sleep(100); // polling interval of a condition wait
        }
    }

    private static JsonNode channel(JsonNode quote, String id) {
        for (JsonNode channel : quote.get("channels")) {
            if (id.equals(channel.get("id").asText())) {
                return channel;
            }
        }
        throw new AssertionError("No channel " + id + " in " + quote);
    }

    private static String groups(String... numbers) {
        return "{\"groupNumbers\":[" + List.of(numbers).stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(",")) + "]}";
    }

    private static String order(String channel, String nationalId, String... numbers) {
        String groups = groups(numbers);
        return groups.substring(0, groups.length() - 1) + ",\"channelId\":\"" + channel + "\""
                + (nationalId == null ? "" : ",\"payerNationalId\":\"" + nationalId + "\"") + "}";
    }

    private int casesIn(String status, String... groups) throws Exception {
        int total = 0;
        for (String group : groups) {
            total += count("select count(*) from case_applicant a join case_group g on g.id = a.group_id where g.group_number = ?"
                    + " and a.status = '" + status + "'", group);
        }
        return total;
    }

    private int historyCount(String action, String... groups) throws Exception {
        int total = 0;
        for (String group : groups) {
            total += count("select count(*) from case_history h join case_group g on g.id = h.group_id where g.group_number = ?"
                    + " and h.action = '" + action + "'", group);
        }
        return total;
    }

    private int count(String sql, String parameter) throws Exception {
        try (Connection connection = openDirectConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

}
