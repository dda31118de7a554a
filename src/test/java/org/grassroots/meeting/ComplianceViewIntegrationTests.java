package org.grassroots.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The compliance pages on the demo city with meetings inserted here, checked against counts made by
 * this test from the raw meetings and the requirement rows, never from the summaries the pages read.
 */
class ComplianceViewIntegrationTests extends WebIntegrationTestBase {

    private static final Pattern RATE = Pattern.compile("([\\d,]+)/([\\d,]+) \\((\\d+)%\\)");

    /** The rule of the requirement table, written out again: which organizations owe r in [start, end]. */
    private static final String OWED = """
            from party_org o join meeting_requirement r on r.id = :req
            where o.type = any (r.org_types) and (r.condition = 'ALWAYS' or o.has_committee)
              and (o.founded_on is null or o.founded_on <= cast(:start as date))
              and (o.closed_on is null or o.closed_on > cast(:end as date))
            """;

    /** Meetings of r's type an organization held in [start, end]. */
    private static final String HELD = """
            (select count(*) from meeting m where m.party_org_id = o.id and m.type = r.meeting_type
               and m.deleted_at is null and m.held_on between cast(:start as date) and cast(:end as date))""";

    private static boolean rebuilt;

    @Autowired
    private ComplianceService compliance;

    @Autowired
    private ComplianceViewService views;

    @Autowired
    private ComplianceWindow window;

    @Autowired
    private TransactionTemplate tx;

    @Autowired
    private org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;

    private LocalDate today;
    private Period lastMonth;
    private long community;
    private long street;
    private long themeDayLastMonth;

    @BeforeEach
    void meetingsInTheDemoCity() {
        today = window.today();
        lastMonth = Period.containing(Frequency.MONTH, today).previous();
        community = regionOf("community");
        street = regionOf("street");
        themeDayLastMonth = requirementFor("THEME_DAY", lastMonth);
        if (rebuilt) {
            return;
        }
        // the summaries of past periods as the app would have them after running through them
        compliance.rebuild();
        // last month: the first two branches of the community met, the third did not; elsewhere a few
        List<Long> branches = branchesIn(community);
        // the demo city keeps most theme days: take the third branch's recent ones off the ledger
        jdbc.update("""
                update meeting set deleted_at = now() where party_org_id = ? and type = 'THEME_DAY'
                  and held_on >= ? and deleted_at is null""", branches.get(2), lastMonth.start());
        tx.executeWithoutResult(s -> compliance.meetingsChanged(branches.get(2), lastMonth.start(), today));
        hold(branches.get(0), "THEME_DAY", lastMonth.start().plusDays(3));
        hold(branches.get(1), "THEME_DAY", lastMonth.end());
        hold(branches.get(1), "THEME_DAY", lastMonth.start());
        long otherDistrict = jdbc.queryForObject("select min(id) from region where level = 'DISTRICT' and id <> ?",
                Long.class, regionOf("district"));
        for (long org : jdbc.queryForList("""
                select o.id from party_org o where o.district_id = ? and o.type = 'BRANCH' and o.closed_on is null
                order by o.id limit 5""", Long.class, otherDistrict)) {
            hold(org, "THEME_DAY", lastMonth.start().plusDays(10));
            hold(org, "MEMBERS_ASSEMBLY", lastMonth.start().plusDays(10));
        }
        // this month: the first branch of the community has held its theme day
        hold(branches.get(0), "THEME_DAY", Period.containing(Frequency.MONTH, today).start());
        rebuilt = true;
    }

    /** A meeting inserted as raw data, then the summaries refreshed the way every meeting write does. */
    private void hold(long orgId, String type, LocalDate day) {
        jdbc.update("insert into meeting (party_org_id, type, held_on, topic, created_by) values (?, ?, ?, ?, 'test')",
                orgId, type, day, "test " + type);
        tx.executeWithoutResult(s -> compliance.meetingsChanged(orgId, day));
    }

    private List<Long> branchesIn(long communityId) {
        return jdbc.queryForList("""
                select o.id from party_org o where o.region_id = ? and o.type = 'BRANCH' and o.closed_on is null
                  and (o.founded_on is null or o.founded_on < ?) order by o.id""", Long.class, communityId,
                lastMonth.start());
    }

