package org.grassroots.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.meeting.ComplianceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A community secretary in a real browser: finds on the compliance page a branch whose committee
 * has not met this month yet, records the meeting with its attendance in the meeting form, sees the
 * branch's status turn done, and exports the year's ledger, which holds the meeting just recorded.
 * The meeting is dated today: the other tests record theirs on days before.
 */
class CommunityMeetingJourneyE2ETests extends BrowserTestBase {

    private static final String TYPE = "BRANCH_COMMITTEE";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ComplianceService compliance;

    @Autowired
    private TransactionTemplate transactions;

    /**
     * Late in a month every demo committee of the community may have met. Then the last branch's
     * committee meetings of this month are taken back (marked deleted and recounted, as the delete
     * button does), so that on any day there is a committee meeting to record.
     */
    @BeforeEach
    void oweACommitteeMeetingThisMonth() {
        String owed = """
                from party_org o
                join org_period_status s on s.party_org_id = o.id
                join meeting_requirement r on r.id = s.requirement_id and r.meeting_type = 'BRANCH_COMMITTEE'
                join app_user u on u.username = 'community' and u.region_id = o.region_id
                where o.closed_on is null and o.has_committee
                  and s.period_start = date_trunc('month', (now() at time zone 'Asia/Shanghai')::date)""";
        if (jdbc.queryForObject("select count(*) " + owed + " and s.held < s.expected", Long.class) > 0) {
            return;
        }
        long branch = jdbc.queryForObject("select max(o.id) " + owed, Long.class);
        transactions.executeWithoutResult(status -> {
            List<java.sql.Date> days = jdbc.queryForList("""
                    update meeting set deleted_at = now()
                    where party_org_id = ? and type = 'BRANCH_COMMITTEE' and deleted_at is null
                      and held_on >= date_trunc('month', (now() at time zone 'Asia/Shanghai')::date)
                    returning held_on""", java.sql.Date.class, branch);
            compliance.meetingsChanged(branch, days.stream().map(java.sql.Date::toLocalDate)
                    .toArray(LocalDate[]::new));
        });
    }

