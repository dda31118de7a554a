package org.grassroots.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A district official in a real browser: drills down from the district to a street and a community
 * that need attention, opens an organization flagged there, then reads the same page in English and
 * switches back to Chinese.
 */
class DistrictJourneyE2ETests extends BrowserTestBase {

    /** The links of the child-region rows whose attention count is highlighted (above zero). */
    private static final String NEEDING_ATTENTION =
            "//table[@id='child-regions']/tbody/tr[td[last()]/span[contains(@class,'badge')]]/td[1]/a";

    @Test
    void districtOfficialDrillsDownToAnOrganizationAndReadsItInEnglish() throws Exception {
        WebDriverWait wait = waitIn(driver);
        signIn(driver, "district", "district-1");

        // the district: its streets, one of them with organizations needing attention
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("child-regions")));
        assertThat(driver.getPageSource()).contains(chinese("level.children.STREET"));
        String district = text(driver, "page-title");
        shot("district-2-district");
        String street = drillDown();

        // the street: its communities
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), street));
        assertThat(text(driver, "breadcrumb")).contains(district);
        assertThat(driver.getPageSource()).contains(chinese("level.children.COMMUNITY"));
        shot("district-3-street");
        String community = drillDown();

        // the community: an organization flagged for attention
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), community));
        assertThat(text(driver, "breadcrumb")).contains(district, street);
        shot("district-4-community");
        List<WebElement> flagged = driver.findElements(By.xpath(
                "//table[@id='org-table']//tr[.//span[contains(@class,'org-warning')]]//td[1]/a"));
        assertThat(flagged).as("an organization needing attention in the community").isNotEmpty();
        String org = flagged.get(0).getText();
        follow(flagged.get(0));
        wait.until(ExpectedConditions.urlMatches(".*/orgs/\\d+$"));
        assertThat(text(driver, "page-title")).isEqualTo(org);
        assertThat(all(driver, "#org-warnings .org-warning")).isNotEmpty();
        int people = all(driver, "#member-table tbody tr").size();
        String members = text(driver, "total-members");
        String secretary = text(driver, "org-secretary");
        int warnings = all(driver, "#org-warnings .org-warning").size();
        assertThat(driver.getPageSource()).contains(chinese("org.members", people));
        shot("district-5-organization");

        // the same page in English: English headings, the same data
        click(driver, driver.findElement(By.id("lang-en")));
        String english = message("org.members", Locale.ENGLISH, people);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("content"), english));
        assertThat(text(driver, "org-facts")).contains(message("org.parent", Locale.ENGLISH),
                message("org.region", Locale.ENGLISH));
        assertThat(text(driver, "nav-home")).isEqualTo(message("nav.home", Locale.ENGLISH));
        assertThat(text(driver, "page-title")).isEqualTo(org);
        assertThat(text(driver, "total-members")).isEqualTo(members);
        assertThat(all(driver, "#member-table tbody tr")).hasSize(people);
        assertThat(all(driver, "#org-warnings .org-warning")).hasSize(warnings);
        if (!secretary.equals(chinese("org.secretary.none"))) {
            assertThat(text(driver, "org-secretary")).isEqualTo(secretary);
        }
        shot("district-6-organization-en");

        // and back to Chinese
        click(driver, driver.findElement(By.id("lang-zh")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("content"), chinese("org.members", people)));
        assertThat(text(driver, "nav-home")).isEqualTo(chinese("nav.home"));
        assertThat(text(driver, "page-title")).isEqualTo(org);
        assertThat(text(driver, "org-secretary")).isEqualTo(secretary);
        shot("district-7-organization-zh");
    }

    /** Opens the first child region needing attention and returns its name. */
    private static String drillDown() {
        List<WebElement> rows = driver.findElements(By.xpath(NEEDING_ATTENTION));
        assertThat(rows).as("a child region needing attention").isNotEmpty();
        String name = rows.get(0).getText();
        follow(rows.get(0));
        return name;
    }
}