    private long requirementFor(String type, Period period) {
        return jdbc.queryForObject("""
                select id from meeting_requirement where meeting_type = ? and effective_from <= ?
                  and (effective_to is null or effective_to >= ?)""", Long.class, type, period.start(), period.end());
    }

    private Map<String, Object> periodParams(long requirementId, Period period) {
        return Map.of("req", requirementId, "start", period.start(), "end", period.end());
    }

    /** required and done for one requirement and period among the organizations a condition selects. */
    private long[] handCount(long requirementId, Period period, String condition, Object value) {
        Map<String, Object> p = new java.util.HashMap<>(periodParams(requirementId, period));
        p.put("value", value);
        return named.queryForObject("select count(*) as required, count(*) filter (where " + HELD
                + " >= r.min_count) as done " + OWED + " and " + condition, p,
                (rs, i) -> new long[] {rs.getLong("required"), rs.getLong("done")});
    }

    /** The organizations that owed r in the period and held fewer meetings than required. */
    private Set<Long> handOverdue(long requirementId, Period period, String condition, Object value) {
        Map<String, Object> p = new java.util.HashMap<>(periodParams(requirementId, period));
        p.put("value", value);
        return new HashSet<>(named.queryForList("select o.id " + OWED + " and " + HELD + " < r.min_count and "
                + condition, p, Long.class));
    }

    private static List<Long> requirementColumns(String html) {
        Matcher m = Pattern.compile("data-requirement-id=\"(\\d+)\"").matcher(section(html, "table", "compliance-rates"));
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    private static List<Long> meetingLinks(String html) {
        Matcher m = Pattern.compile("href=\"/orgs/(\\d+)/meetings\"").matcher(html);
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    // ---------------------------------------------------------------- rates per child

    @Test
    void shouldMatchHandCountPerDistrictWhenCityAdminOpensLastMonth() throws Exception {
        long city = regionOf("city");
        String html = html(mvc.perform(get("/regions/{id}/compliance", city).param("period", lastMonth.key())
                .with(as("city"))).andExpect(status().isOk()).andExpect(view().name("compliance/region")).andReturn());

        List<Long> columns = requirementColumns(html);
        assertThat(columns).isNotEmpty().contains(themeDayLastMonth)
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("""
                        select id from meeting_requirement where frequency = 'MONTH' and effective_from <= ?
                          and (effective_to is null or effective_to >= ?)""", Long.class, lastMonth.start(),
                        lastMonth.end()));
        List<Map<String, Object>> districts = jdbc.queryForList(
                "select id, name from region where parent_id = ? order by code", city);
        List<List<String>> rows = tableRows(html, "compliance-rates");
        assertThat(rows).hasSize(districts.size());
        boolean someDone = false;
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            assertThat(row.get(0)).isEqualTo(districts.get(i).get("name"));
            for (int c = 0; c < columns.size(); c++) {
                long[] expected = handCount(columns.get(c), lastMonth, "o.district_id = :value",
                        districts.get(i).get("id"));
                String cell = row.get(c + 1);
                if (expected[0] == 0) {
                    assertThat(cell).as("district %s, requirement %s", i, columns.get(c)).doesNotMatch(".*\\d+/\\d+.*");
                    continue;
                }
                Matcher m = RATE.matcher(cell);
                assertThat(m.find()).as(cell).isTrue();
                assertThat(number(m.group(1))).as("done, district %s, requirement %s", i, columns.get(c))
                        .isEqualTo(expected[1]);
                assertThat(number(m.group(2))).as("required").isEqualTo(expected[0]);
                assertThat(Integer.parseInt(m.group(3))).isEqualTo((int) (expected[1] * 100 / expected[0]));
                someDone |= expected[1] > 0;
            }
        }
        assertThat(someDone).as("the meetings inserted above show up").isTrue();

        long[] total = handCount(themeDayLastMonth, lastMonth, "o.city_id = :value", city);
        List<String> totals = new ArrayList<>();
        Matcher cells = Pattern.compile("<td\\b[^>]*>(.*?)</td>", Pattern.DOTALL)
                .matcher(section(html, "tr", "compliance-totals"));
        while (cells.find()) {
            totals.add(cells.group(1));
        }
        Matcher t = RATE.matcher(totals.get(columns.indexOf(themeDayLastMonth)));
        assertThat(t.find()).isTrue();
        assertThat(number(t.group(1))).isEqualTo(total[1]);
        assertThat(number(t.group(2))).isEqualTo(total[0]);
        // a closed period links the organizations behind to the drill-down
        assertThat(html).contains("/regions/" + city + "/compliance?period=" + lastMonth.key() + "&amp;overdue="
                + themeDayLastMonth);
    }

