package org.grassroots.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chain of responsibility in a real browser: the district official sends a work task to the
 * demo community, whose secretary acknowledges and completes it with evidence, and the district sees
 * it come back; the district reads its streets' access-registry burden, drills down the dashboard
 * charts (drawn by ECharts) from a bar to the street, a community and an organization; and explains
 * a community's meeting-compliance score from the compliance roll-up. No page may log an error of
 * the application's own (scripts, CSP refusals, failed loads).
 */
class ResponsibilityChainJourneyE2ETests extends BrowserTestBase {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @Test
    void districtIssuesATaskWatchesItComeBackAndDrillsDownItsFigures() throws Exception {
        long district = jdbc.queryForObject("select region_id from app_user where username = 'district'", Long.class);
        long community = jdbc.queryForObject("select region_id from app_user where username = 'community'",
                Long.class);
        String communityName = jdbc.queryForObject("select name from region where id = ?", String.class, community);

        signIn(driver, "district", "chain-1");
        accessBurden();
        String title = "落实社区党群服务中心值班制度（" + UUID.randomUUID().toString().substring(0, 8) + "）";
        long task = issueTask(title, community);

        ChromeDriver secretary = openBrowser();
        try {
            signIn(secretary, "community", "chain-4");
            completeTask(secretary, title);
        } finally {
            quit(secretary);
        }

        // the task comes back: the community's line reads completed, with its evidence
        driver.get(base() + "/tasks/" + task);
        WebDriverWait wait = waitIn(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recipient-table")));
        WebElement line = recipientLine(communityName);
        assertThat(line.getDomAttribute("data-status")).isEqualTo("COMPLETED");
        assertThat(line.findElements(By.tagName("td")).get(1).getText())
                .startsWith(chinese("task.status.COMPLETED"));
        assertThat(line.getText()).contains("已于本周完成排班并张贴");
        shot("chain-7-task-back");
        assertNoConsoleErrors(driver);

        dashboards(district);
        explainAScore();
    }

    // ------------------------------------------------------------------ 1. the task down and back

    /** The district's level page shows its access-registry burden in total; its burden page, per street. */
    private void accessBurden() throws Exception {
        WebDriverWait wait = waitIn(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-burden")));
        assertThat(all(driver, "#access-burden-table .access-burden-total")).as("the district's total").hasSize(1);
        assertThat(all(driver, "#access-burden-table .access-burden-row")).as("no row per street here").isEmpty();
        List<String> streets = all(driver, "#child-regions tbody tr td:first-child a").stream()
                .map(WebElement::getText).toList();
        follow(driver.findElement(By.id("box-access")));
        wait.until(ExpectedConditions.urlContains("/access/burden"));
        List<WebElement> rows = all(driver, "#access-burden-table .access-burden-row");
        assertThat(rows).as("a burden row per street").isNotEmpty();
        assertThat(streets).contains(rows.get(0).findElement(By.tagName("a")).getText());
        shot("chain-2-district-burden");
        assertNoConsoleErrors(driver);
        driver.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("child-regions")));
    }

    /** Issues a task with text evidence to the community chosen; returns the task's id. */
    private long issueTask(String title, long community) throws Exception {
        WebDriverWait wait = waitIn(driver);
        driver.get(base() + "/tasks/new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
        type(driver, "title", title);
        type(driver, "task-body", "请各社区于截止日前落实党群服务中心工作日值班制度，并报送排班情况。");
        LocalDate earliest = LocalDate.parse(driver.findElement(By.id("deadline")).getDomAttribute("min"));
        date(driver, "deadline", earliest.plusDays(14).toString());
        select(driver, "evidenceKind").selectByValue("TEXT");
        select(driver, "audience").selectByValue("CHOSEN");
        select(driver, "regionIds").selectByValue(String.valueOf(community));
        shot("chain-3-task-form");
        click(driver, driver.findElement(By.id("save")));
        wait.until(ExpectedConditions.urlMatches(".*/tasks/\\d+$"));
        assertThat(text(driver, "page-title")).isEqualTo(title);
        assertNoConsoleErrors(driver);
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    /** The community secretary finds the task in the inbox, acknowledges it and completes it. */
    private void completeTask(WebDriver browser, String title) throws Exception {
        WebDriverWait wait = waitIn(browser);
        browser.get(base() + "/tasks/inbox");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("received")));
        WebElement link = browser.findElement(By.xpath("//table[@id='received']//tr[contains(@class,'received-row')]"
                + "/td[1]/a[normalize-space()='" + title + "']"));
        shot(browser, "chain-5-inbox");
        follow(browser, link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("acknowledge")));
        assertThat(browser.findElement(By.id("recipient-status")).getDomAttribute("data-status")).isEqualTo("SENT");
        click(browser, browser.findElement(By.id("acknowledge")));
        wait.until(ExpectedConditions.attributeToBe(By.id("recipient-status"), "data-status", "ACKNOWLEDGED"));
        type(browser, "evidenceText", "已于本周完成排班并张贴，值班表见服务中心公示栏。");
        click(browser, browser.findElement(By.id("complete")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.attributeToBe(By.id("recipient-status"), "data-status", "COMPLETED"));
        assertThat(browser.findElement(By.id("evidence")).getText()).contains("已于本周完成排班并张贴");
        shot(browser, "chain-6-completed");
        assertNoConsoleErrors(browser);
    }

