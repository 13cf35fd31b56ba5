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

    private static String database;
    private static Distribution sojourn;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.createDatabase();
        sojourn = Distribution.unpack();
        sojourn.start(Map.of("SOJOURN_DB_URL", TestPostgres.urlOf(database), "SOJOURN_DB_USER", TestPostgres.user(),
                "SOJOURN_DB_PASSWORD", TestPostgres.password(), "SOJOURN_DEMO", "true"));
        sojourn.http().await("/api/v1/health", answer -> answer.status() == 200, BOOT);
        base = sojourn.http().base();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("sojourn.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=zh-TW");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("sojourn.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
        assertEquals(2, casesAwaitingFirstReview(groupNumber));
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
        for (Map.Entry<String, String> value : Filing.complete(passport).entrySet()) {
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

    private static int casesAwaitingFirstReview(String groupNumber) throws Exception {
        try (Connection connection = TestPostgres.connect(database); PreparedStatement query = connection.prepareStatement(
                "select count(*) from case_applicant a join case_group g on g.id = a.group_id where g.group_number = ?"
                        + " and a.status = 'AWAITING_FIRST_REVIEW'")) {
            query.setString(1, groupNumber);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
