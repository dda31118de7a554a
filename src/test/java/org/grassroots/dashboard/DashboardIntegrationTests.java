package org.grassroots.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.dashboard.DashboardViews.Dashboard;
import org.grassroots.dashboard.DashboardViews.Line;
import org.grassroots.dashboard.DashboardViews.Table;
import org.grassroots.level.RegionSummaries;
import org.grassroots.level.RollupService;
import org.grassroots.shared.Scope;
import org.grassroots.support.LevelSums;
import org.grassroots.support.StatementCounter;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards: every level renders its cards with a table under each chart, the figures agree
 * with the features' own summaries and the raw records, the member profile kept by the roll-up's
 * queue equals a rebuild, the export opens, and the statements do not grow with the child regions.
 */
class DashboardIntegrationTests extends WebIntegrationTestBase {

    private static final List<String> SECTIONS = List.of("members", "development", "compliance", "coverage", "grid",
            "service", "workforce", "funds", "tasks");

    @Autowired
    DashboardPages pages;

    @Autowired
    RollupService rollups;

    @Autowired
    RegionSummaries summaries;

    @Autowired
    org.grassroots.development.DevelopmentPages development;

    private final List<Long> regions = new ArrayList<>();
    private final List<Long> orgs = new ArrayList<>();

    @AfterEach
    void removeWhatWasMade() {
        Object ids = orgs.toArray(Long[]::new);
        jdbc.update("delete from member_history where member_id in (select id from party_member"
                + " where party_org_id = any(?))", ids);
        jdbc.update("delete from party_member where party_org_id = any(?)", ids);
        jdbc.update("delete from party_org where parent_id is not null and id = any(?)", ids);
        jdbc.update("delete from party_org where id = any(?)", ids);
        for (int i = regions.size() - 1; i >= 0; i--) {
            jdbc.update("delete from compliance_rollup where region_id = ?", regions.get(i));
            jdbc.update("delete from region where id = ?", regions.get(i));
        }
        if (!regions.isEmpty()) {
            rollups.catchUp(city(), cityScope());
        }
    }

    @Test
    void shouldRenderEveryCardWithItsTableAndChartAtEveryLevel() throws Exception {
        for (String user : List.of("city", "district", "street", "community")) {
            long region = regionOf(user);
            String html = html(mvc.perform(get("/regions/{id}/dashboard", region).with(as(user)))
                    .andExpect(status().isOk()).andReturn());
            for (String section : SECTIONS) {
                assertThat(html).as(user + " " + section).contains("id=\"section-" + section + "\"")
                        .contains("id=\"caption-" + section + "\"");
            }
            assertThat(html).as(user).contains("/regions/" + region + "/dashboard.xlsx");
            if (user.equals("community")) {
                // a community's charts are drawn from the tables beside them
                assertThat(html).contains("data-chart=\"bar\"").contains("data-chart-target=\"chart-members-status\"")
                        .contains("id=\"table-compliance-months\"").contains("data-print")
                        .doesNotContain("id=\"dashboard-data\"").doesNotContain("id=\"total-");
                // every table once: the chart cards' total tables are not pulled in beside them
                assertThat(count(html, "<table")).isEqualTo(count(html, "id=\"table-"));
            } else {
                // the upper levels' charts from the one JSON block, each card's total beside them, and the
                // tables per child (printable) one link away
                Matcher link = Pattern.compile("href=\"(/regions/" + region + "/dashboard/tables\\?year=\\d+)\"")
                        .matcher(html);
                assertThat(link.find()).as(user + " the table view's link").isTrue();
                String tables = link.group(1);
                assertThat(html).contains("data-chart-data=\"members-status\"").contains("id=\"dashboard-data\"")
                        .contains("id=\"total-compliance-months\"").contains("href=\"" + tables + "\"")
                        .contains("href=\"" + tables + "#section-funds\"");
                String view = html(mvc.perform(get(tables).with(as(user))).andExpect(status().isOk()).andReturn());
                assertThat(view).as(user).contains("id=\"table-compliance-months\"").contains("data-print")
                        .contains("/regions/" + region + "/dashboard.xlsx").doesNotContain("data-chart=\"")
                        .contains("id=\"section-funds\"").doesNotContain("id=\"total-");
                assertThat(count(view, "<table")).isEqualTo(count(view, "id=\"table-"));
                assertThat(count(html, "<table")).isEqualTo(count(html, "id=\"total-"));
            }
            // and the level page leads to it
            String level = html(mvc.perform(get("/regions/{id}", region).with(as(user)))
                    .andExpect(status().isOk()).andReturn());
            assertThat(level).as(user).contains("id=\"dashboard-link\"")
                    .contains("href=\"/regions/" + region + "/dashboard\"");
        }
    }