    @Test
    void shouldShowQuarterlyRequirementsOnlyWhenDefaultPeriodIsOpened() throws Exception {
        long district = regionOf("district");
        String html = html(mvc.perform(get("/regions/{id}/compliance", district).with(as("district")))
                .andExpect(status().isOk()).andReturn());
        Period quarter = Period.containing(Frequency.QUARTER, today);
        assertThat(textOf(html, "period-label")).contains(Integer.toString(quarter.start().getYear()));
        assertThat(requirementColumns(html)).containsExactlyInAnyOrderElementsOf(jdbc.queryForList("""
                select id from meeting_requirement where frequency = 'QUARTER' and effective_from <= ?
                  and (effective_to is null or effective_to >= ?)""", Long.class, quarter.start(), quarter.end()));
        List<List<String>> rows = tableRows(html, "compliance-rates");
        List<Long> streets = jdbc.queryForList("select id from region where parent_id = ? order by code", Long.class,
                district);
        assertThat(rows).hasSize(streets.size());
        long assembly = requirementFor("MEMBERS_ASSEMBLY", quarter);
        int column = requirementColumns(html).indexOf(assembly) + 1;
        for (int i = 0; i < rows.size(); i++) {
            long[] expected = handCount(assembly, quarter, "o.street_id = :value", streets.get(i));
            assertThat(rows.get(i).get(column)).contains(expected[1] + "/" + expected[0]);
        }
        // the open period has no overdue organizations yet: nothing links to the drill-down
        assertThat(html).doesNotContain("overdue=");
    }

    // ---------------------------------------------------------------- drill-down

    @Test
    void shouldListExactlyTheOverdueOrganizationsWhenStreetDrillsDownIntoClosedPeriod() throws Exception {
        String html = html(mvc.perform(get("/regions/{id}/compliance", street).param("period", lastMonth.key())
                .param("overdue", Long.toString(themeDayLastMonth)).with(as("street")))
                .andExpect(status().isOk()).andExpect(view().name("compliance/overdue")).andReturn());

        Set<Long> expected = handOverdue(themeDayLastMonth, lastMonth, "o.street_id = :value", street);
        List<Long> listed = meetingLinks(section(html, "table", "overdue-orgs"));
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        List<Long> branches = branchesIn(community);
        assertThat(listed).doesNotContain(branches.get(0), branches.get(1)).contains(branches.get(2));
        assertThat(textOf(html, "overdue-count")).contains(Integer.toString(expected.size()));
    }

    @Test
    void shouldCountAllAndPageFiftyWhenCityDrillsDownIntoClosedPeriod() throws Exception {
        long city = regionOf("city");
        String html = html(mvc.perform(get("/regions/{id}/compliance", city).param("period", lastMonth.key())
                .param("overdue", Long.toString(themeDayLastMonth)).with(as("city"))).andExpect(status().isOk())
                .andReturn());
        Set<Long> expected = handOverdue(themeDayLastMonth, lastMonth, "o.city_id = :value", city);
        assertThat(textOf(html, "overdue-count")).contains(Integer.toString(expected.size()));
        List<Long> first = meetingLinks(section(html, "table", "overdue-orgs"));
        assertThat(first).hasSize(Math.min(50, expected.size()));
        assertThat(expected).containsAll(first);
        if (expected.size() > 50) {
            String second = html(mvc.perform(get("/regions/{id}/compliance", city).param("period", lastMonth.key())
                    .param("overdue", Long.toString(themeDayLastMonth)).param("page", "1").with(as("city")))
                    .andExpect(status().isOk()).andReturn());
            assertThat(meetingLinks(section(second, "table", "overdue-orgs"))).doesNotContainAnyElementsOf(first);
        }
    }

