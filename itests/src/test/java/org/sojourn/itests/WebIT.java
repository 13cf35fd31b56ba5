package org.sojourn.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The web front end in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver})
 * against the built distribution on PostgreSQL: a school clerk signs in with the captcha, files a
 * two-student group with every upload through the pages and submits it, and the walk goes on to
 * payment and downloads; a mainland student registers with the link mailed to a real SMTP server
 * (GreenMail), applies and withdraws; an administrator installs an applicant type that the school's
 * wizard then offers. Screenshots of the key pages go to {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one browser, one node: the walks run as the README tells them
class WebIT {

    /** A failed walk leaves its page: a screenshot, the notice and the browser's console. */
    @RegisterExtension
    static final TestWatcher FAILED_PAGE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                picture("failed-" + context.getRequiredTestMethod().getName());
                System.err.println("notice: " + browser.findElement(By.id("notice")).getText() + "\npage: "
                        + browser.findElement(By.id("main")).getText() + "\nconsole: " + browser.manage().logs().get("browser").getAll());
            } catch (Exception | AssertionError unavailable) {
                System.err.println("no page to show: " + unavailable);
            }
        }
    };

    private static final Duration BOOT = Duration.ofSeconds(120);
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Path DOWNLOADS = Path.of("target", "downloads", "web");
    /** The clerk who sends a school's group (送件人). */
    private static final Map<String, String> SENDER = Map.of("sender.name", "王小明", "sender.nationalId", "A123456789",
            "sender.phone", "02-2388-9393", "sender.email", "clerk@ntu.edu.tw");

    private static String database;
    private static Distribution sojourn;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String base;
    private static GreenMail smtp;
    /** The captcha answered last; each is used up by its answer. */
    private static String lastCaptcha;

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.createDatabase();
        smtp = new GreenMail(new ServerSetup(FreePorts.pick(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        sojourn = Distribution.unpack();
        for (Map.Entry<String, Map<String, String>> pid : Simulators.configuration(sojourn.port()).entrySet()) {
            sojourn.configure(pid.getKey(), pid.getValue());
        }
        // The simulator outlives other classes' databases, whose order numbers start at 1 as this one's do.
        assertEquals(200, Http.at(Simulators.url()).post("/sim/switches", "application/x-www-form-urlencoded", "reset=true&forget=true")
                .status());
        sojourn.start(Map.of("SOJOURN_DB_URL", TestPostgres.urlOf(database), "SOJOURN_DB_USER", TestPostgres.user(),
                "SOJOURN_DB_PASSWORD", TestPostgres.password(), "SOJOURN_DEMO", "true",
                "SOJOURN_SMTP_HOST", "127.0.0.1", "SOJOURN_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                // the mailed links come back to this node, as they would to the agency's public address
                "SOJOURN_PUBLIC_URL", sojourn.http().base()));
        sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, BOOT);
        // The sign-in service may still be taking its configuration when the node turns healthy.
        sojourn.http().await("/api/v1/captcha", answer -> answer.status() == 200, BOOT);
        base = sojourn.http().base();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("sojourn.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=zh-TW");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        Files.createDirectories(DOWNLOADS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("sojourn.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Headless Chromium keeps downloads off unless told where they go.
        chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                DOWNLOADS.toAbsolutePath().toString()));
        browser = chrome;
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // pages redraw while a condition is polled
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (sojourn != null) {
            sojourn.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void aSchoolClerkFilesATwoStudentGroupWithUploadsAndSubmitsIt() throws Exception {
        browser.get(base + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("portal-school")));
        assertTrue(browser.getCurrentUrl().endsWith("/ui/index.html"), browser.getCurrentUrl());
        shot("entrance");
        browser.findElement(By.id("language")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portal-school"), "Schools"));
        browser.findElement(By.id("language")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portal-school"), "學校"));

        browser.findElement(By.id("portal-school")).click();
        signIn("03734301-01", "wrong-password-1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "帳號或密碼"));
        signIn("03734301-01", "Sojourn-demo-2026");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-application"))).click();

        WebElement create = wait.until(ExpectedConditions.elementToBeClickable(By.id("create-group")));
        browser.findElement(By.id("applicationName")).sendKeys("瀏覽器送件");
        fillIn("", SENDER);
        create.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("consent-error"), "同意"));
        browser.findElement(By.id("consent")).click();
        shot("new-application");
        create.click();

        WebElement attorney = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("powerOfAttorney")));
        attorney.sendKeys(file("attorney.jpg", Filing.scan(30)).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-field=powerOfAttorney]"), "attorney.jpg"));
        for (String passport : List.of("WB100001", "WB100002")) {
            addStudent(passport);
        }
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tbody tr"), 2));
        assertEquals(2, browser.findElements(By.cssSelector(".badge.done")).size() - 1, "both applicants complete, and the attorney");
        shot("group");

        browser.findElement(By.id("submit-group")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("group-number")),
                ExpectedConditions.textMatches(By.id("notice"), java.util.regex.Pattern.compile("\\S"))));
        assertEquals(1, browser.findElements(By.id("group-number")).size(), browser.findElement(By.id("notice")).getText());
        WebElement number = browser.findElement(By.id("group-number"));
        String groupNumber = number.getText().replaceAll("\\D", "");
        assertTrue(groupNumber.matches("\\d{2}102\\d{4}"), number.getText());
        shot("submitted");
        assertEquals(2, casesIn("AWAITING_FIRST_REVIEW", groupNumber));
        List<String> receipts = List.of(browser.findElement(By.id("receipts")).getText().split("、"));

        // The first reviewer returns one case for correction, having looked at its photo beside its data.
        switchTo("officer", "officer-first");
        // The queue's filters: another group's number finds nothing, this one's both cases.
        fill(wait.until(ExpectedConditions.elementToBeClickable(By.id("queue-groupNumber"))), "159990001");
        browser.findElement(By.id("queue-filter")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("case-" + receipts.get(0))));
        fill(wait.until(ExpectedConditions.elementToBeClickable(By.id("queue-groupNumber"))), groupNumber);
        new Select(browser.findElement(By.id("queue-applicantType"))).selectByValue("foreign");
        browser.findElement(By.id("queue-filter")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("case-" + receipts.get(1))));
        shot("review-queue");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("case-" + receipts.get(0)))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("view-photo"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#viewer img")));
        shot("review-case");
        assertTrue(browser.findElement(By.cssSelector(".data")).getText().contains("WB100001"),
                browser.findElement(By.cssSelector(".data")).getText());
        decide("RETURN_FOR_CORRECTION", "");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comment-error"), "必須填寫"));
        decide("RETURN_FOR_CORRECTION", "護照影本不清楚，請重新上傳。");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("case-" + receipts.get(1))));
        assertEquals(1, casesIn("RETURNED_FOR_CORRECTION", groupNumber));

        // The school reads the comment, uploads a new scan, corrects a field, replies and sends it back.
        switchTo("school", "03734301-01");
        browser.get(base + "/ui/index.html#/groups/" + groupNumber);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-status=RETURNED_FOR_CORRECTION]")));
        browser.findElement(By.xpath("//tr[.//*[@data-status='RETURNED_FOR_CORRECTION']]//a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "護照影本不清楚"));
        upload("document-passport", file("passport-again.jpg", Filing.scan(40)));
        fill(browser.findElement(By.id("f-department")), "電機工程學系");
        browser.findElement(By.id("save-applicant")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已暫存"));
        browser.findElement(By.id("reply")).sendKeys("已重新上傳清楚的護照影本。");
        shot("correction");
        browser.findElement(By.id("resubmit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已補正送件"));
        assertEquals(2, casesIn("AWAITING_FIRST_REVIEW", groupNumber));

        // Both reviews pass both cases: the group awaits payment.
        switchTo("officer", "officer-first");
        for (String receipt : receipts) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("case-" + receipt))).click();
            decide("PASS_FIRST_REVIEW", "");
        }
        switchTo("officer", "officer-second");
        for (String receipt : receipts) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("case-" + receipt))).click();
            decide("APPROVE", "");
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "待繳費"));
        assertEquals(2, casesIn("AWAITING_PAYMENT", groupNumber));

        // The school pays by card on the provider's page and downloads the certificate and the receipt.
        switchTo("school", "03734301-01");
        browser.findElement(By.id("pay")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("payable-" + groupNumber))).click();
        browser.findElement(By.id("quote")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("channel-card"))).click();
        assertTrue(browser.findElement(By.id("total")).getText().contains("2,000"), browser.findElement(By.id("total")).getText());
        shot("payment");
        browser.findElement(By.id("pay-now")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("pay"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("back"))).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("payment-status"), "data-status", "SUCCEEDED"));
        shot("payment-result");
        assertEquals(2, casesIn("PAID", groupNumber));
        browser.findElement(By.cssSelector("#main a.primary[href='#/downloads']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main button.secondary")));
        shot("downloads");
        for (WebElement button : browser.findElements(By.cssSelector("#main button.secondary"))) {
            button.click();
        }
        Path certificate = DOWNLOADS.resolve(receipts.get(0) + "r.pdf");
        Path receipt = DOWNLOADS.resolve("fee-receipt-" + groupNumber + ".pdf");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(done -> Files.exists(certificate) && Files.exists(receipt));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            throw new AssertionError("downloads: " + List.of(DOWNLOADS.toFile().list()) + "; notice: "
                    + browser.findElement(By.id("notice")).getText() + "; console: "
                    + browser.manage().logs().get("browser").getAll(), notThere);
        }
        assertTrue(SignedPdfs.text(Files.readAllBytes(certificate)).contains("WB100001"));
        assertTrue(SignedPdfs.text(Files.readAllBytes(receipt)).contains(groupNumber));

        // The registered student's IC card at the card desk: found by receipt number and payer name, made, picked up.
        switchTo("officer", "card-desk");
        WebElement deskReceipt = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("desk-receipt")));
        deskReceipt.sendKeys(receipts.get(1));
        browser.findElement(By.id("desk-payer")).sendKeys("Someone Else");
        browser.findElement(By.id("desk-find")).click();
        wait.until(ExpectedConditions.textMatches(By.id("notice"), java.util.regex.Pattern.compile("\\S")));
        fill(browser.findElement(By.id("desk-payer")), "ana silva");
        browser.findElement(By.id("desk-find")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-status", "PAID"));
        browser.findElement(By.id("desk-act")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-status", "CARD_READY"));
        browser.findElement(By.id("desk-act")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-status", "PICKED_UP"));
        shot("card-desk");
        assertEquals(1, casesIn("PICKED_UP", groupNumber));

        // The administrator sees the installed plugins with their versions and state.
        switchTo("admin", "admin");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-plugin=foreign]"), "服務中"));
        assertTrue(browser.findElement(By.id("main")).getText().contains("sojourn-applicant-exchange"), "the plugin offered, not installed");
        shot("plugins");
    }

    @Test
    @Order(2)
    void aMainlandStudentRegistersWithTheMailedLinkAppliesAndWithdraws() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
        // The agency's own systems feed the permit the student holds, its last months running (the extension window).
        Http.Answer fed = sojourn.signedIn(database, "admin").postJson("/api/v1/admin/agency-records", "{\"records\":[{"
                + "\"kind\":\"MAINLAND\",\"permitNumber\":\"M30000001\",\"name\":\"王大明\",\"birthDate\":\"2004-06-01\","
                + "\"documentKind\":\"MULTIPLE_ENTRY_PERMIT\",\"validFrom\":\"" + today.minusYears(1) + "\",\"validUntil\":\""
                + today.plusMonths(2) + "\",\"schoolNumber\":\"03734301\",\"values\":{\"relation\":\"SELF\",\"chineseName\":\"王大明\","
                + "\"pinyinName\":\"WANG DAMING\",\"sex\":\"M\",\"birthDate\":\"2004-06-01\",\"birthProvince\":\"浙江省\","
                + "\"school\":\"國立示範大學\",\"programme\":\"MASTER\",\"department\":\"資訊工程學系\"}}]}");
        assertEquals(200, fed.status(), fed.body());
        String password = "西湖的春天 spring 2026";

        fresh();
        browser.findElement(By.id("portal-mainland")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("register"))).click();
        WebElement register = wait.until(ExpectedConditions.elementToBeClickable(By.id("register")));
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("in-account", "wang.daming", "in-password", password,
                "in-passwordConfirmation", password, "in-name", "王大明", "in-birthDate", "2004-06-02", "in-permitNumber", "M30000001",
                "in-email", "wang@student.sojourn.invalid"));
        fillIn("", form);
        solveCaptcha();
        register.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "查無此學生資料"));
        fill(browser.findElement(By.id("in-birthDate")), "2004-06-01");
        solveCaptcha();
        shot("registration");
        browser.findElement(By.id("register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "啟用連結已寄至"));

        // The link in the mail opens the activation page; until then the account does not sign in.
        String link = mailedLink("wang@student.sojourn.invalid", "/activate?token=");
        browser.get(link);
        wait.until(ExpectedConditions.attributeToBe(By.id("activation"), "data-status", "ACTIVE"));
        shot("activated");
        browser.get(link);
        wait.until(ExpectedConditions.attributeToBe(By.id("activation"), "data-status", "REFUSED"));

        // The student applies for the extension of the permit, prefilled from the agency's record.
        browser.get(base + "/ui/index.html#/sign-in/mainland");
        signIn("wang.daming", password);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-application"))).click();
        WebElement create = wait.until(ExpectedConditions.elementToBeClickable(By.id("create-group")));
        new Select(browser.findElement(By.id("businessLine"))).selectByValue("112");
        browser.findElement(By.id("applicationName")).sendKeys("多次證延期");
        browser.findElement(By.id("consent")).click();
        create.click();
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applicationKind")))).selectByValue("EXTENSION");
        browser.findElement(By.id("grantNumber")).sendKeys("M30000001");
        browser.findElement(By.id("add-applicant")).click();
        WebElement save = wait.until(ExpectedConditions.elementToBeClickable(By.id("save-applicant")));
        assertEquals("王大明", browser.findElement(By.id("f-chineseName")).getAttribute("value"), "prefilled from the permit");
        Map<String, String> values = Map.of("mainlandIdNumber", "11010519491231002X", "travelPermitNumber", "T12345678",
                "travelPermitExpiry", today.plusYears(4).toString(), "addressPostalCode", "100", "addressCounty", "臺北市",
                "addressDistrict", "中正區", "addressStreet", "重慶南路一段", "addressNumber", "122號");
        fillIn("f-", values);
        save.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已暫存"));
        for (String document : List.of("travelPermit", "currentPermit", "enrolmentProof")) {
            upload("document-" + document, file(document + ".jpg", Filing.scan(30)));
        }
        upload("document-photo", file("photo.png", Filing.photo()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("completeness"), "資料完成"));
        shot("mainland-applicant");
        browser.findElement(By.linkText("回申請案")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-group"))).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        String groupNumber = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group-number"))).getText()
                .replaceAll("\\D", "");
        assertEquals(1, casesIn("AWAITING_FIRST_REVIEW", groupNumber));

        // Withdrawn with confirmation (撤銷): a dismissed question changes nothing.
        browser.get(base + "/ui/index.html#/groups/" + groupNumber);
        WebElement withdraw = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[starts-with(@id, 'withdraw-') and @id != 'withdraw-group']")));
        withdraw.click();
        wait.until(ExpectedConditions.alertIsPresent()).dismiss();
        assertEquals(1, casesIn("AWAITING_FIRST_REVIEW", groupNumber));
        withdraw.click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-status=WITHDRAWN]")));
        assertTrue(browser.findElement(By.id("notice")).getText().contains("撤銷成功"), browser.findElement(By.id("notice")).getText());
        shot("withdrawn");
        assertEquals(1, casesIn("WITHDRAWN", groupNumber));

        // A forgotten password: the mailed link sets a new one.
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("portal-mainland"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("forgot"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("account"))).sendKeys("wang.daming");
        solveCaptcha();
        browser.findElement(By.id("send-link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "若帳號存在"));
        browser.get(mailedLink("wang@student.sojourn.invalid", "/reset-password?token="));
        String renewed = "錢塘江的潮水 tide 2027";
        fill(wait.until(ExpectedConditions.elementToBeClickable(By.id("in-password"))), renewed);
        fill(browser.findElement(By.id("in-passwordConfirmation")), renewed);
        browser.findElement(By.id("reset")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "密碼已設定"));
        browser.findElement(By.id("portal-mainland")).click();
        signIn("wang.daming", renewed);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-application")));
    }

    @Test
    @Order(3)
    void aSchoolKeepsItsProfileAndSubAccountsAndImportsItsStudentList() throws Exception {
        fresh();
        browser.findElement(By.id("portal-school")).click();
        signIn("03734301", "Sojourn-demo-2026");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("account-page"))).click();

        // The school's details: a required one missing is marked next to its field; complete, they are kept.
        WebElement saveProfile = wait.until(ExpectedConditions.elementToBeClickable(By.id("save-profile")));
        Map<String, String> profile = new java.util.LinkedHashMap<>();
        profile.putAll(Map.of("headName", "陳校長", "unit", "國際事務處", "phone", "02-3366-3366", "email", "oia@demo.sojourn.invalid",
                "address.postalCode", "106", "address.county", "臺北市", "address.district", "大安區", "address.street", "羅斯福路四段",
                "address.number", "1號"));
        profile.putAll(Map.of("handler.name", "王承辦", "handler.nationalId", "A123456789", "handler.landline", "02-3366-1234",
                "handler.email", "handler@demo.sojourn.invalid"));
        fillIn("profile-", profile);
        browser.findElement(By.id("profile-headName")).clear();
        saveProfile.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-headName-error"), "必須填寫"));
        fill(browser.findElement(By.id("profile-headName")), "陳校長");
        saveProfile.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已暫存"));

        // A new sub-account for a clerk: a malformed address refused at its field, then made; then disabled.
        Map<String, String> clerk = new java.util.LinkedHashMap<>(Map.of("name", "林承辦", "nationalId", "B123456780", "birthday",
                "1990-04-01", "unit", "僑生組", "password", "僑生組的新同事 2026", "passwordConfirmation", "僑生組的新同事 2026",
                "mobile", "0912-345-678", "email", "not an address"));
        clerk.putAll(Map.of("address.postalCode", "106", "address.county", "臺北市", "address.district", "大安區",
                "address.street", "羅斯福路四段", "address.number", "1號"));
        fillIn("sub-", clerk);
        browser.findElement(By.id("create-sub-account")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("sub-email"), "aria-invalid", "true"));
        assertEquals(2, subAccounts(), "nothing made");
        fill(browser.findElement(By.id("sub-email")), "lin@demo.sojourn.invalid");
        browser.findElement(By.id("create-sub-account")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已新增子帳號 03734301-03"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("toggle-03734301-03"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//tr[td='03734301-03']"), "已停用"));
        shot("account");
        assertEquals(3, subAccounts());

        // The student list: a dry run reports each row's problems and writes nothing; a clean list is imported.
        long rostered = rosterRows();
        browser.findElement(By.cssSelector("a.brand")).click();
        browser.get(base + "/ui/index.html#/roster");
        fill(wait.until(ExpectedConditions.elementToBeClickable(By.id("roster-year"))), "115");
        WebElement list = browser.findElement(By.id("roster-file"));
        Path wrong = file("Student_List-wrong.xlsx", RosterFiles.list(new org.apache.poi.xssf.usermodel.XSSFWorkbook(), ""));
        list.sendKeys(wrong.toString());
        browser.findElement(By.id("roster-check")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.attributeToBe(By.id("roster-summary"), "data-problems", "0")));
        assertFalse(browser.findElements(By.xpath("//section[@id='roster-report']//td[.='B']")).isEmpty(), "the English name's column");
        assertFalse(browser.findElement(By.id("roster-import")).isDisplayed(), "a list with problems is not imported");
        shot("roster-check");
        assertEquals(rostered, rosterRows());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = ''", list);
        list.sendKeys(file("Student_List.xlsx", RosterFiles.list(new org.apache.poi.xssf.usermodel.XSSFWorkbook(), "Chen Mei")).toString());
        browser.findElement(By.id("roster-check")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("roster-import"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "成功, 匯入資料: 3筆"));
        assertEquals(rostered + 3, rosterRows());

        // The password changes, every session ends, and the new one signs in.
        browser.get(base + "/ui/index.html#/account");
        String renewed = "新學期的新密碼 2026 秋";
        fill(wait.until(ExpectedConditions.elementToBeClickable(By.id("pw-currentPassword"))), "Sojourn-demo-2026");
        fill(browser.findElement(By.id("pw-newPassword")), renewed);
        fill(browser.findElement(By.id("pw-newPasswordAgain")), renewed);
        browser.findElement(By.id("change-password")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "密碼已變更"));
        browser.findElement(By.id("portal-school")).click();
        signIn("03734301", renewed);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("account-page")));
    }

    @Test
    @Order(4)
    void anAdministratorInstallsAnApplicantTypeThatTheSchoolsWizardThenOffers() throws Exception {
        fresh();
        browser.findElement(By.id("portal-admin")).click();
        signIn("admin", "Sojourn-demo-2026");
        WebElement install = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[id^='install-sojourn-applicant-exchange-']")));
        assertTrue(browser.findElements(By.cssSelector("[data-plugin=exchange]")).isEmpty(), "not serving before the install");
        install.click();
        new WebDriverWait(browser, BOOT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-plugin=exchange]"),
                "服務中"));
        shot("plugin-installed");

        // Nothing was redeployed: the school's next sign-in offers the new line and type, its form drawn from the plugin's schema.
        switchTo("school", "03734301-01");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-application"))).click();
        WebElement create = wait.until(ExpectedConditions.elementToBeClickable(By.id("create-group")));
        new Select(browser.findElement(By.id("businessLine"))).selectByValue("120");
        browser.findElement(By.id("applicationName")).sendKeys("交換生");
        fillIn("", SENDER);
        browser.findElement(By.id("consent")).click();
        create.click();
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applicantType")))).selectByValue("exchange");
        browser.findElement(By.id("add-applicant")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-homeUniversity")));
        shot("exchange-form");

        // Uninstalled again: the wizard no longer offers it.
        switchTo("admin", "admin");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id^='uninstall-sojourn-applicant-exchange-']"))).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        new WebDriverWait(browser, BOOT).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-plugin=exchange]")));
        assertTrue(browser.findElements(By.cssSelector("button[id^='install-sojourn-applicant-exchange-']")).size() > 0);

        // Reference data: a list is replaced whole, or not at all when an entry is at fault.
        wait.until(ExpectedConditions.elementToBeClickable(By.id("admin-reference"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("list-pickup-office"))).click();
        WebElement code = wait.until(ExpectedConditions.elementToBeClickable(By.id("entries[0].code")));
        String taipei = code.getAttribute("value");
        code.clear();
        browser.findElement(By.id("save-reference")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("entries[0].code"), "aria-invalid", "true"));
        assertFalse(browser.findElement(By.id("entries[0].code-error")).getText().isEmpty(), "the error beside the cell");
        fill(browser.findElement(By.id("entries[0].code")), taipei);
        fill(browser.findElement(By.id("entries[0].nameEn")), "Taipei City Service Center (Zhongzheng)");
        browser.findElement(By.id("save-reference")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已暫存"));
        shot("reference-data");
        assertEquals("Taipei City Service Center (Zhongzheng)", sojourn.http().get("/api/v1/reference/pickup-office").json()
                .get(0).get("nameEn").asText());
    }

    /** A new tab's state: the entrance, nobody signed in. */
    private void fresh() {
        browser.get(base + "/ui/index.html");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.get(base + "/ui/index.html#/");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("portal-school")));
    }

    /** @return the link in the newest mail to the address whose path starts so, as the recipient would click it */
    private static String mailedLink(String address, String path) throws Exception {
        Pattern link = Pattern.compile(Pattern.quote(base + path) + "[A-Za-z0-9_-]+");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] received = smtp.getReceivedMessages();
            for (int i = received.length - 1; i >= 0; i--) {
                Matcher found = link.matcher(GreenMailUtil.getBody(received[i]).replace("=\r\n", "").replace("=3D", "="));
                if (received[i].getAllRecipients()[0].toString().equals(address) && found.find()) {
                    return found.group();
                }
            }
            smtp.waitForIncomingEmail(1_000, received.length + 1);
        }
        throw new AssertionError("no mail to " + address + " with " + path);
    }

    private void switchTo(String portal, String account) throws Exception {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("portal-" + portal))).click();
        signIn(account, "Sojourn-demo-2026");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
    }

    private void decide(String action, String comment) {
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action")))).selectByValue(action);
        WebElement box = browser.findElement(By.id("comment"));
        box.clear();
        box.sendKeys(comment);
        browser.findElement(By.id("decide")).click();
    }

    private void signIn(String account, String password) throws Exception {
        solveCaptcha();
        browser.findElement(By.id("account")).clear();
        browser.findElement(By.id("account")).sendKeys(account);
        browser.findElement(By.id("password")).clear();
        browser.findElement(By.id("password")).sendKeys(password);
        if (password.startsWith("Sojourn")) {
            shot("sign-in");
        }
        browser.findElement(By.id("sign-in")).click();
    }

    /**
     * Types the answer of the captcha shown (read from the database, as only a person could read the
     * picture), once the page shows one not answered before: every answer uses its picture up.
     */
    private String solveCaptcha() throws Exception {
        wait.until(page -> {
            String shown = page.findElement(By.id("captcha-image")).getAttribute("data-captcha-id");
            return shown != null && !shown.isEmpty() && !shown.equals(lastCaptcha);
        });
        lastCaptcha = browser.findElement(By.id("captcha-image")).getAttribute("data-captcha-id");
        try (Connection connection = TestPostgres.connect(database)) {
            fill(browser.findElement(By.id("captcha-answer")), Captchas.solve(connection, lastCaptcha));
        }
        return lastCaptcha;
    }

    private void addStudent(String passport) throws Exception {
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applicantType")))).selectByValue("foreign");
        browser.findElement(By.id("add-applicant")).click();
        WebElement save = wait.until(ExpectedConditions.elementToBeClickable(By.id("save-applicant")));
        WebElement passportField = browser.findElement(By.id("f-passportNumber"));
        passportField.sendKeys("no way");
        save.click();
        wait.until(ExpectedConditions.attributeToBe(passportField, "aria-invalid", "true"));
        assertTrue(browser.findElement(By.id("f-passportNumber-error")).getText().length() > 0, "the error is next to the field");
        passportField = browser.findElement(By.id("f-passportNumber"));
        passportField.clear();
        Map<String, String> form = Filing.complete(passport);
        if (passport.endsWith("1")) {
            form.put("studyStatus", "ADMITTED_NOT_REGISTERED"); // receives the 6-month electronic certificate once paid
        }
        fillIn("f-", form);
        browser.findElement(By.id("save-applicant")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已暫存"));
        for (String document : Filing.FOREIGN_DOCUMENTS) {
            upload("document-" + document, file(document + ".jpg", Filing.scan(30)));
        }
        upload("document-photo", file("photo.png", Filing.photo()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("completeness"), "資料完成"));
        if (passport.endsWith("1")) {
            shot("applicant");
        }
        browser.findElement(By.linkText("回申請案")).click();
    }

    private void upload(String input, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(input))).sendKeys(file.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-field='documents." + input.substring(9) + "']"),
                file.getFileName().toString()));
    }

    /** Fills the inputs whose ids are the prefix and each key. */
    private void fillIn(String idPrefix, Map<String, String> values) {
        values.forEach((name, value) -> fill(browser.findElement(By.id(idPrefix + name)), value));
    }

    private void fill(WebElement input, String value) {
        String tag = input.getTagName();
        if (tag.equals("select")) {
            new Select(input).selectByValue(value);
        } else if ("date".equals(input.getAttribute("type"))) {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input,
                    value.replace('/', '-'));
        } else if ("checkbox".equals(input.getAttribute("type"))) {
            if ("true".equals(value) != input.isSelected()) {
                input.click();
            }
        } else {
            input.clear();
            input.sendKeys(value);
        }
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path directory = Files.createDirectories(Path.of("target", "uploads"));
        return Files.write(directory.resolve(name), content).toAbsolutePath();
    }

    /** The WCAG 2.2 A and AA rules axe-core checks automatically (the rest — meaning, order — are judged by people). */
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The pages audited already: the sign-in page is met at every change of account. */
    private static final java.util.Set<String> AUDITED = new java.util.HashSet<>();

    /** Screenshots a key page, after checking it (once) against the WCAG rules axe-core can decide. */
    private static void shot(String name) throws Exception {
        if (!AUDITED.add(name)) {
            picture(name);
            return;
        }
        Results audit = new AxeBuilder().withTags(WCAG).analyze(browser);
        List<String> violations = audit.getViolations().stream().map(rule -> rule.getId() + " (" + rule.getHelp() + "): "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList()).toList();
        assertTrue(violations.isEmpty(), name + " page: " + violations);
        assertTrue(audit.getPasses().size() > 10, name + " page: the audit ran its rules (" + audit.getPasses().size() + " passed)");
        System.out.println("axe-core on the " + name + " page: " + audit.getPasses().size() + " rules passed, "
                + audit.getIncomplete().size() + " for a person to judge");
        picture(name);
    }

    private static void picture(String name) throws Exception {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)"); // the notice above the page
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static long subAccounts() throws Exception {
        return count("select count(*) from account where role = 'SCHOOL_SUB' and school_number = '03734301'");
    }

    private static long rosterRows() throws Exception {
        return count("select count(*) from roster_student where school_number = '03734301'");
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = TestPostgres.connect(database); PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static int casesIn(String status, String groupNumber) throws Exception {
        try (Connection connection = TestPostgres.connect(database); PreparedStatement query = connection.prepareStatement(
                "select count(*) from case_applicant a join case_group g on g.id = a.group_id where g.group_number = ?"
                        + " and a.status = ?")) {
            query.setString(1, groupNumber);
            query.setString(2, status);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