    @Test
    void shouldLoadTheChartLibraryAndTheScriptThePageLinks() throws Exception {
        String html = html(mvc.perform(get("/regions/{id}/dashboard", regionOf("street")).with(as("street")))
                .andExpect(status().isOk()).andReturn());
        Matcher m = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"").matcher(html);
        List<String> files = new ArrayList<>();
        while (m.find()) {
            files.add(m.group(1));
        }
        assertThat(files).contains("/js/dashboard.js", "/css/dashboard.css")
                .anyMatch(f -> f.startsWith("/webjars/echarts/") && f.endsWith("/echarts.min.js"));
        for (String file : files) {
            assertThat(mvc.perform(get(file)).andReturn().getResponse().getStatus()).as(file).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswerNotFoundOutsideTheScopeAndForAnOrganizationsGrant() throws Exception {
        long otherDistrict = jdbc.queryForObject("select min(id) from region where level = 'DISTRICT' and id <> ?",
                Long.class, regionOf("district"));
        mvc.perform(get("/regions/{id}/dashboard", otherDistrict).with(as("district"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/dashboard.xlsx", otherDistrict).with(as("district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/dashboard", regionOf("district")).with(as("street")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/dashboard", regionOf("community")).with(as("branch")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/dashboard", 999_999_999L).with(as("city"))).andExpect(status().isNotFound());
    }

    @Test
    void shouldAnswerBadYearsWithoutAnError() throws Exception {
        long region = regionOf("street");
        // a year that is no number is a link nobody made: not found, as for any other bad parameter
        mvc.perform(get("/regions/{id}/dashboard?year=abc", region).with(as("street")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/dashboard?year=99999", region).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/regions/{id}/dashboard?year=-5", region).with(as("street"))).andExpect(status().isOk());
    }

    @Test
    void shouldCountTheSameMembersAsTheLevelPageAndTheRollup() {
        long district = regionOf("district");
        Scope scope = Scope.ofRegion(district, regionPath(district));
        rollups.catchUp(district, scope);
        Dashboard page = pages.dashboard(district, null, scope, Locale.ROOT);
        Table status = table(page, "members-status");
        RegionSummaries.Summary summary = summaries.summary(district, scope);

        assertThat(value(status.total(), status, "member.status.FULL", page)).isEqualTo(summary.totals().full());
        assertThat(value(status.total(), status, "member.status.PROBATIONARY", page))
                .isEqualTo(summary.totals().probationary());
        for (RegionSummaries.Child child : summary.children()) {
            Line line = status.lines().stream().filter(l -> l.label().equals(child.name())).findFirst().orElseThrow();
            assertThat(line.href()).isEqualTo("/regions/" + child.regionId() + "/dashboard");
            assertThat(value(line, status, "member.status.FULL", page)
                    + value(line, status, "member.status.PROBATIONARY", page)).as(child.name())
                    .isEqualTo(child.counts().members());
        }
        // every other dimension counts the same members
        long members = summary.totals().members();
        for (String dimension : List.of("age", "education", "occupation", "gender")) {
            Table t = table(page, "members-" + dimension);
            assertThat(t.total().values().stream().mapToLong(BigDecimal::longValue).sum()).as(dimension)
                    .isEqualTo(members);
        }
    }

    @Test
    void shouldShowTheComplianceOfTheOrganizationsInTheSubtreeByMonth() {
        // a district and the city add up their children's sums, a street its communities' rows, a community its
        // own rows and its organizations' periods
        for (long region : List.of(regionOf("district"), city(), regionOf("street"), regionOf("community"))) {
            complianceByMonth(region);
        }
        assertThat(levelDrift()).isEmpty();
    }

    private void complianceByMonth(long district) {
        String path = regionPath(district);
        Scope scope = Scope.ofRegion(district, path);
        int year = LocalDate.now().getYear();
        Dashboard page = pages.dashboard(district, year, scope, Locale.ROOT);
        Table months = table(page, "compliance-months");
        long required = 0;
        long done = 0;
        for (int m = 1; m <= 12; m++) {
            Map<String, Object> raw = jdbc.queryForMap("""
                    select count(*) as required, count(*) filter (where s.held >= s.expected) as done
                    from org_period_status s join party_org o on o.id = s.party_org_id
                    where o.region_path like ? || '%' and extract(year from s.period_start) = ?
                      and extract(month from s.period_start) = ?""", path, year, m);
            long r = ((Number) raw.get("required")).longValue();
            long d = ((Number) raw.get("done")).longValue();
            required += r;
            done += d;
            BigDecimal expected = r == 0 ? null
                    : BigDecimal.valueOf(d * 100).divide(BigDecimal.valueOf(r), 1, RoundingMode.HALF_UP);
            assertThat(months.total().values().get(m - 1)).as("month %d", m).isEqualTo(expected);
        }
        assertThat(required).as("the demo city owes meetings this year").isPositive();
        Table byChild = table(page, "compliance-children");
        assertThat(byChild.total().values().get(0).longValue()).isEqualTo(required);
        assertThat(byChild.total().values().get(1).longValue()).isEqualTo(done);
        assertThat(byChild.lines().stream().mapToLong(l -> l.values().get(0).longValue()).sum()).isEqualTo(required);
        assertThat(byChild.lines().stream().mapToLong(l -> l.values().get(1).longValue()).sum()).isEqualTo(done);
    }

    @Test
    void shouldCountTheCitysMembersFromItsDistrictsSums() {
        long city = city();
        Scope scope = cityScope();
        rollups.catchUp(city, scope);
        Dashboard page = pages.dashboard(city, null, scope, Locale.ROOT);
        RegionSummaries.Summary summary = summaries.summary(city, scope);
        Table status = table(page, "members-status");
        assertThat(value(status.total(), status, "member.status.FULL", page)).isEqualTo(summary.totals().full());
        for (RegionSummaries.Child child : summary.children()) {
            Line line = status.lines().stream().filter(l -> l.label().equals(child.name())).findFirst().orElseThrow();
            assertThat(value(line, status, "member.status.FULL", page)
                    + value(line, status, "member.status.PROBATIONARY", page)).as(child.name())
                    .isEqualTo(child.counts().members());
        }
        for (String dimension : List.of("age", "education", "occupation", "gender")) {
            Table t = table(page, "members-" + dimension);
            assertThat(t.total().values().stream().mapToLong(BigDecimal::longValue).sum()).as(dimension)
                    .isEqualTo(summary.totals().members());
        }
        assertThat(levelDrift()).isEmpty();
    }

    /**
     * The rows of the level sums that differ from the sums of the base rows under each district and
     * street (compliance_level_rollup, member_profile_level_rollup; a zero sum counts as no row).
     */
    private List<String> levelDrift() {
        List<String> drift = new ArrayList<>(jdbc.queryForList("""
                select 'compliance ' || coalesce(l.region_id, b.region_id) || ' ' || coalesce(l.requirement_id,
                       b.requirement_id) || ' ' || coalesce(l.period_start, b.period_start)
                """ + LevelSums.COMPLIANCE_DRIFT, String.class));
        drift.addAll(jdbc.queryForList("""
                select 'profile ' || coalesce(l.region_id, b.region_id) || ' ' || coalesce(l.dimension, b.dimension)
                       || ' ' || coalesce(l.bucket, b.bucket)
                from (select * from member_profile_level_rollup where members <> 0) l
                full join (select a.region_id, m.dimension, m.bucket, sum(m.members) as members
                           from member_profile_rollup m
                           cross join lateral (values (m.district_id), (m.street_id)) a(region_id)
                           where a.region_id is not null group by 1, 2, 3) b
                  on b.region_id = l.region_id and b.dimension = l.dimension and b.bucket = l.bucket
                where l.members is distinct from b.members""", String.class));
        return drift;
    }

    @Test
    void shouldAgreeWithTheFeaturesOwnSummaries() {
        long street = regionOf("street");
        Scope scope = Scope.ofRegion(street, regionPath(street));
        rollups.catchUp(street, scope);
        Dashboard page = pages.dashboard(street, null, scope, Locale.ROOT);
        // the funnel, added up from the roll-up, equals the development feature counting the people
        var counted = development.stages(street, scope).total();
        Table funnel = table(page, "development-funnel");
        assertThat(funnel.lines().stream().map(l -> l.values().get(0).longValue()).toList()).containsExactly(
                counted.applicants(), counted.activists(), counted.candidates(), counted.admission(),
                counted.probationary());
        // the tasks' total counts the open recipients inside the child regions
        Table tasks = table(page, "tasks");
        Long open = jdbc.queryForObject("""
                select count(*) from work_task_recipient x
                left join region r on r.id = x.region_id left join party_org o on o.id = x.org_id
                where coalesce(r.path, o.region_path) like ? || '_%' and x.status <> 'COMPLETED'""", Long.class,
                regionPath(street));
        assertThat(tasks.total().values().get(3).longValue()).isEqualTo(open);
    }

    @Test
    void shouldShowACommunitysStagesAndOrganizationsAsTheRecordsSayAfterEachChange() {
        long community = regionOf("community");
        Scope scope = Scope.ofRegion(community, regionPath(community));
        long district = regionOf("district");
        Scope districtScope = Scope.ofRegion(district, regionPath(district));
        long org = jdbc.queryForObject("""
                select min(o.id) from party_org o join org_period_status s on s.party_org_id = o.id
                where o.region_id = ? and s.period_start >= date_trunc('year', current_date)""", Long.class,
                community);
        String name = jdbc.queryForObject("select name from party_org where id = ?", String.class, org);
        Dashboard before = communityDashboard(community, scope);
        assertThat(stageTotal(before)).isEqualTo(stageTotal(community, scope));
        List<Long> statuses = statusTotal(communityDashboard(district, districtScope));
        assertThat(labels(before, "compliance-children")).contains(name);

        jdbc.update("""
                insert into party_member (name, gender, ethnicity, birth_date, id_number_cipher, id_number_hash,
                  id_number_masked, id_number_tail, education, occupation, status, party_org_id, applied_on)
                select '看板申请人' || g, 'MALE', '汉族', date '2000-05-01', '\\x00'::bytea,
                  md5('dashboard-' || gen_random_uuid()), '110101********' || lpad(g::text, 4, '0'),
                  lpad(g::text, 4, '0'), 'BACHELOR', 'EMPLOYED_OTHER', 'APPLICANT', ?, current_date
                from generate_series(1, 2) g""", org);
        Dashboard applied = communityDashboard(community, scope);
        assertThat(stageTotal(applied)).isEqualTo(stageTotal(community, scope)).isNotEqualTo(stageTotal(before));
        List<Long> statusesApplied = statusTotal(communityDashboard(district, districtScope));
        assertThat(statusesApplied.get(0)).as("applicants on the district's member card")
                .isEqualTo(statuses.get(0) + 2);

        jdbc.update("update party_org set name = ? where id = ?", name + "（新名）", org);
        assertThat(labels(communityDashboard(community, scope), "compliance-children")).contains(name + "（新名）")
                .doesNotContain(name);

        jdbc.update("update party_org set name = ? where id = ?", name, org);
        jdbc.update("delete from party_member where party_org_id = ? and name like '看板申请人%'", org);
        assertThat(stageTotal(communityDashboard(community, scope))).isEqualTo(stageTotal(before));
        assertThat(statusTotal(communityDashboard(district, districtScope))).isEqualTo(statuses);
    }

    /** The dashboard page of a region, after its catch-up as the controller does it. */
    private Dashboard communityDashboard(long region, Scope scope) {
        rollups.catchUp(region, scope);
        return pages.page(region, null, scope, Locale.ROOT);
    }

    /** The member card's total by status, applicants first. */
    private static List<Long> statusTotal(Dashboard page) {
        return table(page, "members-status").total().values().stream().map(BigDecimal::longValue).toList();
    }

    private static List<Long> stageTotal(Dashboard page) {
        return table(page, "development-children").total().values().stream().map(BigDecimal::longValue).toList();
    }

    /** The stages' total as the development feature counts them from the people. */
    private List<Long> stageTotal(long community, Scope scope) {
        var t = development.stages(community, scope).total();
        return List.of(t.applicants(), t.activists(), t.candidates(), t.admission(), t.probationary(), t.awaiting(),
                t.due(), t.overdue());
    }

    private static List<String> labels(Dashboard page, String table) {
        return table(page, table).lines().stream().map(Line::label).toList();
    }

    @Test
    void shouldDrillDownFromTheDistrictToTheOrganizationBehindAFigure() throws Exception {
        long district = regionOf("district");
        String html = html(mvc.perform(get("/regions/{id}/dashboard", district).with(as("district")))
                .andExpect(status().isOk()).andReturn());
        long street = regionOf("street");
        // the chart's line (what a click on its bar follows) and the table view's link
        assertThat(hrefs(charts(html), "members-status")).contains("/regions/" + street + "/dashboard");
        assertThat(html(mvc.perform(get("/regions/{id}/dashboard/tables", district).with(as("district")))
                .andExpect(status().isOk()).andReturn())).contains("href=\"/regions/" + street + "/dashboard\"");
        html = html(mvc.perform(get("/regions/{id}/dashboard", street).with(as("district")))
                .andExpect(status().isOk()).andReturn());
        long community = regionOf("community");
        assertThat(hrefs(charts(html), "members-status")).contains("/regions/" + community + "/dashboard");
        assertThat(html(mvc.perform(get("/regions/{id}/dashboard/tables", street).with(as("district")))
                .andExpect(status().isOk()).andReturn())).contains("href=\"/regions/" + community + "/dashboard\"");
        html = html(mvc.perform(get("/regions/{id}/dashboard", community).with(as("district")))
                .andExpect(status().isOk()).andReturn());
        assertThat(html).contains("href=\"/regions/" + community + "/dashboard/members\"");
        html = html(mvc.perform(get("/regions/{id}/dashboard/members", community).with(as("district")))
                .andExpect(status().isOk()).andReturn());
        assertThat(html).contains("href=\"/orgs/" + orgOf("branch") + "\"").contains("id=\"table-members-status\"")
                .contains("href=\"/regions/" + community + "/dashboard\"");
    }

    @Test
    void shouldCountACommunitysGridCardFromItsRollupRowAsTheGridFeatureCountsIt() {
        long community = regionOf("community");
        Scope scope = Scope.ofRegion(community, regionPath(community));
        rollups.catchUp(community, scope);
        var counted = grids.gaps(community, scope);
        assertThat(counted.total().grids()).as("the seeded community has grids").isPositive();
        Table grid = table(pages.page(community, null, scope, Locale.ROOT), "grid");
        List<BigDecimal> expected = java.util.stream.Stream.of(counted.total().grids(),
                counted.total().gridsNoLeader(), counted.total().gridsNoOrg(), counted.total().buildings(),
                counted.total().buildingsNoLeader(), counted.total().unitsNoLeader(), counted.total().cadresLeft())
                .map(BigDecimal::valueOf).toList();
        assertThat(grid.total().values()).isEqualTo(expected);
        assertThat(grid.lines()).singleElement().satisfies(l -> assertThat(l.values()).isEqualTo(expected));
    }

    @Autowired
    org.grassroots.grid.GridPages grids;

    @Test
    void shouldShowACommunitysMemberCardFromItsRollupAndItsOrganizationsOneLinkAway() throws Exception {
        long street = region("STREET", "DISTRICT", regionOf("district"));
        long community = region("COMMUNITY", "STREET", street);
        long committee = org("COMMITTEE", null, community);
        long branch = org("BRANCH", committee, community);
        long other = org("BRANCH", committee, community);
        LocalDate today = LocalDate.now();
        members(branch, 5, "FULL", today.minusYears(45));
        members(branch, 2, "PROBATIONARY", today.minusYears(25));
        members(other, 3, "FULL", today.minusYears(75));
        members(other, 2, "APPLICANT", today.minusYears(20));
        members(committee, 1, "MEMBERSHIP_SUSPENDED", today.minusYears(50));
        Scope scope = Scope.ofRegion(community, regionPath(community));
        rollups.catchUp(community, scope);

        Dashboard full = pages.dashboard(community, null, scope, Locale.ROOT);
        Dashboard page = pages.page(community, null, scope, Locale.ROOT);
        Dashboard byOrg = pages.memberProfiles(community, scope, Locale.ROOT);
        for (String dimension : org.grassroots.member.MemberProfiles.DIMENSIONS) {
            String id = "members-" + dimension.toLowerCase(Locale.ROOT);
            Table counted = table(full, id);
            Table rolled = table(page, id);
            // the roll-up's community rows equal the organizations' profiles counted from the people
            assertThat(rolled.total().values()).as(id).isEqualTo(counted.total().values());
            assertThat(rolled.columns()).isEqualTo(counted.columns());
            assertThat(rolled.lines()).singleElement().satisfies(l -> {
                assertThat(l.href()).isEqualTo("/regions/" + community + "/dashboard/members");
                assertThat(l.values()).isEqualTo(counted.total().values());
            });
            // one link away: the organizations' lines as the full dashboard has them
            assertThat(table(byOrg, id)).isEqualTo(counted);
        }
        Table status = table(page, "members-status");
        assertThat(value(status.total(), status, "member.status.FULL", page)).isEqualTo(8);
        assertThat(value(status.total(), status, "member.status.APPLICANT", page)).isEqualTo(2);
        assertThat(table(byOrg, "members-status").lines()).extracting(Line::href)
                .containsExactlyInAnyOrder("/orgs/" + branch, "/orgs/" + other, "/orgs/" + committee);
        // every other card is the full dashboard's
        for (int i = 1; i < full.sections().size(); i++) {
            assertThat(page.sections().get(i)).isEqualTo(full.sections().get(i));
        }

        mvc.perform(get("/regions/{id}/dashboard/members", street).with(as("district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/dashboard/members", regionOf("community")).with(as("branch")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/dashboard/members", 999_999_999L).with(as("city")))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldKeepTheMemberProfileByTheQueueEqualToARebuild() {
        long street = region("STREET", "DISTRICT", regionOf("district"));
        long community = region("COMMUNITY", "STREET", street);
        long committee = org("COMMITTEE", null, community);
        long branch = org("BRANCH", committee, community);
        long own = org("BRANCH", null, street);
        LocalDate today = LocalDate.now();
        members(branch, 6, "FULL", today.minusYears(30));
        members(branch, 2, "PROBATIONARY", today.minusYears(31));
        members(own, 3, "ACTIVIST", today.minusYears(75));
        Scope scope = Scope.ofRegion(street, regionPath(street));
        rollups.catchUp(street, scope);

        Dashboard page = pages.dashboard(street, null, scope, Locale.ROOT);
        Table age = table(page, "members-age");
        assertThat(value(age.total(), age, "dashboard.age.UP_TO_30", page)).isEqualTo(6);
        assertThat(value(age.total(), age, "dashboard.age.31_40", page)).isEqualTo(2);
        assertThat(value(age.total(), age, "dashboard.age.OVER_70", page)).as("activists are no members").isZero();
        Table status = table(page, "members-status");
        assertThat(value(status.total(), status, "member.status.ACTIVIST", page)).isEqualTo(3);
        Line ownLine = status.lines().stream().filter(l -> l.href().equals("/regions/" + street)).findFirst()
                .orElseThrow();
        assertThat(value(ownLine, status, "member.status.ACTIVIST", page)).isEqualTo(3);

        // corrections the level's own triggers do not watch, a move, a status change, a deletion
        jdbc.update("update party_member set birth_date = ?, education = 'MASTER' where party_org_id = ? and status = 'FULL'"
                + " and id = (select min(id) from party_member where party_org_id = ? and status = 'FULL')",
                today.minusYears(65), branch, branch);
        jdbc.update("update party_member set gender = 'FEMALE', occupation = 'RETIRED' where party_org_id = ?", own);
        jdbc.update("update party_member set status = 'FULL' where party_org_id = ? and status = 'PROBATIONARY'", branch);
        jdbc.update("update party_member set party_org_id = ? where id = (select max(id) from party_member"
                + " where party_org_id = ?)", own, branch);
        jdbc.update("delete from party_member where id = (select min(id) from party_member where party_org_id = ?)",
                own);
        rollups.catchUp(street, scope);
        List<String> incremental = profile(street);
        assertThat(levelDrift()).isEmpty();
        rollups.rebuild();
        assertThat(profile(street)).isEqualTo(incremental);
        assertThat(levelDrift()).isEmpty();
        assertThat(incremental).contains(community + " AGE 61_70 1", community + " EDUCATION MASTER 1");

        Dashboard ofCommunity = pages.dashboard(community, null, Scope.ofRegion(community, regionPath(community)),
                Locale.ROOT);
        Table byOrg = table(ofCommunity, "members-status");
        assertThat(byOrg.lines()).singleElement().satisfies(l -> assertThat(l.href()).isEqualTo("/orgs/" + branch));
        assertThat(value(byOrg.total(), byOrg, "member.status.FULL", ofCommunity)).isEqualTo(7);
    }

    @Test
    void shouldExportOneSheetPerCard() throws Exception {
        MvcResult result = mvc.perform(get("/regions/{id}/dashboard.xlsx", regionOf("street")).with(as("street")))
                .andExpect(status().isOk()).andReturn();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(SECTIONS.size());
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isNotBlank();
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(2);
        }
    }

    @Test
    void shouldReadTheStreetDashboardWithTheSameStatementsWhenItHasFiveTimesTheCommunities() throws Exception {
        long street = region("STREET", "DISTRICT", regionOf("district"));
        community(street);
        long small = statements("/regions/" + street + "/dashboard");
        for (int i = 0; i < 4; i++) {
            community(street);
        }
        long large = statements("/regions/" + street + "/dashboard");
        assertThat(small).isPositive();
        assertThat(large).as("statements for a street of 5 communities vs 1").isLessThanOrEqualTo(small);
    }

    @Test
    void shouldSendTheChartsEveryFigureOfTheTablesOnceAndShowTheTablesOneLinkAway() throws Exception {
        for (String user : List.of("city", "district", "street")) {
            long region = regionOf(user);
            MvcResult result = mvc.perform(get("/regions/{id}/dashboard", region).with(as(user)))
                    .andExpect(status().isOk()).andReturn();
            Dashboard page = (Dashboard) result.getModelAndView().getModel().get("page");
            String html = html(result);
            JsonNode charts = charts(html);
            MvcResult tablesResult = mvc.perform(get("/regions/{id}/dashboard/tables", region).with(as(user)))
                    .andExpect(status().isOk()).andReturn();
            Dashboard tablesPage = (Dashboard) tablesResult.getModelAndView().getModel().get("page");
            String tables = html(tablesResult);
            int count = 0;
            for (var section : page.sections()) {
                for (Table t : section.tables()) {
                    count++;
                    JsonNode c = charts.get(t.id());
                    assertThat(c).as(user + " " + t.id()).isNotNull();
                    assertThat(c.get("chart").asString()).isEqualTo(t.chart());
                    assertThat(c.get("columns").valueStream().map(JsonNode::asString).toList()).isEqualTo(t.columns());
                    assertThat(c.get("lines").size()).as(user + " " + t.id()).isEqualTo(t.lines().size());
                    for (int i = 0; i < t.lines().size(); i++) {
                        assertThat(line(c.get("lines").get(i))).as(user + " " + t.id() + " " + i)
                                .isEqualTo(line(t.lines().get(i)));
                    }
                    assertThat(line(c.get("total"))).isEqualTo(line(t.total()));
                    // the page shows the total line; the table view every line, leading where the bar leads
                    assertThat(html).contains("id=\"total-" + t.id() + "\"");
                    assertThat(tables).contains("id=\"table-" + t.id() + "\"");
                    for (Line l : t.lines()) {
                        if (l.href() != null) {
                            assertThat(tables).contains("href=\"" + l.href() + "\"");
                        }
                    }
                }
            }
            assertThat(charts.size()).isEqualTo(count);
            assertThat(tablesPage.sections()).isEqualTo(page.sections());
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The charts' JSON block of an upper level's dashboard page. */
    static JsonNode charts(String html) {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"dashboard-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("the charts' data block").isTrue();
        return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(m.group(1));
    }

    private static List<String> hrefs(JsonNode charts, String table) {
        return charts.get(table).get("lines").valueStream().map(l -> l.get(1).asString()).toList();
    }

    /** A line as label, href and values as plain decimals (nulls kept), from the block or the model. */
    private static List<String> line(JsonNode l) {
        List<String> out = new ArrayList<>();
        out.add(l.get(0).asString());
        out.add(l.get(1).isNull() ? null : l.get(1).asString());
        l.get(2).valueStream()
                .forEach(v -> out.add(v.isNull() ? null : v.decimalValue().stripTrailingZeros().toPlainString()));
        return out;
    }

    private static List<String> line(Line l) {
        List<String> out = new ArrayList<>();
        out.add(l.label());
        out.add(l.href());
        l.values().forEach(v -> out.add(v == null ? null : v.stripTrailingZeros().toPlainString()));
        return out;
    }

    private long statements(String path) throws Exception {
        mvc.perform(get(path).with(as("district"))).andExpect(status().isOk());
        return StatementCounter.during(() -> mvc.perform(get(path).with(as("district"))).andExpect(status().isOk()));
    }

    private static Table table(Dashboard page, String id) {
        return page.sections().stream().flatMap(s -> s.tables().stream()).filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow();
    }

    /** The value of a line in the column labelled by the message key (Locale.ROOT: the default labels). */
    private long value(Line line, Table table, String key, Dashboard page) {
        String label = messages.getMessage(key, null, Locale.ROOT);
        int i = table.columns().indexOf(label);
        assertThat(i).as(key).isNotNegative();
        return line.values().get(i).longValue();
    }

    @Autowired
    org.springframework.context.MessageSource messages;

    private List<String> profile(long street) {
        return jdbc.queryForList("""
                select region_id || ' ' || dimension || ' ' || bucket || ' ' || members from member_profile_rollup
                where region_path like (select path from region where id = ?) || '%'
                order by region_id, dimension, bucket""", String.class, street);
    }

    private long city() {
        return jdbc.queryForObject("select id from region where level = 'CITY'", Long.class);
    }

    private Scope cityScope() {
        return Scope.ofRegion(city(), regionPath(city()));
    }

    private long region(String level, String parentLevel, long parent) {
        long id = jdbc.queryForObject("""
                insert into region (level, code, name, parent_id, parent_level)
                values (?, ?, ?, ?, ?) returning id""", Long.class,
                level, "DB" + System.nanoTime(), "看板测试" + level + regions.size(), parent, parentLevel);
        regions.add(id);
        return id;
    }

    private void community(long street) {
        long community = region("COMMUNITY", "STREET", street);
        long committee = org("COMMITTEE", null, community);
        members(org("BRANCH", committee, community), 4, "FULL", LocalDate.of(1970, 5, 1));
    }

    private long org(String type, Long parent, long region) {
        long id = jdbc.queryForObject("""
                insert into party_org (name, type, category, parent_id, region_id, founded_on)
                values (? || nextval('party_org_id_seq'), ?, 'COMMUNITY', ?, ?, current_date - 400) returning id""",
                Long.class, "看板测试党组织", type, parent, region);
        orgs.add(id);
        return id;
    }

    private void members(long org, int count, String status, LocalDate birth) {
        jdbc.update("""
                insert into party_member (name, gender, ethnicity, birth_date, id_number_cipher, id_number_hash,
                  id_number_masked, id_number_tail, education, occupation, status, party_org_id)
                select '看板' || g, 'MALE', '汉族', ?, '\\x00'::bytea, md5('dashboard-' || gen_random_uuid()),
                  '110101********' || lpad(g::text, 4, '0'), lpad(g::text, 4, '0'), 'BACHELOR', 'EMPLOYED_OTHER',
                  ?, ?
                from generate_series(1, ?) g""", birth, status, org, count);
    }

    private static int count(String html, String text) {
        return html.split(Pattern.quote(text), -1).length - 1;
    }
}