    /**
     * The drill-down's list as it was computed before it read the roll-up per region: every owing
     * status row of the subtree, by place and name, counted and paged in one statement each.
     */
    private List<ComplianceViews.OverdueOrg> overdueAsBefore(String regionPath, long requirementId, Period period) {
        return named.query("""
                select o.id, o.name, o.type, rg.name as region_name, s.held, s.expected
                from org_period_status s join party_org o on o.id = s.party_org_id
                join region rg on rg.id = o.region_id
                where s.requirement_id = :req and s.period_start = :start and s.held < s.expected
                  and o.region_path like :path || '%'
                order by o.region_path, o.name, o.id""", Map.of("req", requirementId, "start", period.start(),
                "path", regionPath), (rs, i) -> new ComplianceViews.OverdueOrg(rs.getLong("id"), rs.getString("name"),
                org.grassroots.org.OrgType.valueOf(rs.getString("type")), rs.getString("region_name"),
                rs.getInt("held"), rs.getInt("expected")));
    }

    @Test
    void shouldPageEveryLevelsDrillDownExactlyAsTheWholeListWhenReadPerRegion() {
        Period lastQuarter = Period.containing(Frequency.QUARTER, today).previous();
        List<Long> owed = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        for (Period period : List.of(lastMonth, lastQuarter)) {
            for (long id : jdbc.queryForList("""
                    select id from meeting_requirement where frequency = ? and effective_from <= ?
                      and (effective_to is null or effective_to >= ?) order by id""", Long.class,
                    period.frequency().name(), period.start(), period.end())) {
                owed.add(id);
                periods.add(period);
            }
        }
        int pagesSeen = 0;
        boolean splitRegion = false;
        for (String level : List.of("city", "district", "street", "community")) {
            long regionId = regionOf(level);
            String path = jdbc.queryForObject("select path from region where id = ?", String.class, regionId);
            Scope scope = Scope.ofRegion(regionId, path);
            for (int i = 0; i < owed.size(); i++) {
                List<ComplianceViews.OverdueOrg> all = overdueAsBefore(path, owed.get(i), periods.get(i));
                // the page's size and small pages (cutting regions in the middle)
                for (int size : List.of(ComplianceViewService.OVERDUE_PAGE_SIZE, 3, 7)) {
                    int pages = Math.max(1, (all.size() + size - 1) / size);
                    // every page, and one past the last (answered with the last)
                    for (int page = 0; page <= pages; page++) {
                        ComplianceViews.OverduePage shown = views.overdue(regionId, periods.get(i).key(),
                                owed.get(i), page, scope, size);
                        int number = Math.min(page, pages - 1);
                        int from = Math.min(number * size, all.size());
                        List<ComplianceViews.OverdueOrg> expected = all.subList(from,
                                Math.min(from + size, all.size()));
                        assertThat(shown.pager().total()).as("%s, requirement %s", level, owed.get(i))
                                .isEqualTo(all.size());
                        assertThat(shown.pager().number()).isEqualTo(number);
                        assertThat(shown.orgs()).as("%s, requirement %s, size %s, page %s", level, owed.get(i),
                                size, page).containsExactlyElementsOf(expected);
                        splitRegion |= from > 0 && from < all.size()
                                && all.get(from - 1).regionName().equals(all.get(from).regionName());
                        pagesSeen++;
                    }
                }
            }
        }
        assertThat(pagesSeen).isGreaterThan(20);
        assertThat(splitRegion).as("some page starts inside a region's organizations").isTrue();
    }

    @Test
    void shouldListNobodyWhenDrillDownIsOpenedForTheOpenPeriod() throws Exception {
        Period month = Period.containing(Frequency.MONTH, today);
        String html = html(mvc.perform(get("/regions/{id}/compliance", community).param("period", month.key())
                .param("overdue", Long.toString(requirementFor("THEME_DAY", month))).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "overdue-open")).isNotBlank();
        assertThat(section(html, "table", "overdue-orgs")).isEmpty();
    }

    // ---------------------------------------------------------------- community overview

