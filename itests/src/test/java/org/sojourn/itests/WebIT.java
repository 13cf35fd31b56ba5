package org.sojourn.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

/**
 * The web front end in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver})
 * against the built distribution on PostgreSQL: a school clerk signs in with the captcha, files a
 * two-student group with every upload through the pages and submits it. Screenshots of the key pages
 * go to {@code target/screenshots}.
 */
class WebIT {

    private static final Duration BOOT = Duration.ofSeconds(120);
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Path DOWNLOADS = Path.of("target", "downloads", "web");

    private static String database;
    private static Distribution sojourn;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.createDatabase();
        sojourn = Distribution.unpack();
        for (Map.Entry<String, Map<String, String>> pid : Simulators.configuration(sojourn.port()).entrySet()) {
            sojourn.configure(pid.getKey(), pid.getValue());
        }
        // The simulator outlives other classes' databases, whose order numbers start at 1 as this one's do.
        assertEquals(200, Http.at(Simulators.url()).post("/sim/switches", "application/x-www-form-urlencoded", "reset=true&forget=true")
                .status());
        sojourn.start(Map.of("SOJOURN_DB_URL", TestPostgres.urlOf(database), "SOJOURN_DB_USER", TestPostgres.user(),
                "SOJOURN_DB_PASSWORD", TestPostgres.password(), "SOJOURN_DEMO", "true"));
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
    }

    @Test
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
        Map<String, String> sender = Map.of("sender.name", "王小明", "sender.nationalId", "A123456789", "sender.phone", "02-2388-9393",
                "sender.email", "clerk@ntu.edu.tw");
        for (Map.Entry<String, String> value : sender.entrySet()) {
            fill(browser.findElement(By.id(value.getKey())), value.getValue());
        }
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
        WebElement picture = wait.until(ExpectedConditions.attributeToBeNotEmpty(
                browser.findElement(By.id("captcha-image")), "data-captcha-id")) ? browser.findElement(By.id("captcha-image")) : null;
        String captchaId = picture.getAttribute("data-captcha-id");
        String answer;
        try (Connection connection = TestPostgres.connect(database)) {
            answer = Captchas.solve(connection, captchaId);
        }
        browser.findElement(By.id("account")).clear();
        browser.findElement(By.id("account")).sendKeys(account);
        browser.findElement(By.id("password")).clear();
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("captcha-answer")).sendKeys(answer);
        if (password.startsWith("Sojourn")) {
            shot("sign-in");
        }
        browser.findElement(By.id("sign-in")).click();
        if (!password.startsWith("Sojourn")) {
            // a failed sign-in brings a new picture
            wait.until(ExpectedConditions.not(ExpectedConditions.attributeToBe(By.id("captcha-image"), "data-captcha-id", captchaId)));
        }
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
        for (Map.Entry<String, String> value : form.entrySet()) {
            fill(browser.findElement(By.id("f-" + value.getKey())), value.getValue());
        }
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

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
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
