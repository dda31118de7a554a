package org.grassroots.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.grassroots.support.ServerTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.util.FileSystemUtils;

/**
 * What every browser journey shares: the application on a real port (the one context of
 * {@link ServerTestBase}), one headless Chromium per class (more on demand, each with its own
 * profile), signing in, waiting on conditions and screenshots under target/e2e/. Journeys are skipped
 * where Debian's chromium and chromium-driver are not installed.
 */
abstract class BrowserTestBase extends ServerTestBase {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SHOTS = Path.of("target", "e2e");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /**
     * How often a wait looks again. Selenium's default of 500 ms added up to half a second to every
     * wait that was not met at once (most waits after a click or a submit).
     */
    private static final Duration POLL = Duration.ofMillis(50);

    /** The browser of the class, opened before its first journey. */
    protected static ChromeDriver driver;

    private static final Map<WebDriver, Path> PROFILES = new HashMap<>();

    @Autowired
    protected MessageSource messages;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "apt-get install chromium chromium-driver");
        Files.createDirectories(SHOTS);
        driver = openBrowser();
    }

    @AfterAll
    static void stopBrowsers() {
        for (WebDriver open : new ArrayList<>(PROFILES.keySet())) {
            quit(open);
        }
        driver = null;
    }

    /**
     * A further headless Chromium with a profile of its own (own cookies, so its own session); the
     * files it downloads land in {@link #downloadsOf}. Quit with {@link #quit}, or at the end of the class.
     */
    static ChromeDriver openBrowser() throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        // the console, read by consoleErrors: what our own scripts and the CSP report
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath()
                .toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        PROFILES.put(browser, profile);
        // headless Chromium may ignore the download preferences unless told over CDP as well
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toAbsolutePath().toString()));
        return browser;
    }

    /** Where the browser's downloads land. */
    static Path downloadsOf(WebDriver browser) {
        return PROFILES.get(browser).resolve("downloads");
    }

    /** Waits for the browser to finish downloading a file whose name ends so, and returns it. */
    static Path downloaded(WebDriver browser, String suffix) {
        Path dir = downloadsOf(browser);
        return waitIn(browser).until(d -> {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Quits the browser and removes its profile. */
    static void quit(WebDriver browser) {
        Path profile = PROFILES.remove(browser);
        try {
            browser.quit();
        } finally {
            if (profile != null) {
                FileSystemUtils.deleteRecursively(profile.toFile());
            }
        }
    }

    static WebDriverWait waitIn(WebDriver browser) {
        return new WebDriverWait(browser, PATIENCE, POLL);
    }

    /** Signs in through the login form as a demo user and waits for the page that follows. */
    void signIn(WebDriver browser, String username, String shotPrefix) throws Exception {
        browser.get(base() + "/");
        WebDriverWait wait = waitIn(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        shot(browser, shotPrefix + "-login");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    static void shot(WebDriver browser, String name) throws Exception {
        File file = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void shot(String name) throws Exception {
        shot(driver, name);
    }

    /** Opens a link as the browser would; a plain click can land on a sticky bar on a small window. */
    static void follow(WebDriver browser, WebElement link) {
        String href = link.getDomAttribute("href");
        browser.get(href.startsWith("http") ? href : link.getDomProperty("href"));
    }

    static void follow(WebElement link) {
        follow(driver, link);
    }

    /**
     * Clicks an element after scrolling it to the middle of the window (clear of the sticky bars);
     * instantly, since Bootstrap makes scrolling smooth and a click during the animation misses.
     */
    static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Types into a field as a user would, replacing what it held. */
    static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date field (the browser's date picker is not typed into reliably across locales). */
    static void date(WebDriver browser, String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.findElement(By.id(id)), isoDate);
    }

    static Select select(WebDriver browser, String id) {
        return new Select(browser.findElement(By.id(id)));
    }

    static String value(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    /** The message as the application writes it in the given language. */
    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String chinese(String key, Object... args) {
        return message(key, Locale.SIMPLIFIED_CHINESE, args);
    }

    /**
     * The SEVERE console entries since the last call that concern this application's own origin
     * (its scripts, styles and pages: errors thrown, CSP refusals, failed loads).
     */
    List<String> consoleErrors(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(m -> m.contains(base())).toList();
    }

    static List<WebElement> all(WebDriver browser, String css) {
        return browser.findElements(By.cssSelector(css));
    }
}