    @Test
    void shouldLinkEveryOrganizationToItsMeetingsWhenCommunityOpensItsOverview() throws Exception {
        String html = html(mvc.perform(get("/regions/{id}/compliance", community).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        Period month = Period.containing(Frequency.MONTH, today);
        Period quarter = Period.containing(Frequency.QUARTER, today);
        Set<Long> owing = new HashSet<>();
        for (String freq : List.of("MONTH", "QUARTER")) {
            Period p = freq.equals("MONTH") ? month : quarter;
            for (long req : jdbc.queryForList("""
                    select id from meeting_requirement where frequency = ? and effective_from <= ?
                      and (effective_to is null or effective_to >= ?)""", Long.class, freq, p.start(), p.end())) {
                Map<String, Object> params = new java.util.HashMap<>(periodParams(req, p));
                params.put("value", community);
                owing.addAll(named.queryForList("select o.id " + OWED + " and o.region_id = :value", params,
                        Long.class));
            }
        }
        String table = section(html, "table", "org-compliance");
        assertThat(meetingLinks(table)).isNotEmpty().doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(owing);

        // this month's theme day: held by the first branch, still due for the third
        List<Long> branches = branchesIn(community);
        String done = rowOf(table, branches.get(0));
        String due = rowOf(table, branches.get(2));
        assertThat(done).contains("text-bg-success");
        assertThat(due).contains("text-bg-info").doesNotContain("text-bg-warning");
        assertThat(textOf(html, "page-title")).contains(jdbc.queryForObject("select name from region where id = ?",
                String.class, community));
        assertThat(html).contains("id=\"breadcrumb\"");
    }

    @Test
    void shouldShowTheOverviewAsTheRecordsSayAfterAMeetingInTheChosenLanguage() throws Exception {
        long third = branchesIn(community).get(2);
        LocalDate day = Period.containing(Frequency.MONTH, today).start();
        String themeDay = "data-type=\"THEME_DAY\" data-frequency=\"MONTH\" data-status=\"";
        assertThat(rowOf(overview("zh-CN"), third)).contains(themeDay + "DUE\"").contains("待召开");
        hold(third, "THEME_DAY", day);
        try {
            // the table rendered once for the figures before is not shown for the figures after
            String after = overview("zh-CN");
            assertThat(rowOf(after, third)).contains(themeDay + "DONE\"").contains("已完成");
            String english = overview("en");
            assertThat(rowOf(english, third)).contains(themeDay + "DONE\"").contains(">Done<")
                    .doesNotContain("已完成");
            assertThat(english).contains("Organizations at a glance").doesNotContain("各党组织一览");
            assertThat(overview("zh-CN")).isEqualTo(after);
        } finally {
            jdbc.update("update meeting set deleted_at = now() where party_org_id = ? and held_on = ?"
                    + " and topic = 'test THEME_DAY' and deleted_at is null", third, day);
            tx.executeWithoutResult(s -> compliance.meetingsChanged(third, day));
        }
        assertThat(rowOf(overview("zh-CN"), third)).contains(themeDay + "DUE\"");
    }

    /** The community's overview table (its heading with it) in a language. */
    private String overview(String lang) throws Exception {
        String html = html(mvc.perform(get("/regions/{id}/compliance", community).param("lang", lang)
                .with(as("community"))).andExpect(status().isOk()).andReturn());
        return section(html, "section", "org-overview");
    }

    private static String rowOf(String table, long orgId) {
        Matcher m = Pattern.compile("<tr\\b[^>]*data-org-id=\"" + orgId + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(table);
        assertThat(m.find()).as("row of organization " + orgId).isTrue();
        return m.group(1);
    }

    // ---------------------------------------------------------------- scope

    @Test
    void shouldAnswerNotFoundWhenBranchSecretaryOrOutsiderAsksForRegionPages() throws Exception {
        for (String path : List.of("/regions/{id}/compliance", "/regions/{id}/reminders")) {
            mvc.perform(get(path, community).with(as("branch"))).andExpect(status().isNotFound());
            mvc.perform(get(path, siblingCommunity(community)).with(as("community"))).andExpect(status().isNotFound());
            mvc.perform(get(path, 999_999_999L).with(as("city"))).andExpect(status().isNotFound());
            mvc.perform(get(path, community).with(as("admin"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/regions/{id}/compliance", community).param("period", "2026-Q5").with(as("community")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/compliance", community).param("period", Integer.toString(today.getYear() + 1))
                .with(as("community"))).andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- reminders

    @Test
    void shouldListOrganizationBehindWhenItsPeriodEndsWithinTwoWeeks() {
        List<Long> branches = branchesIn(community);
        // a day in this month at most 14 days before its end, whatever today is
        Period month = Period.containing(Frequency.MONTH, today);
        LocalDate day = month.end().minusDays(3);
        Scope scope = Scope.ofRegion(community, regionPath(community));
        ComplianceViews.RemindersPage page = views.reminders(community, ReminderKind.DUE_SOON, 0, scope, day);

        ComplianceViews.ReminderOrg behind = page.orgs().stream().filter(o -> o.orgId() == branches.get(2))
                .findFirst().orElseThrow();
        assertThat(behind.dueSoon()).anySatisfy(d -> {
            assertThat(d.type()).isEqualTo(MeetingType.THEME_DAY);
            assertThat(d.period().key()).isEqualTo(month.key());
            assertThat(d.held()).isLessThan(d.expected());
            assertThat(d.daysLeft()).isEqualTo(3);
        });
        assertThat(page.orgs().stream().filter(o -> o.orgId() == branches.get(0)).flatMap(o -> o.dueSoon().stream()))
                .noneMatch(d -> d.type() == MeetingType.THEME_DAY);
        assertThat(page.summary().dueSoon()).isEqualTo(page.pager().total()).isPositive();
    }

    @Test
    void shouldListOverdueAndDueOrganizationsWithMeetingLinksWhenCommunityOpensReminders() throws Exception {
        List<Long> branches = branchesIn(community);
        String html = html(mvc.perform(get("/regions/{id}/reminders", community).with(as("community")))
                .andExpect(status().isOk()).andExpect(view().name("compliance/reminders")).andReturn());
        String table = section(html, "table", "reminder-orgs");
        // missed last month's theme day: overdue, with its period, linked to its meetings
        String row = rowOf(table, branches.get(2));
        assertThat(row).contains("/orgs/" + branches.get(2) + "/meetings").contains("主题党日")
                .contains(lastMonth.start().getYear() + "年" + lastMonth.start().getMonthValue() + "月");
        Set<Long> overdue = new HashSet<>(meetingLinks(section(html(mvc.perform(get("/regions/{id}/reminders",
                community).param("show", "OVERDUE").with(as("community"))).andReturn()), "table", "reminder-orgs")));
        assertThat(overdue).contains(branches.get(2));
        // held it: not reminded of last month's theme day (it may still be behind on other meetings)
        ComplianceViews.RemindersPage page = views.reminders(community, ReminderKind.OVERDUE, 0,
                Scope.ofRegion(community, regionPath(community)), today);
        assertThat(page.orgs().stream().filter(o -> o.orgId() == branches.get(0) || o.orgId() == branches.get(1))
                .flatMap(o -> o.overdue().stream()).filter(g -> g.type() == MeetingType.THEME_DAY)
                .flatMap(g -> g.periods().stream())).noneMatch(p -> p.key().equals(lastMonth.key()));
        assertThat(page.orgs().stream().filter(o -> o.orgId() == branches.get(2))
                .flatMap(o -> o.overdue().stream()).filter(g -> g.type() == MeetingType.THEME_DAY)
                .flatMap(g -> g.periods().stream())).anyMatch(p -> p.key().equals(lastMonth.key()));

        Period month = Period.containing(Frequency.MONTH, today);
        boolean monthDueSoon = ChronoUnit.DAYS.between(today, month.end()) <= ReminderWindow.DUE_DAYS;
        Set<Long> dueSoon = new HashSet<>(meetingLinks(section(html(mvc.perform(get("/regions/{id}/reminders",
                community).param("show", "DUE_SOON").with(as("community"))).andReturn()), "table", "reminder-orgs")));
        assertThat(dueSoon.contains(branches.get(2))).as("this month ends within 14 days: " + monthDueSoon)
                .isEqualTo(monthDueSoon);
    }

    @Test
    void shouldListOrganizationWhoseTermEndedWhenRemindersAreOpened() throws Exception {
        long org = branchesIn(community).get(1);
        LocalDate termEnd = jdbc.queryForObject("select term_end from party_org where id = ?", LocalDate.class, org);
        try {
            jdbc.update("update party_org set term_end = ? where id = ?", today.minusDays(10), org);
            String html = html(mvc.perform(get("/regions/{id}/reminders", community).param("show", "TERM")
                    .with(as("community"))).andExpect(status().isOk()).andReturn());
            String row = rowOf(section(html, "table", "reminder-orgs"), org);
            assertThat(row).contains("href=\"/orgs/" + org + "\"").contains(today.minusDays(10).toString())
                    .contains("已过 10 天");
            // the level page counts it among the terms and links to the reminders and the compliance page
            String level = html(mvc.perform(get("/regions/{id}", community).with(as("community")))
                    .andExpect(status().isOk()).andReturn());
            assertThat(section(level, "section", "reminder-summary"))
                    .contains("/regions/" + community + "/reminders?show=TERM")
                    .contains("/regions/" + community + "/compliance");
            assertThat(textOf(level, "reminder-terms")).matches(".*[1-9]\\d*.*");
        } finally {
            jdbc.update("update party_org set term_end = ? where id = ?", termEnd, org);
        }
    }

    @Test
    void shouldPageTwentyOrganizationsWhenCityOpensReminders() throws Exception {
        long city = regionOf("city");
        String html = html(mvc.perform(get("/regions/{id}/reminders", city).with(as("city")))
                .andExpect(status().isOk()).andReturn());
        List<List<String>> rows = tableRows(html, "reminder-orgs");
        assertThat(rows).hasSize(20);
        String next = html(mvc.perform(get("/regions/{id}/reminders", city).param("page", "1").with(as("city")))
                .andExpect(status().isOk()).andReturn());
        assertThat(meetingLinks(section(next, "table", "reminder-orgs")))
                .doesNotContainAnyElementsOf(meetingLinks(section(html, "table", "reminder-orgs")));
    }

    // ---------------------------------------------------------------- requirement settings

    @Test
    void shouldStartNewRowNextPeriodWhenCityAdminChangesCountWithinBounds() throws Exception {
        long id = requirementFor("PARTY_LESSON", Period.containing(Frequency.QUARTER, today));
        long version = jdbc.queryForObject("select version from meeting_requirement where id = ?", Long.class, id);
        long audits = jdbc.queryForObject("""
                select count(*) from audit_event where action = 'UPDATE' and entity_type = 'meeting_requirement'
                  and entity_id = ?""", Long.class, id);
        Period quarter = Period.containing(Frequency.QUARTER, today);
        Long created = null;
        try {
            mvc.perform(get("/settings/requirements").with(as("city"))).andExpect(status().isOk())
                    .andExpect(view().name("compliance/requirements"));
            mvc.perform(post("/settings/requirements/{id}", id).param("minCount", "2")
                    .param("version", Long.toString(version)).with(as("city")).with(csrf()))
                    .andExpect(status().isFound());
            created = jdbc.queryForObject("""
                    select id from meeting_requirement where meeting_type = 'PARTY_LESSON' and effective_from = ?""",
                    Long.class, quarter.next().start());
            Map<String, Object> old = jdbc.queryForMap("select * from meeting_requirement where id = ?", id);
            Map<String, Object> next = jdbc.queryForMap("select * from meeting_requirement where id = ?", created);
            assertThat(old.get("effective_to").toString()).isEqualTo(quarter.end().toString());
            assertThat(old.get("min_count")).isEqualTo(1);
            assertThat(next.get("min_count")).isEqualTo(2);
            assertThat(next.get("effective_to")).isNull();
            assertThat(next.get("frequency")).isEqualTo("QUARTER");
            assertThat(next.get("min_allowed")).isEqualTo(old.get("min_allowed"));
            assertThat(next.get("max_allowed")).isEqualTo(old.get("max_allowed"));
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_event where action = 'UPDATE' and entity_type = 'meeting_requirement'
                      and entity_id = ?""", Long.class, id)).isEqualTo(audits + 1);
            // this quarter still counts with the old row
            assertThat(requirementFor("PARTY_LESSON", quarter)).isEqualTo(id);

            // the scheduled row is corrected in place; the old one can no longer be changed
            long nextVersion = ((Number) next.get("version")).longValue();
            mvc.perform(post("/settings/requirements/{id}", created).param("minCount", "3")
                    .param("version", Long.toString(nextVersion)).with(as("city")).with(csrf()))
                    .andExpect(status().isFound());
            assertThat(jdbc.queryForObject("select min_count from meeting_requirement where id = ?", Integer.class,
                    created)).isEqualTo(3);
            assertThat(jdbc.queryForObject("select count(*) from meeting_requirement where meeting_type = 'PARTY_LESSON'",
                    Integer.class)).isEqualTo(2);
            long oldVersion = ((Number) old.get("version")).longValue();
            String refused = html(mvc.perform(post("/settings/requirements/{id}", id).param("minCount", "2")
                    .param("version", Long.toString(oldVersion)).with(as("city")).with(csrf()))
                    .andExpect(status().isOk()).andReturn());
            assertThat(textOf(refused, "global-errors")).isNotBlank();
        } finally {
            if (created != null) {
                jdbc.update("delete from meeting_requirement where id = ?", created);
            }
            jdbc.update("update meeting_requirement set effective_to = null where id = ?", id);
        }
    }

    @Test
    void shouldKeepTypedValueAndShowErrorWhenCountIsOutOfBounds() throws Exception {
        long id = requirementFor("DEMOCRATIC_APPRAISAL", Period.containing(Frequency.YEAR, today));
        Map<String, Object> before = jdbc.queryForMap("select * from meeting_requirement where id = ?", id);
        String row = requirementRow(id);
        String html = html(mvc.perform(post("/settings/requirements/{id}", id).param("minCount", "9")
                .param("version", before.get("version").toString()).with(as("city")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("compliance/requirements")).andReturn());
        assertThat(textOf(html, "minCount-error")).contains("1").contains("次数须在");
        assertThat(inputValue(section(html, "form", "count-form-" + id), "minCount")).isEqualTo("9");
        assertThat(requirementRow(id)).isEqualTo(row);

        String typo = html(mvc.perform(post("/settings/requirements/{id}", id).param("minCount", "abc")
                .param("version", before.get("version").toString()).with(as("city")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(typo, "minCount-error")).isNotBlank();
        assertThat(inputValue(section(typo, "form", "count-form-" + id), "minCount")).isEqualTo("abc");
    }

    @Test
    void shouldShowConflictAndChangeNothingWhenVersionIsStale() throws Exception {
        long id = requirementFor("LIFE_MEETING", Period.containing(Frequency.YEAR, today));
        Map<String, Object> before = jdbc.queryForMap("select * from meeting_requirement where id = ?", id);
        String row = requirementRow(id);
        long stale = ((Number) before.get("version")).longValue() - 1;
        String html = html(mvc.perform(post("/settings/requirements/{id}", id).param("minCount", "2")
                .param("version", Long.toString(stale)).with(as("city")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "conflict")).contains("组织生活会");
        assertThat(inputValue(section(html, "form", "count-form-" + id), "minCount")).isEqualTo("2");
        assertThat(inputValue(section(html, "form", "count-form-" + id), "version"))
                .isEqualTo(before.get("version").toString());
        assertThat(requirementRow(id)).isEqualTo(row);
    }

    private String requirementRow(long id) {
        return jdbc.queryForObject("select r::text from meeting_requirement r where id = ?", String.class, id);
    }

    @Test
    void shouldRefuseRequirementSettingsWhenUserIsNotCityAdmin() throws Exception {
        long id = requirementFor("THEME_DAY", Period.containing(Frequency.MONTH, today));
        for (String user : List.of("district", "street", "community", "branch", "admin")) {
            mvc.perform(get("/settings/requirements").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/settings/requirements/{id}", id).param("minCount", "2").param("version", "0")
                    .with(as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from meeting_requirement where meeting_type = 'THEME_DAY'",
                Integer.class)).isEqualTo(1);
        String city = html(mvc.perform(get("/regions/{id}", regionOf("city")).with(as("city"))).andReturn());
        assertThat(city).contains("id=\"nav-requirements\"");
        String district = html(mvc.perform(get("/regions/{id}", regionOf("district")).with(as("district"))).andReturn());
        assertThat(district).doesNotContain("id=\"nav-requirements\"");
    }
}