    private static WebElement recipientLine(String name) {
        for (WebElement row : all(driver, "#recipient-table .recipient-row")) {
            if (row.findElement(By.tagName("td")).getText().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no recipient line for " + name);
    }

    // ------------------------------------------------------------------ 2. the dashboards

    /** District dashboard → a street by a click on its bar → a community → an organization. */
    private void dashboards(long district) throws Exception {
        WebDriverWait wait = waitIn(driver);
        driver.get(base() + "/regions/" + district + "/dashboard");
        chartsDrawn("chain-8-district-dashboard");

        // the member chart's first street (its first line in the page's chart data), by a click on its bar
        List<?> first = chartLine("members-status", 0);
        String street = (String) first.get(0);
        String streetUrl = base() + first.get(1);
        assertThat(streetUrl).matches(".*/regions/\\d+/dashboard$");
        clickFirstBar("chart-members-status");
        wait.until(ExpectedConditions.urlToBe(streetUrl));
        assertThat(text(driver, "page-title")).startsWith(street);
        chartsDrawn("chain-9-street-dashboard");

        // the member card's tables per community, one link away (the table and print view), line for line
        // the chart's
        List<?> chartLabels = (List<?>) ((JavascriptExecutor) driver).executeScript("return JSON.parse(document"
                + ".getElementById('dashboard-data').textContent)['members-status'].lines"
                + ".map(function (l) { return l[0]; });");
        follow(driver.findElement(By.id("lines-members")));
        wait.until(ExpectedConditions.urlMatches(".*/regions/\\d+/dashboard/tables\\?year=\\d+#section-members$"));
        assertThat(all(driver, "#table-members-status tbody tr th").stream().map(WebElement::getText).toList())
                .isEqualTo(chartLabels);
        assertThat(driver.findElements(By.id("print-page"))).hasSize(1);
        shot("chain-9b-street-dashboard-tables");

        // a community of the street, by its drill-down link
        WebElement toCommunity = null;
        for (WebElement a : all(driver, "#table-members-status tbody tr th a.dashboard-drill")) {
            if (a.getDomAttribute("href").endsWith("/dashboard")) {
                toCommunity = a;
                break;
            }
        }
        assertThat(toCommunity).as("a community line on the street's member chart").isNotNull();
        String communityName = toCommunity.getText();
        follow(toCommunity);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-title"), communityName));
        assertThat(text(driver, "breadcrumb")).contains(street);
        chartsDrawn("chain-10-community-dashboard");

        // the member card's one line (the community's own roll-up) leads to its organizations' profiles
        WebElement byOrganization = driver.findElement(By.cssSelector("#table-members-status tbody tr th a.dashboard-drill"));
        assertThat(byOrganization.getDomAttribute("href")).endsWith("/dashboard/members");
        follow(byOrganization);
        wait.until(ExpectedConditions.urlMatches(".*/regions/\\d+/dashboard/members$"));
        assertThat(text(driver, "page-title")).startsWith(communityName);
        chartsDrawn("chain-10b-community-members");

        // an organization of the community, from the member tables' drill-down
        List<WebElement> orgs = all(driver, "#table-members-status tbody tr th a.dashboard-drill");
        assertThat(orgs).as("the community's organizations").isNotEmpty();
        String org = orgs.get(0).getText();
        follow(orgs.get(0));
        wait.until(ExpectedConditions.urlMatches(".*/orgs/\\d+$"));
        assertThat(text(driver, "page-title")).isEqualTo(org);
        shot("chain-11-organization");
        assertNoConsoleErrors(driver);
    }

    /** A line of a chart, [label, href, values], from the page's chart data (an upper level's dashboard). */
    private static List<?> chartLine(String table, int index) {
        return (List<?>) ((JavascriptExecutor) driver).executeScript("return JSON.parse(document"
                + ".getElementById('dashboard-data').textContent)[arguments[0]].lines[arguments[1]];", table, index);
    }

    /** Waits until every chart container holds what ECharts draws (a canvas or an SVG). */
    private void chartsDrawn(String shot) throws Exception {
        WebDriverWait wait = waitIn(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("section-members")));
        int charts = all(driver, ".dashboard-chart").size();
        assertThat(charts).as("chart containers").isPositive();
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return Array.prototype.every.call(document.querySelectorAll('.dashboard-chart'),"
                        + " function (c) { return c.querySelector('canvas, svg') !== null; });"));
        shot(shot);
        assertNoConsoleErrors(driver);
    }

