package org.grassroots.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.funds.FundsPages;
import org.grassroots.funds.FundsPolicy;
import org.grassroots.funds.FundsViews.FundingFact;
import org.grassroots.readiness.ReadinessViews.CommunityReadiness;
import org.grassroots.readiness.ReadinessViews.Summary;
import org.grassroots.readiness.ReadinessViews.SummaryRow;
import org.grassroots.regional.RegionalPages;
import org.grassroots.regional.RegionalPolicy;
import org.grassroots.regional.RegionalViews.CommunityTie;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.grassroots.venue.VenuePages;
import org.grassroots.venue.VenueViews.CommunityCheck;
import org.grassroots.venue.VenueWarning;
import org.grassroots.workforce.WorkforcePages;
import org.grassroots.workforce.WorkforceViews.StaffingFact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 三有一化 on the real database: each answer against the four features' facts and against plain SQL,
 * answers flipping when the records change, the roll-up against the list, the filter, search and
 * paging, the export, and scope. Records are changed only in communities of the test's own.
 */
class ReadinessIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    ReadinessPages pages;

    @Autowired
    WorkforcePages workforce;

    @Autowired
    FundsPages funds;

    @Autowired
    VenuePages venues;

    @Autowired
    RegionalPages regional;

    @Autowired
    RegionalPolicy regionalPolicy;

    private final List<Long> made = new ArrayList<>();

    private long freshCommunity(String name) {
        long id = jdbc.queryForObject("""
                insert into region (level, code, name, parent_id, parent_level)
                values ('COMMUNITY', ?, ?, ?, 'STREET') returning id""", Long.class,
                "RD" + System.nanoTime(), name, regionOf("street"));
        made.add(id);
        return id;
    }

    @AfterEach
    void removeTheCommunitiesMade() {
        for (long id : made) {
            jdbc.update("delete from venue_circle where venue_id in (select id from service_venue where region_id = ?)",
                    id);
            jdbc.update("delete from service_venue where region_id = ?", id);
            jdbc.update("delete from joint_meeting where region_id = ?", id);
            for (String table : List.of("fund_spending", "fund_budget", "community_worker", "grid_node")) {
                jdbc.update("delete from " + table + " where community_id = ?", id);
            }
            jdbc.update("delete from region where id = ?", id);
        }
        made.clear();
    }

    private Scope scopeOf(String user) {
        long region = regionOf(user);
        return Scope.ofRegion(region, regionPath(region));
    }

    private String list(long region, String user, String query) throws Exception {
        return html(mvc.perform(get("/regions/" + region + "/readiness" + query).with(as(user)))
                .andExpect(status().isOk()).andReturn());
    }

    private void worker(long community, String role, boolean fullTime) {
        jdbc.update("""
                insert into community_worker (community_id, name, role, full_time, birth_year, education, start_on)
                values (?, ?, ?, ?, 1985, 'BACHELOR', current_date - 30)""", community, "测试" + role, role, fullTime);
    }

    // ---------------------------------------------------------------- the answers follow the records

    @Test
    void shouldAnswerFromTheRecordsAndFlipWhenTheyChange() throws Exception {
        long street = regionOf("street");
        long c = freshCommunity("三有测试社区甲");
        String html = list(street, "street", "?q=三有测试社区甲");
        assertThat(textOf(html, "result-count")).contains("1");
        String row = section(html, "tr", "community-" + c);
        assertThat(row).contains("data-indicator=\"PEOPLE\" data-met=\"false\"", "书记空缺", "无专职党务工作者",
                "data-indicator=\"MONEY\" data-met=\"false\"", "本年度预算未编列",
                "data-indicator=\"PLACE\" data-met=\"false\"", "无服务场所");

        // a secretary alone is not enough; a part-time Party worker neither; a full-time one is
        worker(c, "SECRETARY", true);
        worker(c, "PARTY_WORKER", false);
        row = section(list(street, "street", "?q=三有测试社区甲"), "tr", "community-" + c);
        assertThat(row).contains("data-indicator=\"PEOPLE\" data-met=\"false\"", "无专职党务工作者")
                .doesNotContain("书记空缺");
        worker(c, "PARTY_WORKER", true);
        row = section(list(street, "street", "?q=三有测试社区甲"), "tr", "community-" + c);
        assertThat(row).contains("data-indicator=\"PEOPLE\" data-met=\"true\"", "专职党务工作者 1 名");

        // a budget without spending is behind schedule (when the year is far enough gone); spending catches up
        int year = LocalDate.now().getYear();
        jdbc.update("insert into fund_budget (community_id, year, category, source, amount) "
                + "values (?, ?, 'WORK', 'STREET', 10000)", c, year);
        BigDecimal due = FundsPolicy.expectedShare(year, LocalDate.now()).subtract(new BigDecimal("0.2"));
        row = section(list(street, "street", "?q=三有测试社区甲"), "tr", "community-" + c);
        if (due.signum() > 0) {
            assertThat(row).contains("data-indicator=\"MONEY\" data-met=\"false\"", "预算执行率 0%，应达 "
                    + FundsPolicy.percent(due).stripTrailingZeros().toPlainString() + "%");
        }
        jdbc.update("insert into fund_spending (community_id, spent_on, category, amount, purpose) "
                + "values (?, ?, 'WORK', 10000, '测试')", c, LocalDate.of(year, 1, 2));
        row = section(list(street, "street", "?q=三有测试社区甲"), "tr", "community-" + c);
        assertThat(row).contains("data-indicator=\"MONEY\" data-met=\"true\"");

        // a venue too small for the households, then one large enough
        jdbc.update("insert into grid_node (community_id, kind, name, households, residents) "
                + "values (?, 'GRID', '网格', 1000, 3000)", c);
        jdbc.update("insert into service_venue (region_id, region_level, kind, name, area_m2) "
                + "values (?, 'COMMUNITY', 'STATION', '测试驿站', 50)", c);
        row = section(list(street, "street", "?q=三有测试社区甲"), "tr", "community-" + c);
        assertThat(row).contains("data-indicator=\"PLACE\" data-met=\"false\"", "场所面积 50 平方米");
        jdbc.update("insert into service_venue (region_id, region_level, kind, name, area_m2) "
                + "values (?, 'COMMUNITY', 'CENTER', '测试中心', 1000)", c);
        row = section(list(street, "street", "?q=三有测试社区甲"), "tr", "community-" + c);
        assertThat(row).contains("data-indicator=\"PLACE\" data-met=\"true\"");

        // a joint meeting of the community itself today makes its regional ties active
        jdbc.update("insert into joint_meeting (region_id, region_level, held_on, topics) "
                + "values (?, 'COMMUNITY', current_date, '测试议题')", c);
        row = section(list(street, "street", "?q=三有测试社区甲"), "tr", "community-" + c);
        assertThat(row).contains("data-indicator=\"REGIONAL\" data-met=\"true\"", "最近一次联席会议 " + LocalDate.now());
    }

    // ---------------------------------------------------------------- agreement with the facts and the records

    @Test
    void shouldAgreeWithTheFourFactsAndWithPlainSql() throws Exception {
        long district = regionOf("district");
        Scope scope = scopeOf("district");
        int year = funds.yearOr(null);
        List<CommunityReadiness> all = pages.export(district, scope, null, null);
        Map<Long, StaffingFact> staffing = byId(workforce.staffing(district, scope), StaffingFact::communityId);
        Map<Long, FundingFact> money = byId(funds.funding(district, scope, year), FundingFact::communityId);
        Map<Long, CommunityCheck> place = byId(venues.venueFacts(district, scope), CommunityCheck::communityId);
        Map<Long, CommunityTie> ties = byId(regional.communityTies(district, scope), CommunityTie::communityId);
        long communities = jdbc.queryForObject("select count(*) from region where level = 'COMMUNITY' "
                + "and path like ? || '%'", Long.class, regionPath(district));
        assertThat(all).hasSize((int) communities);
        LocalDate since = regionalPolicy.tiesSince(LocalDate.now());
        for (CommunityReadiness c : all) {
            long id = c.communityId();
            assertThat(c.people().met()).isEqualTo(staffing.get(id).met());
            assertThat(c.money().met()).isEqualTo(money.get(id).met());
            assertThat(c.place().met()).isEqualTo(!place.get(id).warned(VenueWarning.NO_VENUE)
                    && !place.get(id).warned(VenueWarning.BELOW_STANDARD));
            assertThat(c.regional().met()).isEqualTo(ties.get(id).active());
            // plain SQL on the records, one check for each part
            boolean staffed = jdbc.queryForObject("""
                    select exists (select 1 from community_worker where community_id = ? and role = 'SECRETARY'
                                     and start_on <= current_date and (end_on is null or end_on >= current_date))
                       and exists (select 1 from community_worker where community_id = ? and role = 'PARTY_WORKER'
                                     and full_time and start_on <= current_date
                                     and (end_on is null or end_on >= current_date))""", Boolean.class, id, id);
            assertThat(c.people().met()).as("people of %s", c.name()).isEqualTo(staffed);
            boolean budgeted = jdbc.queryForObject("select coalesce(sum(amount), 0) > 0 from fund_budget "
                    + "where community_id = ? and year = ?", Boolean.class, id, year);
            if (!budgeted) {
                assertThat(c.money().met()).as("money of %s", c.name()).isFalse();
            }
            boolean served = jdbc.queryForObject("""
                    select exists (select 1 from service_venue v where v.closed_on is null and (
                                     (v.region_id = ? and v.region_level = 'COMMUNITY')
                                     or exists (select 1 from venue_circle vc where vc.venue_id = v.id
                                                  and vc.community_id = ?)))""", Boolean.class, id, id);
            if (!served) {
                assertThat(c.place().met()).as("place of %s", c.name()).isFalse();
                assertThat(c.place().reasons().get(0).key()).isEqualTo("readiness.reason.noVenue");
            }
            boolean tied = jdbc.queryForObject("""
                    select exists (select 1 from cobuild_agreement a where a.region_id = ?
                                     and a.start_on <= current_date and a.end_on >= current_date)
                       or exists (select 1 from joint_meeting m join region r on r.id = ?
                                  where m.region_id in (r.id, r.parent_id) and m.held_on between ? and current_date)""",
                    Boolean.class, id, id, since);
            assertThat(c.regional().met()).as("regional ties of %s", c.name()).isEqualTo(tied);
        }
        // the street page lists each of its communities with the same answers
        long street = regionOf("street");
        String html = list(street, "street", "");
        for (CommunityReadiness c : all.stream().filter(x -> x.path().startsWith(regionPath(street))).toList()) {
            String row = section(html, "tr", "community-" + c.communityId());
            for (var a : c.answers()) {
                assertThat(row).contains("data-indicator=\"" + a.indicator().name() + "\" data-met=\"" + a.met() + "\"");
            }
        }
    }

    @Test
    void shouldRollUpRatesThatEqualTheCountsOfTheList() throws Exception {
        long district = regionOf("district");
        Scope scope = scopeOf("district");
        Summary summary = pages.summary(district, scope);
        long people = 0;
        long all = 0;
        for (SummaryRow row : summary.rows()) {
            List<CommunityReadiness> list = pages.export(row.region().getId(), scope, null, null);
            assertThat(row.communities()).isEqualTo(list.size());
            for (Indicator i : Indicator.values()) {
                long met = list.stream().filter(c -> c.answer(i).met()).count();
                assertThat(row.met(i)).isEqualTo(met);
                assertThat(pages.export(row.region().getId(), scope, Lacking.valueOf(i.name()), null))
                        .hasSize((int) (list.size() - met));
                if (!list.isEmpty()) {
                    assertThat(row.rate(i)).isEqualByComparingTo(BigDecimal.valueOf(met * 100.0 / list.size())
                            .setScale(1, java.math.RoundingMode.HALF_UP));
                }
            }
            assertThat(row.all()).isEqualTo(list.stream().filter(CommunityReadiness::all).count());
            assertThat(pages.export(row.region().getId(), scope, Lacking.ANY, null))
                    .hasSize((int) (list.size() - row.all()));
            people += row.people();
            all += row.all();
        }
        assertThat(summary.total().people()).isEqualTo(people);
        assertThat(summary.total().all()).isEqualTo(all);
        // the rendered table shows the same numbers, with links to the filtered lists
        String html = list(district, "district", "");
        String total = section(html, "tr", "readiness-total");
        assertThat(total).contains(">" + summary.total().communities() + "<",
                "/regions/" + district + "/readiness?lacking=PEOPLE");
        SummaryRow first = summary.rows().get(0);
        List<String> cells = tableRows(html, "readiness-table").get(0);
        assertThat(cells.get(1)).isEqualTo(Long.toString(first.communities()));
        assertThat(cells.get(2)).startsWith(first.people() + "（");
    }

    @Test
    void shouldShowTheDemoStreetWithAMixOfYesAndNo() {
        Summary summary = pages.summary(regionOf("street"), scopeOf("street"));
        for (Indicator i : Indicator.values()) {
            assertThat(summary.total().met(i)).as("met %s", i).isLessThanOrEqualTo(summary.total().communities());
        }
        long yes = summary.rows().stream().mapToLong(r -> r.people() + r.money() + r.place() + r.regional()).sum();
        assertThat(yes).isGreaterThan(0).isLessThan(4 * summary.total().communities());
        assertThat(summary.total().all()).isLessThan(summary.total().communities());
    }

    // ---------------------------------------------------------------- filter, search, paging, export

    @Test
    void shouldFilterSearchAndPage() throws Exception {
        long city = regionOf("city");
        Scope scope = scopeOf("city");
        List<CommunityReadiness> all = pages.export(city, scope, null, null);
        String first = list(city, "city", "");
        assertThat(textOf(first, "result-count")).contains(Integer.toString(all.size()));
        assertThat(tableRows(first, "readiness-list")).hasSize(Math.min(20, all.size()));
        if (all.size() > 20) {
            String second = list(city, "city", "?page=1");
            assertThat(tableRows(second, "readiness-list")).hasSize(Math.min(20, all.size() - 20));
            assertThat(tableRows(second, "readiness-list").get(0).get(0)).isEqualTo(all.get(20).name());
            assertThat(section(first, "nav", "readiness-pager")).contains("page=1");
        }
        // lacking people: every row listed has "no" for people, and as many as the summary says
        String lacking = list(city, "city", "?lacking=people");
        long lackingPeople = all.stream().filter(c -> !c.people().met()).count();
        assertThat(textOf(lacking, "result-count")).contains(Long.toString(lackingPeople));
        assertThat(section(lacking, "table", "readiness-list")).doesNotContain("data-indicator=\"PEOPLE\" data-met=\"true\"");
        // an unknown filter lists every community; a search by name finds the one
        assertThat(textOf(list(city, "city", "?lacking=nonsense"), "result-count")).contains(Integer.toString(all.size()));
        String searched = list(city, "city", "?q=" + all.get(0).name());
        assertThat(section(searched, "tr", "community-" + all.get(0).communityId())).isNotEmpty();
        assertThat(list(city, "city", "?page=999&q=" + "x".repeat(300))).contains("id=\"result-count\"");
    }

    @Test
    void shouldExportTheFilteredListToExcel() throws Exception {
        long district = regionOf("district");
        List<CommunityReadiness> expected = pages.export(district, scopeOf("district"), Lacking.ANY, null);
        byte[] body = mvc.perform(get("/regions/" + district + "/readiness.xlsx").param("lacking", "ANY")
                .with(as("district"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Row row = sheet.getRow(i + 2);
                CommunityReadiness c = expected.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(c.name());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(c.people().met() ? "是" : "否");
                assertThat(row.getCell(9).getStringCellValue()).isEqualTo("否");
            }
        }
    }

    // ---------------------------------------------------------------- scope

    @Test
    void shouldAnswerNotFoundOutsideTheScopeAndForABranchSecretary() throws Exception {
        long street = regionOf("street");
        long community = regionOf("community");
        long sibling = siblingCommunity(community);
        long otherDistrict = jdbc.queryForObject("select id from region where level = 'DISTRICT' and id <> ? "
                + "order by id limit 1", Long.class, regionOf("district"));
        for (String path : List.of("/readiness", "/readiness.xlsx")) {
            mvc.perform(get("/regions/" + community + path).with(as("community"))).andExpect(status().isOk());
            mvc.perform(get("/regions/" + sibling + path).with(as("community"))).andExpect(status().isNotFound());
            mvc.perform(get("/regions/" + otherDistrict + path).with(as("street"))).andExpect(status().isNotFound());
            mvc.perform(get("/regions/" + street + path).with(as("branch"))).andExpect(status().isNotFound());
            mvc.perform(get("/regions/" + street + path).with(as("admin"))).andExpect(status().isForbidden());
            mvc.perform(get("/regions/999999999" + path).with(as("city"))).andExpect(status().isNotFound());
        }
        // the community's own page shows its four answers
        String html = list(community, "community", "");
        assertThat(section(html, "ul", "readiness-own")).contains("data-indicator=\"PEOPLE\"",
                "data-indicator=\"REGIONAL\"");
    }

    private static <T> Map<Long, T> byId(List<T> list, Function<T, Long> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
