package org.grassroots.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

/**
 * The quarterly employer feedback (page, printable sheet, spreadsheet read back with POI) and the
 * summary for the level pages, checked against the records by independent SQL.
 */
class FeedbackAndSummaryIntegrationTests extends ReportingTestSupport {

    @Autowired
    ReportingPages pages;

    @Autowired
    ReportingRules rules;

    @Test
    void shouldFeedBackAMemberToTheirOrganizationOnPageAndSpreadsheet() throws Exception {
        Object[] member = memberElsewhere();
        long memberId = (Long) member[0];
        long orgId = jdbc.queryForObject("select party_org_id from party_member where id = ?", Long.class, memberId);
        String memberName = jdbc.queryForObject("select name from party_member where id = ?", String.class, memberId);
        String postName = fresh("反馈岗");
        long post = createPost(community(), postName, "");
        MultiValueMap<String, String> form = memberReport((String) member[1], Quarter.of(today()).start());
        form.add("postIds", Long.toString(post));
        long report = createReport(community(), form, "community");
        createService(report, service(Quarter.of(today()).start(), "2.5"));
        createService(report, service(today(), "3"));
        String quarter = Quarter.of(today()).toString();

        String list = html(mvc.perform(get("/regions/" + community() + "/feedback").param("quarter", quarter)
                .with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(list).contains("data-employer=\"o" + orgId + "\"");

        String sheet = html(mvc.perform(get("/regions/" + community() + "/feedback/sheet").param("quarter", quarter)
                .param("employer", "o" + orgId).with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(sheet).contains("data-print");
        List<String> line = tableRows(sheet, "sheet-rows").stream().filter(r -> r.get(0).equals(memberName))
                .findFirst().orElseThrow();
        assertThat(line).containsExactly(memberName, regionName(community()), Quarter.of(today()).start().toString(),
                Quarter.of(today()).start() + " 至 " + Quarter.of(today()).start().plusMonths(6).minusDays(1),
                postName, "2", "5.5", today().toString());
        assertThat(sheet).doesNotContain("13912345678");

        long exports = auditExports();
        MvcResult xlsx = mvc.perform(get("/regions/" + community() + "/feedback/sheet.xlsx").param("quarter", quarter)
                .param("employer", "o" + orgId).with(as("community"))).andExpect(status().isOk()).andReturn();
        assertThat(xlsx.getResponse().getContentType()).startsWith(FeedbackController.XLSX);
        List<List<String>> cells = readBack(xlsx.getResponse().getContentAsByteArray());
        assertThat(cells.get(0)).containsExactly("在职党员到社区报到服务情况反馈单");
        assertThat(cells).anySatisfy(r -> assertThat(r).containsExactly("季度", quarter + " ("
                + Quarter.of(today()).start() + " – " + Quarter.of(today()).end() + ")"));
        assertThat(cells).anySatisfy(r -> assertThat(r).startsWith("姓名", "报到社区", "首次报到日期"));
        assertThat(cells).anySatisfy(r -> assertThat(r).containsExactly(memberName, regionName(community()),
                Quarter.of(today()).start().toString(), Quarter.of(today()).start() + " – "
                        + Quarter.of(today()).start().plusMonths(6).minusDays(1), postName, "2.0", "5.5",
                today().toString()));
        assertThat(cells).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("社区党组织（盖章）："));
        assertThat(cells.stream().flatMap(List::stream)).noneMatch(c -> c.contains("13912345678"));
        assertThat(auditExports()).isEqualTo(exports + 1);
    }

    @Test
    void shouldGroupOutsidersByEmployerAndItsOrganization() throws Exception {
        String employer = fresh("外单位");
        for (int i = 0; i < 2; i++) {
            MultiValueMap<String, String> form = outsiderReport(fresh("外人"), freshPhone(), today());
            form.set("employerName", employer);
            form.set("employerOrgName", employer + "党委");
            createReport(community(), form, "community");
        }
        String quarter = Quarter.of(today()).toString();
        String key = EmployerKey.ofOutsider(employer, employer + "党委").encode();
        String list = html(mvc.perform(get("/regions/" + community() + "/feedback").param("quarter", quarter)
                .with(as("community"))).andReturn());
        assertThat(list).contains("data-employer=\"" + key + "\"");
        String sheet = html(mvc.perform(get("/regions/" + community() + "/feedback/sheet").param("quarter", quarter)
                .param("employer", key).with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(tableRows(sheet, "sheet-rows")).hasSize(2);
        assertThat(textOf(sheet, "sheet-employer-org")).isEqualTo(employer + "党委");
        // keys this page never wrote, and employers without anybody in the quarter, are not found
        mvc.perform(get("/regions/" + community() + "/feedback/sheet").param("employer", "zzz").with(as("community")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + community() + "/feedback/sheet").param("quarter", "1999-Q1")
                .param("employer", key).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + sibling() + "/feedback/sheet").param("employer", key).with(as("community")))
                .andExpect(status().isNotFound());
        // an unreadable quarter falls back to the current one
        mvc.perform(get("/regions/" + community() + "/feedback").param("quarter", "2026-Q9").with(as("community")))
                .andExpect(status().isOk());
    }

    @Test
    void shouldSummariseEachChildAsTheRecordsSay() throws Exception {
        long report = createReport(community(), outsiderReport(fresh("汇总"), freshPhone(), today().minusDays(1)),
                "community");
        var before = pages.summary(street(), scopeOf("street"));
        createService(report, service(today(), "3.5"));
        var after = pages.summary(street(), scopeOf("street"));
        ReportingViews.SummaryRow mine = row(after, community());
        assertThat(mine.hoursThisQuarter()).isEqualByComparingTo(row(before, community()).hoursThisQuarter()
                .add(new BigDecimal("3.5")));
        assertThat(mine.servicesThisQuarter()).isEqualTo(row(before, community()).servicesThisQuarter() + 1);

        Quarter q = Quarter.of(today());
        List<Long> communities = jdbc.queryForList("select id from region where parent_id = ? order by code",
                Long.class, street());
        assertThat(after.rows()).extracting(r -> r.region().getId()).containsExactlyElementsOf(communities);
        for (long c : communities) {
            ReportingViews.SummaryRow r = row(after, c);
            Map<String, Object> expected = jdbc.queryForMap("""
                    select coalesce(sum(s.hours), 0) as hours, count(s.id) as services
                    from service_record s join member_report r on r.id = s.report_id
                    where r.community_id = ? and s.served_on between ? and ?""", c, q.start(), q.end());
            assertThat(r.hoursThisQuarter()).as("hours of " + c).isEqualByComparingTo((BigDecimal) expected.get("hours"));
            assertThat(r.servicesThisQuarter()).as("services of " + c).isEqualTo(((Number) expected.get("services"))
                    .longValue());
            long reported = jdbc.queryForObject("""
                    select count(distinct coalesce('m' || member_id, 'p' || person_name || '|' || person_phone))
                    from member_report where community_id = ? and ended_on is null and reported_on <= ?
                      and valid_until >= ?""", Long.class, c, today(), today());
            assertThat(r.membersReported()).as("reported in " + c).isEqualTo(reported);
            long posts = jdbc.queryForObject("select count(*) from service_post where community_id = ? "
                    + "and closed_on is null", Long.class, c);
            assertThat(r.openPosts()).isEqualTo(posts);
        }
        assertThat(after.total().hoursThisQuarter()).isEqualByComparingTo(after.rows().stream()
                .map(ReportingViews.SummaryRow::hoursThisQuarter).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(after.total().hoursThisQuarter()).isEqualByComparingTo(jdbc.queryForObject("""
                select coalesce(sum(s.hours), 0) from service_record s join member_report r on r.id = s.report_id
                join region c on c.id = r.community_id where c.parent_id = ? and s.served_on between ? and ?""",
                BigDecimal.class, street(), q.start(), q.end()));

        // the fragment shows the same numbers, with ids
        String page = html(mvc.perform(get("/regions/" + street() + "/reporting").with(as("street")))
                .andExpect(status().isOk()).andReturn());
        List<String> cells = tableRows(page, "reporting-summary").stream().filter(r -> r.get(0).equals(regionName(community()))).findFirst()
                .orElseThrow();
        assertThat(cells.get(5)).isEqualTo(mine.hoursThisQuarter().setScale(1).toPlainString());
        assertThat(cells.get(4)).isEqualTo(Long.toString(mine.servicesThisQuarter()));
        assertThat(page).contains("id=\"reporting-summary-" + community() + "\"").contains("id=\"reporting-summary-total\"");
        assertThat(textOf(page, "figure-hours")).isEqualTo(after.total().hoursThisQuarter().setScale(1).toPlainString());

        // a district sums its streets; a community is its own only row; out of scope is 404
        var district = pages.summary(regionOf("district"), scopeOf("district"));
        assertThat(district.rows()).extracting(r -> r.region().getId()).contains(street());
        assertThat(row(district, street()).hoursThisQuarter()).isEqualByComparingTo(after.total().hoursThisQuarter());
        var own = pages.summary(community(), scopeOf("community"));
        assertThat(own.rows()).singleElement().satisfies(r -> assertThat(r.region().getId()).isEqualTo(community()));
        org.junit.jupiter.api.Assertions.assertThrows(NotFoundException.class,
                () -> pages.summary(street(), scopeOf("community")));
        org.junit.jupiter.api.Assertions.assertThrows(NotFoundException.class,
                () -> pages.summary(community(), scopeOf("branch")));
    }

    @Test
    void shouldCountDueAndExpiredAsTheStatusRuleSays() throws Exception {
        var before = row(pages.summary(street(), scopeOf("street")), community());
        createReport(community(), outsiderReport(fresh("将到期"), freshPhone(), today().minusMonths(6).plusDays(5)),
                "community");
        createReport(community(), outsiderReport(fresh("已过期"), freshPhone(), today().minusMonths(7)), "community");
        var after = row(pages.summary(street(), scopeOf("street")), community());
        assertThat(after.reReportDue()).isEqualTo(before.reReportDue() + 1);
        assertThat(after.expired()).isEqualTo(before.expired() + 1);
        assertThat(after.membersReported()).isEqualTo(before.membersReported() + 1);
    }

    @Test
    void shouldGiveEveryPeriodTheStatusThePolicyGives() {
        // the SQL status of every demo period agrees with ReportingPolicy.status
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select r.id, r.reported_on, r.valid_until, r.ended_on,
                       exists (select 1 from member_report n where n.id <> r.id and n.reported_on > r.reported_on
                               and ((r.member_id is not null and n.member_id = r.member_id)
                                 or (r.member_id is null and n.member_id is null and n.person_name = r.person_name
                                     and n.person_phone = r.person_phone))) as followed
                from member_report r join region c on c.id = r.community_id where c.parent_id = ?""", street());
        var page = pages.reports(street(), null, null, 0, scopeOf("street"));
        assertThat(page.rows()).isNotEmpty();
        for (ReportingViews.ReportRow shown : page.rows()) {
            Map<String, Object> r = rows.stream().filter(x -> ((Number) x.get("id")).longValue() == shown.id())
                    .findFirst().orElseThrow();
            ReportStatus expected = ReportingPolicy.status(((java.sql.Date) r.get("reported_on")).toLocalDate(),
                    ((java.sql.Date) r.get("valid_until")).toLocalDate(),
                    r.get("ended_on") == null ? null : ((java.sql.Date) r.get("ended_on")).toLocalDate(),
                    (Boolean) r.get("followed"), today(), rules.remindDays());
            assertThat(shown.status()).as("period " + shown.id()).isEqualTo(expected);
        }
    }

    private static ReportingViews.SummaryRow row(ReportingViews.Summary summary, long regionId) {
        return summary.rows().stream().filter(r -> r.region().getId() == regionId).findFirst().orElseThrow();
    }

    private long auditExports() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' "
                + "and entity_type = 'member_report'", Long.class);
    }

    private static List<List<String>> readBack(byte[] bytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(switch (cell.getCellType()) {
                        case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
                                .scale() <= 0 ? BigDecimal.valueOf(cell.getNumericCellValue()).setScale(1)
                                .toPlainString() : BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString();
                        default -> cell.getStringCellValue();
                    });
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