    @Test
    void communitySecretaryRecordsTheMeetingABranchOwesAndExportsTheLedger() throws Exception {
        WebDriverWait wait = waitIn(driver);
        signIn(driver, "community", "community-1");

        // the community's compliance page: a branch that still owes a meeting in this period
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compliance-link")));
        shot("community-2-community");
        follow(driver.findElement(By.id("compliance-link")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("org-compliance")));
        String compliance = driver.getCurrentUrl();
        shot("community-3-compliance");
        WebElement owed = owedMeeting();
        String type = owed.getDomAttribute("data-type");
        String statusRow = "status-" + type + "-" + owed.getDomAttribute("data-frequency");
        String cellPath = "td[@data-type='" + type + "' and @data-frequency='" + owed.getDomAttribute("data-frequency")
                + "']";
        WebElement branchRow = owed.findElement(By.xpath("./.."));
        String orgId = branchRow.getDomAttribute("data-org-id");
        String branch = branchRow.findElement(By.cssSelector("td a")).getText();
        follow(branchRow.findElement(By.cssSelector("td a")));

        // its meetings: the status of that meeting in this period is not done yet
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(statusRow)));
        String meetings = driver.getCurrentUrl();
        assertThat(text(driver, "page-title")).contains(branch);
        assertThat(status(statusRow)).isNotEqualTo(chinese("compliance.status.DONE"));
        shot("community-4-meetings");

        // the form: that meeting, held today, everyone listed ticked present but one excused
        follow(driver.findElement(By.id("new-meeting")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-form")));
        if (!type.equals(value(driver, "type"))) {
            WebElement attendance = driver.findElement(By.id("attendance-block"));
            select(driver, "type").selectByValue(type);
            wait.until(ExpectedConditions.stalenessOf(attendance));
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attendance-table")));
        String day = value(driver, "heldOn");
        assertThat(day).isNotBlank();
        String typeLabel = chinese("meeting.type." + type);
        String topic = typeLabel + "：研究" + day + "前后的工作";
        type(driver, "topic", topic);
        type(driver, "place", "社区党群服务中心二楼会议室");
        List<WebElement> people = all(driver, "#attendance-table tbody tr");
        assertThat(people).as("the people listed for the meeting").hasSizeGreaterThanOrEqualTo(3);
        int excused = people.size() - 1;
        List<String> present = new ArrayList<>();
        for (WebElement name : all(driver, "#attendance-table .attendee-name")) {
            present.add(name.getText());
        }
        present.remove(excused);
        for (int i = 0; i < people.size(); i++) {
            click(driver, driver.findElement(By.cssSelector("label[for='att-" + i + "-"
                    + (i == excused ? "EXCUSED" : "PRESENT") + "']")));
        }
        assertThat(all(driver, "#attendance-table input[value='PRESENT']:checked")).hasSize(present.size());
        assertThat(driver.findElement(By.id("att-" + excused + "-EXCUSED")).isSelected()).isTrue();
        driver.findElement(By.name("attendance[" + excused + "].reason")).sendKeys("外出培训");
        select(driver, "chairMemberId").selectByIndex(1);
        select(driver, "recorderMemberId").selectByIndex(2);
        type(driver, "agenda", "一、研究本月党员教育安排；二、讨论发展对象推荐人选。");
        type(driver, "minutes", "与会委员逐项讨论，形成一致意见。");
        shot("community-5-form");
        click(driver, driver.findElement(By.id("save")));

        // the record, and the meeting done for this period
        wait.until(ExpectedConditions.urlMatches(".*/meetings/\\d+$"));
        assertThat(driver.findElement(By.id("flash-success")).getText()).isEqualTo(chinese("meeting.saved"));
        assertThat(driver.getPageSource()).contains(topic);
        shot("community-6-meeting");
        driver.get(meetings);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(statusRow)));
        assertThat(status(statusRow)).isEqualTo(chinese("compliance.status.DONE"));
        assertThat(text(driver, "meeting-table")).contains(topic);
        shot("community-7-status-done");
        driver.get(compliance);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("org-compliance")));
        assertThat(driver.findElement(By.xpath("//table[@id='org-compliance']/tbody/tr[@data-org-id='" + orgId
                + "']/" + cellPath)).getDomAttribute("data-status")).isEqualTo("DONE");
        shot("community-8-compliance-done");

        // the year's ledger, downloaded as the office does, holds the meeting with its attendance
        driver.get(meetings);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("export-ledger")));
        click(driver, driver.findElement(By.id("export-ledger")));
        Path ledger = downloaded(driver, ".xlsx");
        assertThat(ledger.getFileName().toString()).isEqualTo("meetings-" + orgId + "-" + day.substring(0, 4)
                + ".xlsx");
        try (InputStream in = Files.newInputStream(ledger); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(chinese("meeting.ledger.sheet.meetings"));
            Row row = rowWith(sheet, 3, topic);
            assertThat(row).as("the meeting in the ledger").isNotNull();
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(day);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(typeLabel);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(people.size());
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(present.size());
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(1);
            Sheet lines = book.getSheetAt(1);
            List<String> attended = new ArrayList<>();
            for (int r = 1; r <= lines.getLastRowNum(); r++) {
                Row line = lines.getRow(r);
                if (topic.equals(line.getCell(2).getStringCellValue())
                        && chinese("meeting.attendance.PRESENT").equals(line.getCell(5).getStringCellValue())) {
                    attended.add(line.getCell(3).getStringCellValue());
                }
            }
            assertThat(attended).containsExactlyInAnyOrderElementsOf(present);
        }
    }

    /** The cell of the overview with a committee meeting owed this month (the last branch owing one). */
    private static WebElement owedMeeting() {
        List<WebElement> owed = driver.findElements(By.xpath("//table[@id='org-compliance']/tbody/tr/td[@data-type='"
                + TYPE + "' and (@data-status='DUE' or @data-status='OVERDUE')]"));
        assertThat(owed).as("branches owing a committee meeting this month").isNotEmpty();
        return owed.get(owed.size() - 1);
    }

    private static String status(String statusRow) {
        return driver.findElement(By.cssSelector("#" + statusRow + " .compliance-status")).getText();
    }

    private static Row rowWith(Sheet sheet, int column, String text) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(column) != null && text.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        return null;
    }
}
