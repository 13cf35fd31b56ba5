package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Approved groups are paid end to end through every reference channel against the provider
 * simulator over real HTTP: the payer's browser posts the signed form to the provider's page, the
 * provider calls back, offline payments post days later in simulated time. Forged, duplicate,
 * mismatched and lost callbacks and a provider that is down change no money state wrongly. A
 * partner's channel is installed, paid with and removed while clients keep calling; the day's
 * reconciliation report agrees with the tables and downloads as Excel.
 */
public class PaymentsIT extends PaymentTestSupport {

    private static final Pattern SHOWN = Pattern.compile("id=\"(PaymentNo|vAccount|Barcode2)\">([^<]*)<");

    @Override
    protected Option[] extraOptions() {
        List<Option> options = new ArrayList<>(List.of(super.extraOptions()));
        // Passed payment deadlines are applied within a second, not five minutes.
        options.add(editConfigurationFilePut("etc/org.sojourn.deadlines.cfg", "sweepSeconds", "1"));
        return options.toArray(Option[]::new);
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

        // The fee receipt to show at the counter: every field in both languages, signed with the configured key.
        byte[] receipt = clerk.download("/api/v1/fee-receipts/" + one + ".pdf");
        try (PDDocument document = Loader.loadPDF(receipt)) {
            String text = new PDFTextStripper().getText(document);
            String number = paid.at("/groups/0/groupNumber").asText().equals(one) ? paid.at("/groups/0/feeReceiptNumber").asText()
                    : paid.at("/groups/1/feeReceiptNumber").asText();
            for (String expected : List.of("內政部移民署 自行收納款項電子收據", "Electronic Receipt of Fees Collected", "外字第 " + number + "號",
                "團號：" + one + " 線上申辦", "新臺幣 貳仟元整", "2,000", "0508580102-1 證照費", "刷卡一", "主辦出納")) {
                assertTrue(expected + " in " + text, text.contains(expected));
            }
            PDSignature signature = document.getLastSignatureDictionary();
            X509Certificate configured = SignedPdfs.developmentCertificate();
            assertTrue("signed with the configured key", SignedPdfs.signedBy(receipt, configured));
            byte[] changed = receipt.clone();
            changed[signature.getByteRange()[1] / 2] ^= 1;
            assertFalse("a byte changed after signing fails", SignedPdfs.signedBy(changed, configured));

            // Anyone checks it by the code its QR code and link carry, without signing in.
            Matcher link = Pattern.compile("/api/v1/verify/(R\\.[0-9]+\\.[A-Za-z0-9_-]{22})").matcher(text);
            assertTrue(text, link.find());
            JsonNode verified = http().get("/api/v1/verify/" + link.group(1)).json();
            assertTrue(verified.toString(), verified.get("genuine").asBoolean());
            assertEquals("FEE_RECEIPT", verified.get("kind").asText());
            assertEquals(number, verified.get("documentNumber").asText());
            assertEquals(one, verified.get("groupNumber").asText());
            assertEquals("VALID", verified.get("status").asText());
            assertEquals(2000, verified.get("amountTwd").asInt());
            assertFalse("nothing personal in the answer", verified.toString().contains("刷卡一"));
            String forged = link.group(1).replace(number, number.substring(0, number.length() - 1)
                    + (number.endsWith("9") ? "8" : "9"));
            assertFalse("a changed number is not genuine", http().get("/api/v1/verify/" + forged).json().get("genuine").asBoolean());
            assertEquals("MALFORMED_CODE", http().get("/api/v1/verify/not-a-code").json().get("code").asText());

            // The file itself: genuine as issued, not once a byte changed or anything was appended.
            assertTrue(http().upload("/api/v1/verify", "receipt.pdf", receipt).json().get("genuine").asBoolean());
            assertFalse("changed after signing", http().upload("/api/v1/verify", "receipt.pdf", changed).json().get("genuine").asBoolean());
            byte[] appended = java.util.Arrays.copyOf(receipt, receipt.length + 10);
            assertFalse("bytes appended after signing", http().upload("/api/v1/verify", "receipt.pdf", appended).json()
                    .get("genuine").asBoolean());
            assertEquals("NOT_A_PDF", http().upload("/api/v1/verify", "receipt.pdf", "%PDF-not really".getBytes(StandardCharsets.UTF_8))
                    .json().get("code").asText());
        }
        // The download area lists the receipts, searchable by group, a case's receipt number and payment days.
        JsonNode listed = clerk.get("/api/v1/fee-receipts").json();
        assertTrue(listed.toString(), listed.toString().contains("\"groupNumber\":\"" + one + "\"")
                && listed.toString().contains("\"groupNumber\":\"" + two + "\""));
        String caseOfTwo = clerk.get("/api/v1/progress?groupNumber=" + two).json().at("/items/0/firstReceipt").asText();
        JsonNode byCase = clerk.get("/api/v1/fee-receipts?receiptNumber=" + caseOfTwo).json();
        assertEquals(1, byCase.size());
        assertEquals("/api/v1/fee-receipts/" + two + ".pdf", byCase.at("/0/download").asText());
        assertEquals(0, clerk.get("/api/v1/fee-receipts?paidFrom=2099-01-01").json().size());
        assertEquals("INVALID_DATE", clerk.get("/api/v1/fee-receipts?paidTo=someday").json().get("code").asText());
        assertEquals("NOT_PAID", clerk.get("/api/v1/fee-receipts/" + approvedGroup("未繳費收據", 1, "PC3") + ".pdf").json()
                .get("code").asText());
        addSchool("22099131");
        Http otherSchool = as("22099131");
        assertEquals(404, otherSchool.get("/api/v1/fee-receipts/" + one + ".pdf").status());
        assertEquals("another school's list holds none of them", 0, otherSchool.get("/api/v1/fee-receipts").json().size());
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
        String printed = SignedPdfs.text(clerk.download("/api/v1/payments/" + byAccount.get("id").asText() + "/slip.pdf"));
        assertTrue(printed, printed.contains("虛擬帳號 Virtual account：" + accountNumber) && printed.contains("銀行代碼 Bank code："));
        assertEquals("NO_SLIP", clerk.get("/api/v1/payments/" + byWebatm.get("id").asText() + "/slip.pdf").json().get("code").asText());
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
        String printed = SignedPdfs.text(clerk.download("/api/v1/payments/" + order.get("id").asText() + "/slip.pdf"));
        for (String expected : List.of("規費繳費單", "Fee Payment Slip", "繳費代碼 Payment code：" + code, "NT$ 2,000", "貳仟元整",
            "團號 Group " + group, order.get("reference").asText())) {
            assertTrue(expected + " in " + printed, printed.contains(expected));
        }
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
        awaitCallbacks("DUPLICATE", order);
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
        awaitCallbacks("MISMATCH", mismatch);
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
    public void callbacksForUnknownAndExpiredOrdersAreFlaggedAndPayNothingWrongly() throws Exception {
        // A success for an order Sojourn never made: acknowledged, kept, flagged, nothing paid.
        String stray = "SJ991231000000000777";
        String callbacks = URLEncoder.encode("http://127.0.0.1:" + Integer.getInteger("sojourn.it.http.port") + "/api/v1/callbacks/card",
                StandardCharsets.UTF_8);
        assertEquals(200, simulator.post("/sim/unsolicited", "application/x-www-form-urlencoded", "reference=" + stray
                + "&amount=1000&url=" + callbacks).status());
        awaitCallbacks("UNKNOWN_ORDER", 1);
        assertTrue(first.get("/api/v1/payment-desk/discrepancies").json().toString().contains(stray));

        // The payer leaves the provider's page; the order lapses once the provider says it holds no payment.
        String group = approvedGroup("逾期後付款", 1, "PX1");
        JsonNode order = start("card", null, group);
        toProviderPage(order);
        try (Connection connection = openDirectConnection(); PreparedStatement lapse = connection.prepareStatement(
                "update payment_order set expires_at = now() - interval '1 minute' where reference = ?")) {
            lapse.setString(1, order.get("reference").asText()); // the 30 minutes pass at once
            assertEquals(1, lapse.executeUpdate());
        }
        assertEquals(200, first.postJson("/api/v1/payment-desk/repair", "").status());
        assertEquals("EXPIRED", order(order).get("status").asText());
        assertEquals(1, casesIn("AWAITING_PAYMENT", group));
        // Then the payer pays on the page still open: the money is real and the cases still await it, so it is applied and flagged.
        assertEquals(200, simulator.post("/sim/pay", "application/x-www-form-urlencoded", "reference=" + order.get("reference").asText()
                + "&outcome=paid").status());
        awaitOrder(order.get("id").asText(), "SUCCEEDED");
        assertEquals(1, casesIn("PAID", group));
        JsonNode flagged = first.get("/api/v1/payment-desk/discrepancies").json();
        assertTrue(flagged.toString(), flagged.toString().contains("PAID_AFTER_CLOSE") && flagged.toString()
                .contains(order.get("reference").asText()));
    }

    @Test
    public void lostCallbacksAndADownOrSlowProviderAreRepairedByQuery() throws Exception {
        String group = approvedGroup("遺失回呼", 1, "PL1");
        simulator.post("/sim/switches", "application/x-www-form-urlencoded", "lose=true");
        JsonNode order = start("card", null, group);
        payOnline(order, true);
        assertEquals("no callback came", "PENDING", order(order).get("status").asText());
        simulator.post("/sim/switches", "application/x-www-form-urlencoded", "down=true");
        assertEquals(200, first.postJson("/api/v1/payment-desk/repair", "").status());
        assertEquals("the provider is down: nothing is decided", "PENDING", order(order).get("status").asText());
        assertEquals(1, casesIn("AWAITING_PAYMENT", group));
        // Slower than the channel's 2 s timeout: an unanswered question decides nothing either.
        simulator.post("/sim/switches", "application/x-www-form-urlencoded", "down=false&slowQueryMillis=3000");
        assertEquals(200, first.postJson("/api/v1/payment-desk/repair", "").status());
        assertEquals("the provider is too slow: nothing is decided", "PENDING", order(order).get("status").asText());
        assertEquals(1, casesIn("AWAITING_PAYMENT", group));
        simulator.post("/sim/switches", "application/x-www-form-urlencoded", "slowQueryMillis=0");
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

    @Test
    public void aPartnerChannelArrivesPaysAndLeavesWithoutAFailedRequest() throws Exception {
        Http admin = as("admin");
        String group = approvedGroup("合作夥伴", 1, "PP1");
        String feature = "sojourn-payment-twqr";
        Traffic traffic = new Traffic(Map.of(
                "health", () -> http().get("/api/v1/health"),
                "channels", () -> http().get("/api/v1/payments/channels"),
                "payable", () -> clerk.get("/api/v1/payments/payable"),
                "discrepancies", () -> first.get("/api/v1/payment-desk/discrepancies"))).start();
        List<String> failures;
        JsonNode paid;
        try {
            traffic.awaitMore(20);
            Http.Answer installed = admin.postJson("/api/v1/admin/plugins", "{\"feature\":\"" + feature + "\"}");
            assertEquals(installed.body(), 200, installed.status());
            http().await("/api/v1/payments/channels", answer -> answer.body().contains("\"twqr\""), Duration.ofSeconds(30));
            assertTrue("the administrator sees it", admin.get("/api/v1/admin/plugins").json().get("paymentChannels").toString()
                    .contains("台灣Pay"));

            JsonNode order = start("twqr", null, group);
            payOnline(order, true);
            paid = awaitOrder(order.get("id").asText(), "SUCCEEDED");

            Http.Answer removed = admin.delete("/api/v1/admin/plugins/" + feature + "/" + System.getProperty("sojourn.version"));
            assertEquals(removed.body(), 200, removed.status());
            http().await("/api/v1/payments/channels", answer -> answer.status() == 200 && !answer.body().contains("\"twqr\""),
                    Duration.ofSeconds(30));
            traffic.awaitMore(20);
        } finally {
            failures = traffic.stop();
        }
        assertEquals("requests that failed during the cycle", List.of(), failures);

        // Gone, yet its payment stays readable and in the day's reconciliation.
        assertEquals("SUCCEEDED", clerk.get("/api/v1/payments/" + paid.get("id").asText()).json().get("status").asText());
        assertEquals(1, casesIn("PAID", group));
        JsonNode day = channelDay(first.get("/api/v1/payment-desk/reconciliation/" + taiwanDay(paid)).json(), "twqr");
        assertTrue(day.toString(), day.get("payments").toString().contains(paid.get("reference").asText()));
        String other = approvedGroup("合作夥伴二", 1, "PP2");
        Http.Answer refused = clerk.postJson("/api/v1/payments", UUID.randomUUID().toString(), order("twqr", null, other));
        assertEquals("UNKNOWN_CHANNEL", refused.json().get("code").asText());
        // A late callback for it is kept, for the repair job once the channel returns.
        int kept = count("select count(*) from payment_callback where channel_id = ? and outcome = 'NO_CHANNEL'", "twqr");
        assertEquals(503, http().post("/api/v1/callbacks/twqr", "application/x-www-form-urlencoded", "MerchantTradeNo=late").status());
        assertEquals(kept + 1, count("select count(*) from payment_callback where channel_id = ? and outcome = 'NO_CHANNEL'", "twqr"));
    }

    @Test
    public void theDailyReconciliationBalancesWithTheLedgerAndDownloadsAsExcel() throws Exception {
        simulator.post("/sim/switches", "application/x-www-form-urlencoded", "amountSkew=-100");
        String group = approvedGroup("對帳", 2, "PR1");
        JsonNode order = start("card", null, group);
        payOnline(order, true);
        awaitCallbacks("MISMATCH", order);
        simulator.post("/sim/switches", "application/x-www-form-urlencoded", "reset=true");
        assertEquals(200, first.postJson("/api/v1/payment-desk/repair", "").status());
        JsonNode paid = awaitOrder(order.get("id").asText(), "SUCCEEDED");
        String day = taiwanDay(paid);

        JsonNode report = first.get("/api/v1/payment-desk/reconciliation/" + day).json();
        JsonNode card = channelDay(report, "card");
        JsonNode row = null;
        for (JsonNode payment : card.get("payments")) {
            row = paid.get("reference").asText().equals(payment.get("reference").asText()) ? payment : row;
        }
        assertTrue(card.toString(), row != null);
        assertEquals(List.of(group), List.of(row.get("groupNumbers").get(0).asText()));
        assertEquals(paid.at("/groups/0/feeReceiptNumber").asText(), row.get("feeReceiptNumbers").get(0).asText());
        assertEquals(2000, row.get("amountTwd").asLong());
        assertEquals("the provider's record, not the skewed callback", 2000, row.get("reportedTwd").asLong());
        assertTrue("the mismatch of the day is listed", card.get("discrepancies").toString().contains("AMOUNT_MISMATCH"));
        assertFalse("open discrepancies keep the day open", card.get("balanced").asBoolean());

        // The report's totals are the ledger's: every order paid that day, by channel.
        for (JsonNode channel : report.get("channels")) {
            String id = channel.get("channelId").asText();
            assertEquals(id, ledger("select count(*)", id, day), channel.get("count").asLong());
            assertEquals(id, ledger("select coalesce(sum(l.amount_twd), 0)", id, day), channel.get("amountTwd").asLong());
            assertEquals(id, ledger("select coalesce(sum(o.paid_amount_twd), 0)", id, day), channel.get("reportedTwd").asLong());
        }
        for (JsonNode open : first.get("/api/v1/payment-desk/discrepancies").json()) {
            first.postJson("/api/v1/payment-desk/discrepancies/" + open.get("id").asText() + "/resolution", "{\"note\":\"已對帳\"}");
        }
        JsonNode closed = first.get("/api/v1/payment-desk/reconciliation/" + day).json();
        assertTrue("resolved, the day balances: " + closed, closed.get("balanced").asBoolean());

        byte[] file = first.download("/api/v1/payment-desk/reconciliation/" + day + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet summary = workbook.getSheetAt(0);
            long due = 0;
            for (JsonNode channel : closed.get("channels")) {
                due += channel.get("amountTwd").asLong();
            }
            Row total = summary.getRow(3 + closed.get("channels").size());
            assertEquals("合計 Total", total.getCell(0).getStringCellValue());
            assertEquals(due, (long) total.getCell(3).getNumericCellValue());
            assertEquals(due, (long) total.getCell(5).getNumericCellValue());
            assertEquals("是 Yes", total.getCell(9).getStringCellValue());
            String cardSheet = sheetText(workbook.getSheet("card"));
            assertTrue(cardSheet, cardSheet.contains(paid.get("reference").asText()) && cardSheet.contains(group)
                    && cardSheet.contains("金額不符 Amount mismatch"));
        }
        assertEquals(403, clerk.get("/api/v1/payment-desk/reconciliation/" + day).status());
        assertEquals("INVALID_DATE", first.get("/api/v1/payment-desk/reconciliation/21-11-2026").json().get("code").asText());
    }

    @Test
    public void aPaymentPartnerReadsTheStatementOfItsOwnChannelsWithItsKey() throws Exception {
        Http admin = as("admin");
        Http.Answer registered = admin.postJson("/api/v1/admin/payment-partners",
                "{\"login\":\"partner-ecpay\",\"name\":\"綠界科技 ECPay\",\"channelIds\":[\"card\",\"webatm\"]}");
        assertEquals(registered.body(), 201, registered.status());
        Http.Answer issued = admin.postJson("/api/v1/admin/payment-partners/partner-ecpay/api-keys", "{\"name\":\"settlement\"}");
        assertEquals(issued.body(), 201, issued.status());
        assertEquals("[\"SETTLEMENTS_READ\"]", issued.json().at("/key/scopes").toString());
        Http partner = http().withApiKey(issued.json().get("secret").asText());

        String byCard = approvedGroup("夥伴刷卡", 1, "PP1");
        JsonNode cardOrder = start("card", null, byCard);
        payOnline(cardOrder, true);
        JsonNode paid = awaitOrder(cardOrder.get("id").asText(), "SUCCEEDED");
        String day = taiwanDay(paid);

        Http.Answer statement = partner.get("/api/v1/partner/statements/" + day);
        assertEquals(statement.body(), 200, statement.status());
        for (JsonNode channel : statement.json().get("channels")) {
            assertTrue("only its own channels: " + channel.get("channelId"),
                    List.of("card", "webatm").contains(channel.get("channelId").asText()));
        }
        JsonNode card = channelDay(statement.json(), "card");
        assertEquals("the agency's own report agrees", channelDay(first.get("/api/v1/payment-desk/reconciliation/" + day).json(),
                "card").get("amountTwd"), card.get("amountTwd"));
        assertTrue(card.toString(), card.get("payments").toString().contains(paid.get("reference").asText()));
        assertFalse("no group or fee receipt number reaches the partner", statement.body().contains(byCard)
                || statement.body().contains(paid.at("/groups/0/feeReceiptNumber").asText()));

        assertEquals("the partner's key reaches nothing else", 403, partner.get("/api/v1/payments/payable").status());
        assertEquals(403, partner.get("/api/v1/payment-desk/reconciliation/" + day).status());
        assertEquals(403, partner.get("/api/v1/admin/payment-partners").status());
        assertEquals(403, clerk.get("/api/v1/partner/statements/" + day).status());
        assertEquals("a partner has no password to sign in with", 401, signIn("partner-ecpay", DEMO_PASSWORD).status());

        Http.Answer taken = admin.postJson("/api/v1/admin/payment-partners",
                "{\"login\":\"partner-ecpay\",\"name\":\"again\",\"channelIds\":[\"card\"]}");
        assertEquals("LOGIN_TAKEN", taken.json().get("code").asText());
        Http.Answer wrong = admin.postJson("/api/v1/admin/payment-partners",
                "{\"login\":\"ecpay\",\"name\":\"\",\"channelIds\":[\"Card; drop table\"]}");
        assertEquals(400, wrong.status());
        for (String field : List.of("login", "name", "channelIds")) {
            assertTrue(wrong.body(), wrong.json().get("errors").toString().contains("\"" + field + "\""));
        }
        assertEquals("nothing half-made", 0, count("select count(*) from account where login = ?", "ecpay"));
        assertEquals(403, clerk.postJson("/api/v1/admin/payment-partners/partner-ecpay/api-keys", "{\"name\":\"x\"}").status());

        String keyId = issued.json().at("/key/id").asText();
        assertEquals(200, admin.delete("/api/v1/admin/payment-partners/partner-ecpay/api-keys/" + keyId).status());
        assertEquals("revoked at once", 401, partner.get("/api/v1/partner/statements/" + day).status());
        assertEquals(1, count("select count(*) from security_audit where event = 'PARTNER_REGISTER' and detail = ?", "partner-ecpay"));
        assertEquals(1, count("select count(*) from security_audit where event = 'API_KEY_REVOKE' and detail = ?", "key " + keyId));
    }

    @Test
    public void anUnpaidApprovalLapsesAfterItsDeadlineUnlessAPaymentIsUnderWay() throws Exception {
        String unpaid = approvedGroup("逾期未繳", 1, "PL1");
        String atTheStore = approvedGroup("超商繳費中", 1, "PL2");
        JsonNode order = start("cvs", null, atTheStore);
        String code = issued(order, "PaymentNo");
        awaitInstructions(order);

        // Both payment deadlines pass at once: what five working days would do, done to the rows.
        try (Connection connection = openDirectConnection(); PreparedStatement passed = connection.prepareStatement(
                "update case_applicant set deadline = current_date - 1 where group_id in"
                        + " (select id from case_group where group_number in (?, ?))")) {
            passed.setString(1, unpaid);
            passed.setString(2, atTheStore);
            assertEquals(2, passed.executeUpdate());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (casesIn("APPROVAL_LAPSED", unpaid) == 0) {
            assertTrue("the sweeper lapses the unpaid approval within 30 s", System.nanoTime() < deadline);
            Thread.sleep(100); // polling interval of a condition wait
        }
        assertEquals("the same sweep held the one a store payment is under way for", 1, casesIn("AWAITING_PAYMENT", atTheStore));
        assertEquals(1, historyCount("LAPSE_APPROVAL", unpaid));
        assertEquals("the applicant is told", 1, count("select count(*) from mail_outbox where subject like ?", "%核准失效%"));
        assertFalse("no longer payable", clerk.get("/api/v1/payments/payable").body().contains(unpaid));
        assertEquals("NOT_AWAITING_PAYMENT", clerk.postJson("/api/v1/payments", UUID.randomUUID().toString(),
                order("card", null, unpaid)).json().get("code").asText());

        assertEquals(200, simulator.post("/sim/offline/pay", "application/x-www-form-urlencoded", "paymentNo=" + code).status());
        assertEquals(200, simulator.post("/sim/clock/advance", "application/x-www-form-urlencoded", "days=2").status());
        awaitOrder(order.get("id").asText(), "SUCCEEDED");
        assertEquals("paid at the store on time, posted after the deadline", 1, casesIn("PAID", atTheStore));
    }

    // --- helpers --------------------------------------------------------------------------------

    private String submittedGroup(String name, int applicants, String prefix) {
        String group = Filing.completeGroup(clerk, name, "foreign", applicants, prefix);
        return clerk.postJson("/api/v1/groups/" + group + "/submission", "").json().get("groupNumber").asText();
    }

    private String approvedGroup(String name, int applicants, String prefix) {
        String number = submittedGroup(name, applicants, prefix);
        approve(number);
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

    /** Waits for a callback of this outcome for this order (earlier tests' callbacks of the outcome do not count). */
    private void awaitCallbacks(String outcome, JsonNode order) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count("select count(*) from payment_callback c join payment_order o on o.id = c.order_id where c.outcome = '"
                + outcome + "' and o.public_id = ?", order.get("id").asText()) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No " + outcome + " callback for order " + order.get("id") + " within 30 s");
            }
            Thread.sleep(100); // polling interval of a condition wait
        }
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

    /** @return the Taiwan day the provider says an order was paid on: the simulator's clock may run days ahead */
    private static String taiwanDay(JsonNode order) {
        return Instant.parse(order.get("paidAt").asText()).atZone(ZoneId.of("Asia/Taipei")).toLocalDate().toString();
    }

    private static JsonNode channelDay(JsonNode report, String id) {
        for (JsonNode channel : report.get("channels")) {
            if (id.equals(channel.get("channelId").asText())) {
                return channel;
            }
        }
        throw new AssertionError("No channel " + id + " in " + report);
    }

    /** @return a figure of the orders one channel was paid on one Taiwan day, straight from the tables */
    private long ledger(String select, String channel, String day) throws Exception {
        String sql = select + " from payment_order o join payment_order_group l on l.order_id = o.id where o.status = 'SUCCEEDED'"
                + " and o.channel_id = ? and (o.paid_at at time zone 'UTC') at time zone 'Asia/Taipei' >= cast(? as date)"
                + " and (o.paid_at at time zone 'UTC') at time zone 'Asia/Taipei' < cast(? as date) + 1";
        if (select.contains("paid_amount")) {
            sql = sql.replace("from payment_order o join payment_order_group l on l.order_id = o.id", "from payment_order o");
        }
        if (select.equals("select count(*)")) {
            sql = sql.replace("count(*)", "count(distinct o.id)");
        }
        try (Connection connection = openDirectConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, channel);
            query.setString(2, day);
            query.setString(3, day);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
        return text.toString();
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
