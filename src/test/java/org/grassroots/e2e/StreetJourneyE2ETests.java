package org.grassroots.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.grassroots.support.ServerTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A street staff member in a real browser (headless Chromium): signs in, opens a community, finds
 * its grid gaps, goes back to an organization flagged for attention and opens it. Screenshots go
 * to target/e2e/.
 */
class StreetJourneyE2ETests extends ServerTestBase {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SHOTS = Path.of("target", "e2e");

    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "apt-get install chromium chromium-driver");
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    private static void shot(String name) throws Exception {
        File file = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Opens a link as the browser would; a plain click can land on a sticky bar on a small window. */
    private static void follow(WebElement link) {
        driver.get(link.getDomAttribute("href").startsWith("http") ? link.getDomAttribute("href")
                : link.getAttribute("href"));
    }

    @Test
    void streetStaffFindsGridGapsAndAnOrganizationNeedingAttention() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(base() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys("street");
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        shot("street-1-login");
        driver.findElement(By.id("login-submit")).click();

        // the street's own page lists its communities
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("child-regions")));
        assertThat(driver.getCurrentUrl()).contains("/regions/");
        shot("street-2-street");
        follow(driver.findElement(By.cssSelector("#child-regions tbody tr a")));

        // a community: its grid gaps
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("community-grid-gaps")));
        String community = driver.getCurrentUrl();
        shot("street-3-community");
        follow(driver.findElement(By.id("community-grid-gaps")));
        wait.until(ExpectedConditions.urlContains("/grid-gaps"));
        assertThat(driver.getPageSource()).doesNotContain("error-title");
        shot("street-4-grid-gaps");

        // back on the community: an organization flagged for attention, opened
        driver.get(community);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("org-table")));
        List<WebElement> flagged = driver.findElements(By.xpath(
                "//table[@id='org-table']//tr[.//span[contains(@class,'org-warning')]]//td[1]/a"));
        assertThat(flagged).as("an organization needing attention in the demo community").isNotEmpty();
        String name = flagged.get(0).getText();
        follow(flagged.get(0));
        wait.until(ExpectedConditions.urlMatches(".*/orgs/\\d+$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(name);
        shot("street-5-organization");
    }
}