    /**
     * Clicks with the mouse, in the middle of the first category's bar of a stacked bar chart (the
     * first stacked series with a value there), where ECharts places it.
     */
    private static void clickFirstBar(String chartId) {
        WebElement chart = driver.findElement(By.id(chartId));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", chart);
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                var chart = window.echarts.getInstanceByDom(arguments[0]);
                var series = chart.getOption().series;
                var below = 0;
                for (var i = 0; i < series.length; i++) {
                  var v = series[i].data[0];
                  if (v) {
                    var p = chart.convertToPixel({seriesIndex: i}, [0, below + v / 2]);
                    return {x: p[0], y: p[1], w: arguments[0].clientWidth, h: arguments[0].clientHeight};
                  }
                  below += v || 0;
                }
                return null;""", chart);
        assertThat(at).as("a bar for the first line").isNotNull();
        int x = (int) Math.round(((Number) at.get("x")).doubleValue() - ((Number) at.get("w")).doubleValue() / 2);
        int y = (int) Math.round(((Number) at.get("y")).doubleValue() - ((Number) at.get("h")).doubleValue() / 2);
        new Actions(driver).moveToElement(chart, x, y).click().perform();
    }

    // ------------------------------------------------------------------ 3. a score explained

    /** The city's published community tree: a community's meeting-compliance score from the roll-up. */
    private void explainAScore() throws Exception {
        WebDriverWait wait = waitIn(driver);
        LocalDate today = LocalDate.now(clock);
        long tree = jdbc.queryForObject("""
                select t.id from assessment_tree t join region r on r.id = t.owner_region_id
                where r.level = 'CITY' and t.year = ? and t.assessed_level = 'COMMUNITY' and t.published
                order by t.id limit 1""", Long.class, today.getYear());
        driver.get(base() + "/assessment");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tree-list")));
        WebElement row = driver.findElement(By.cssSelector("#tree-list .tree-row[data-id='" + tree + "']"));
        shot("chain-12-assessment");
        assertNoConsoleErrors(driver);
        follow(row.findElement(By.xpath("./td[last()]/a")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scores")));
        WebElement first = driver.findElement(By.cssSelector("#scores .score-row"));
        long region = Long.parseLong(first.getDomAttribute("data-region"));
        shot("chain-13-scores");
        assertNoConsoleErrors(driver);
        follow(first.findElement(By.cssSelector("a.region-link")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("region-scores")));
        shot("chain-14-explanation");
        assertNoConsoleErrors(driver);

        // the figures as docs/rules/assessment.md defines them: organization-periods of the year begun by today
        Map<String, Object> figures = jdbc.queryForMap("""
                select coalesce(sum(c.required), 0) as required, coalesce(sum(c.done), 0) as done
                from compliance_rollup c join region g on g.id = ?
                where c.region_path like g.path || '%' and c.period_start >= ? and c.period_end <= ?
                  and c.period_start <= ?""", region, LocalDate.of(today.getYear(), 1, 1),
                LocalDate.of(today.getYear(), 12, 31), today);
        long required = ((Number) figures.get("required")).longValue();
        long done = ((Number) figures.get("done")).longValue();
        WebElement line = driver.findElement(By.cssSelector("#region-scores .line-row[data-source='MEETING_COMPLIANCE']"));
        BigDecimal weight = new BigDecimal(line.findElement(By.xpath("./td[2]")).getText());
        BigDecimal score = new BigDecimal(line.findElement(By.cssSelector(".score")).getText());
        String explanation = line.findElement(By.cssSelector(".explanation")).getText();
        if (required == 0) {
            assertThat(explanation).isEqualTo(chinese("assessment.explain.MEETING_COMPLIANCE.none"));
            assertThat(score).isEqualByComparingTo(weight);
            return;
        }
        assertThat(numbers(explanation)).as(explanation).containsExactly(required, done);
        BigDecimal ratio = BigDecimal.valueOf(done).divide(BigDecimal.valueOf(required), 4, RoundingMode.HALF_UP)
                .min(BigDecimal.ONE);
        assertThat(score).isEqualByComparingTo(weight.multiply(ratio).setScale(2, RoundingMode.HALF_UP));
        assertThat(line.findElement(By.cssSelector(".line-ratio")).getText())
                .isEqualTo(ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%");
        // the columns share the width (a class named like a Bootstrap helper once made one take it all)
        int table = driver.findElement(By.id("region-scores")).getRect().getWidth();
        assertThat(line.findElement(By.cssSelector(".line-ratio")).getRect().getWidth()).isLessThan(table / 4);
        assertThat(line.findElement(By.cssSelector("a.records-link")).getDomAttribute("href"))
                .endsWith("/regions/" + region + "/compliance");
    }

    private static List<Long> numbers(String text) {
        List<Long> result = new ArrayList<>();
        Matcher m = NUMBER.matcher(text.replace(",", ""));
        while (m.find()) {
            result.add(Long.parseLong(m.group()));
        }
        return result;
    }

    private void assertNoConsoleErrors(WebDriver browser) {
        assertThat(consoleErrors(browser)).as("console errors on " + browser.getCurrentUrl()).isEmpty();
    }
}
