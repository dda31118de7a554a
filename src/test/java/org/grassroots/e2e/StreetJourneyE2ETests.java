package org.grassroots.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A street staff member in a real browser (headless Chromium): signs in, opens a community, finds
 * its grid gaps, goes back to an organization flagged for attention and opens it. Screenshots go
 * to target/e2e/.
 */
class StreetJourneyE2ETests extends BrowserTestBase {

    @Test
    void streetStaffFindsGridGapsAndAnOrganizationNeedingAttention() throws Exception {
        WebDriverWait wait = waitIn(driver);
        signIn(driver, "street", "street-1");

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
