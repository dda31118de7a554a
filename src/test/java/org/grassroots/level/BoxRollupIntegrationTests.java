package org.grassroots.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.grassroots.dashboard.DashboardPages;
import org.grassroots.dashboard.DashboardViews.Dashboard;
import org.grassroots.dashboard.DashboardViews.Table;
import org.grassroots.neworg.CoveragePages;
import org.grassroots.neworg.NewOrgViews;
import org.grassroots.region.RegionService;
import org.grassroots.reporting.ReportingPages;
import org.grassroots.reporting.ReportingViews;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.grassroots.volunteer.VolunteerPages;
import org.grassroots.volunteer.VolunteerViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * community_box_rollup kept by the triggers' queue equals a rebuild after writes on each box's feature,
 * and the boxes of a level page and of a dashboard added up from it equal the features' own counting
 * from their records.
 */
class BoxRollupIntegrationTests extends WebIntegrationTestBase {

    private static final String USER = "district";

    @Autowired
    RollupService rollups;

    @Autowired
    LevelService levels;

    @Autowired
    RegionService regions;

    @Autowired
    ReportingPages reporting;

    @Autowired
    VolunteerPages volunteers;

    @Autowired
    CoveragePages coverage;

    @Autowired
    DashboardPages dashboards;

    private final List<Long> made = new ArrayList<>();
    private final List<Long> communities = new ArrayList<>();
    private final List<Long> reports = new ArrayList<>();
    private final List<Long> posts = new ArrayList<>();
    private final List<Long> units = new ArrayList<>();
    private long org;
    private long street;
    private Scope everything;
    private Scope district;

    @BeforeEach
    void buildAStreet() {
        long city = jdbc.queryForObject("select id from region where level = 'CITY'", Long.class);
        everything = Scope.ofRegion(city, regionPath(city));
        district = Scope.ofRegion(regionOf(USER), regionPath(regionOf(USER)));
        street = region("STREET", "DISTRICT", regionOf(USER), "方框汇总街道");
        for (int c = 0; c < 3; c++) {
            communities.add(region("COMMUNITY", "STREET", street, "方框汇总社区"));
        }
        org = jdbc.queryForObject("""
                insert into party_org (name, type, category, region_id, founded_on, has_committee)
                values ('方框测试党组织' || nextval('party_org_id_seq'), 'BRANCH', 'PRIVATE_ENTERPRISE', ?, current_date - 400,
                    false) returning id""", Long.class, communities.get(0));
    }

    @AfterEach
    void removeWhatWasMade() {
        Object regionIds = made.toArray(Long[]::new);
        jdbc.update("delete from service_record where report_id in (select id from member_report"
                + " where community_id = any(?))", regionIds);
        jdbc.update("delete from member_report where community_id = any(?)", regionIds);
        jdbc.update("delete from service_post where community_id = any(?)", regionIds);
        jdbc.update("delete from volunteer_hours where activity_id in (select id from volunteer_activity"
                + " where community_id = any(?))", regionIds);
        jdbc.update("delete from volunteer_activity where community_id = any(?)", regionIds);
        jdbc.update("delete from volunteer where community_id = any(?)", regionIds);
        jdbc.update("delete from new_org_coverage where new_org_id in (select id from new_org where street_id = ?)",
                street);
        jdbc.update("delete from new_org where street_id = ?", street);
        jdbc.update("delete from party_org where id = ?", org);
        for (int i = made.size() - 1; i >= 0; i--) {
            jdbc.update("delete from region where id = ?", made.get(i));
        }
        rollups.catchUp(everything.nodeId(), everything);
    }

    @Test
    void shouldEqualRebuildAfterReportsServicesPostsVolunteersAndUnits() {
        rollups.catchUp(everything.nodeId(), everything);
        assertThat(rollups.rebuild().drift()).as("drift before any write").isZero();
        Random random = new Random(27);
        for (int round = 0; round < 36; round++) {
            long community = communities.get(random.nextInt(communities.size()));
            switch (round % 12) {
                case 0 -> report(community, null, "方框外人" + random.nextInt(3), 200 - random.nextInt(100), 20);
                case 1 -> report(community, freeMember(), null, 100, 150 + random.nextInt(300));
                // the same outsider reports again in another community: the earlier period is followed
                case 2 -> report(communities.get((communities.indexOf(community) + 1) % communities.size()), null,
                        "方框外人" + random.nextInt(3), 10, 300);
                case 3 -> service(reports.get(random.nextInt(reports.size())));
                case 4 -> post(community);
                case 5 -> jdbc.update("update service_post set closed_on = current_date where id = ?",
                        posts.get(random.nextInt(posts.size())));
                case 6 -> jdbc.update("update member_report set ended_on = greatest(reported_on, current_date - 1)"
                        + " where id = ?", reports.get(random.nextInt(reports.size())));
                case 7 -> {
                    long report = reports.remove(random.nextInt(reports.size()));
                    jdbc.update("delete from service_record where report_id = ?", report);
                    jdbc.update("delete from member_report where id = ?", report);
                }
                case 8 -> volunteer(community);
                case 9 -> activity(community, volunteer(community));
                // a unit in a community, or in the street itself
                case 10 -> unit(random.nextBoolean() ? community : null,
                        List.of("OWN_ORG", "INSTRUCTOR", "NONE").get(random.nextInt(3)));
                default -> {
                    long unit = units.get(random.nextInt(units.size()));
                    switch (round / 12 % 3) {
                        // no longer covered after being covered: scattered
                        case 0 -> {
                            jdbc.update("update new_org set coverage_mode = 'NONE', party_org_id = null,"
                                    + " instructor_name = null where id = ?", unit);
                            jdbc.update("insert into new_org_coverage (new_org_id, changed_on, coverage_mode,"
                                    + " party_org_id, recorded_by) values (?, current_date - 20, 'OWN_ORG', ?, 'test')",
                                    unit, org);
                        }
                        case 1 -> jdbc.update("update party_org set closed_on = case when closed_on is null"
                                + " then current_date end where id = ?", org);
                        default -> jdbc.update("update new_org set closed_on = current_date, close_reason = '注销'"
                                + " where id = ?", unit);
                    }
                }
            }
            rollups.catchUp(street, everything);
            List<List<Object>> incremental = mine();

            assertThat(rollups.rebuild().drift()).as("drift after round %d", round).isZero();
            assertThat(mine()).as("rows after round %d", round).isEqualTo(incremental);
        }
        assertThat(mine()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(mine()).as("the street's row for its own units").hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void shouldShowTheReportingFiguresTheReportingPagesCount() {
        fillTheStreet();
        rollups.catchUp(regionOf(USER), district);

        for (long region : List.of(street, communities.get(0), regionOf(USER))) {
            var boxes = levels.boxes(regions.require(region, district), district).orElseThrow();
            assertThat(rows(reporting.summary(region, district, boxes.reporting())))
                    .as("reporting of region %d", region).isEqualTo(rows(reporting.summary(region, district)));
            assertThat(rows(volunteers.summary(region, district, boxes.volunteers())))
                    .as("volunteers of region %d", region).isEqualTo(rows(volunteers.summary(region, district)));
            assertThat(rows(coverage.summary(region, district, boxes.coverage())))
                    .as("coverage of region %d", region).isEqualTo(rows(coverage.summary(region, district)));
        }
        var streetBoxes = levels.boxes(regions.require(street, district), district).orElseThrow();
        assertThat(volunteers.summary(street, district, streetBoxes.volunteers()).total().currentVolunteers())
                .isEqualTo(6);
        var streetCoverage = coverage.summary(street, district, streetBoxes.coverage());
        assertThat(streetCoverage.total().units()).isEqualTo(8);
        assertThat(streetCoverage.total().scattered()).isEqualTo(1);
        assertThat(streetCoverage.rows()).anyMatch(r -> r.own() && r.units() == 2);
        var streetBox = reporting.summary(street, district,
                levels.boxes(regions.require(street, district), district).orElseThrow().reporting());
        assertThat(streetBox.total().membersReported()).isPositive();
        assertThat(streetBox.total().servicesThisQuarter()).isEqualTo(3);
        assertThat(streetBox.total().openPosts()).isEqualTo(3);
        assertThat(streetBox.total().reReportDue() + streetBox.total().expired()).isPositive();
        assertThat(levels.boxes(regions.require(street, district), Scope.ofOrg(1, "/1/")))
                .as("an organization's grant is counted from the records").isEmpty();
    }

    @Test
    void shouldShowOnTheDashboardTheBoxesTheFeaturesCount() {
        fillTheStreet();
        rollups.catchUp(regionOf(USER), district);
        for (long region : List.of(street, communities.get(0), regionOf(USER))) {
            Dashboard page = dashboards.dashboard(region, null, district, Locale.ROOT);
            var reported = reporting.summary(region, district);
            assertThat(lines(page, "reporting")).as("reporting card of region %d", region).isEqualTo(
                    values(reported.rows(), reported.total(), r -> List.of(n(r.membersReported()),
                            n(r.reReportDue()), n(r.expired()), n(r.servicesThisQuarter()), r.hoursThisQuarter())));
            var volunteered = volunteers.summary(region, district);
            assertThat(lines(page, "volunteers")).as("volunteer card of region %d", region).isEqualTo(
                    values(volunteered.rows(), volunteered.total(), r -> List.of(n(r.currentVolunteers()),
                            n(r.activitiesThisYear()), r.hoursThisQuarter(), r.hoursThisYear())));
            var covered = coverage.summary(region, district);
            assertThat(lines(page, "coverage")).as("coverage card of region %d", region).isEqualTo(
                    values(covered.rows(), covered.total(), r -> List.of(n(r.units()), n(r.orgCovered()),
                            n(r.workCovered()), n(r.blind()), n(r.alerts()))));
        }
        List<List<BigDecimal>> streetCoverage = lines(dashboards.dashboard(street, null, district, Locale.ROOT),
                "coverage");
        assertThat(streetCoverage.get(streetCoverage.size() - 1).get(0)).as("the street's units").isEqualTo(n(8));
    }

    /** Every line's values of a dashboard table, the total last (numbers without trailing zeros). */
    private static List<List<BigDecimal>> lines(Dashboard page, String table) {
        Table t = page.sections().stream().flatMap(s -> s.tables().stream()).filter(x -> x.id().equals(table))
                .findFirst().orElseThrow();
        List<List<BigDecimal>> result = new ArrayList<>();
        t.lines().forEach(l -> result.add(plain(l.values())));
        result.add(plain(t.total().values()));
        return result;
    }

    private static <R> List<List<BigDecimal>> values(List<R> rows, R total, Function<R, List<BigDecimal>> values) {
        List<List<BigDecimal>> result = new ArrayList<>();
        rows.forEach(r -> result.add(plain(values.apply(r))));
        result.add(plain(values.apply(total)));
        return result;
    }

    private static List<BigDecimal> plain(List<BigDecimal> values) {
        return values.stream().map(v -> v == null ? null : v.stripTrailingZeros()).toList();
    }

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    /** Reports, services, posts, volunteers, activities and "two new" units in the street's communities. */
    private void fillTheStreet() {
        for (long community : communities) {
            report(community, null, "方框外人甲", 300, 20);
            report(community, freeMember(), null, 30, 200);
            service(reports.get(reports.size() - 1));
            post(community);
        }
        // renewed in another community, and one due for re-reporting
        report(communities.get(1), null, "方框外人甲", 5, 300);
        report(communities.get(2), null, "方框外人乙", 350, 0);
        for (long community : communities) {
            activity(community, volunteer(community));
            volunteer(community);
            unit(community, "OWN_ORG");
            unit(community, "INSTRUCTOR");
        }
        unit(null, "NONE");
        unit(null, "OWN_ORG");
        jdbc.update("insert into new_org_coverage (new_org_id, changed_on, coverage_mode, party_org_id, recorded_by)"
                + " values (?, current_date - 20, 'OWN_ORG', ?, 'test')", units.get(units.size() - 2), org);
    }

    private static List<List<Object>> rows(VolunteerViews.Summary summary) {
        List<List<Object>> rows = new ArrayList<>();
        for (var r : summary.rows()) {
            rows.add(row(r));
        }
        rows.add(row(summary.total()));
        return rows;
    }

    private static List<Object> row(VolunteerViews.SummaryRow r) {
        return List.of(r.region().getId(), r.currentVolunteers(), r.activitiesThisYear(),
                r.hoursThisYear().stripTrailingZeros(), r.hoursThisQuarter().stripTrailingZeros());
    }

    private static List<List<Object>> rows(NewOrgViews.CoverageSummary summary) {
        List<List<Object>> rows = new ArrayList<>();
        for (var r : summary.rows()) {
            rows.add(row(r));
        }
        rows.add(row(summary.total()));
        return rows;
    }

    private static List<Object> row(NewOrgViews.CoverageRow r) {
        return List.of(r.region().getId(), r.own(), r.units(), r.orgCovered(), r.workCovered(), r.blind(), r.alerts(),
                r.scattered());
    }

    private static List<List<Object>> rows(ReportingViews.Summary summary) {
        List<List<Object>> rows = new ArrayList<>();
        for (var r : summary.rows()) {
            rows.add(row(r));
        }
        rows.add(row(summary.total()));
        return rows;
    }

    private static List<Object> row(ReportingViews.SummaryRow r) {
        return List.of(r.region().getId(), r.membersReported(), r.reReportDue(), r.expired(),
                r.servicesThisQuarter(), r.hoursThisQuarter().stripTrailingZeros(), r.openPosts());
    }

    private List<List<Object>> mine() {
        return jdbc.query("""
                select region_id, street_id, district_id, community, rep_reported, rep_due, rep_expired, rep_services,
                       rep_hours, rep_posts, vol_current, vol_activities, vol_hours_year, vol_hours_quarter, cov_units,
                       cov_org_covered, cov_work_covered, cov_blind, cov_alerts, cov_scattered
                from community_box_rollup where region_path like ? || '%' order by region_id""", (rs, i) -> {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= 20; c++) {
                        row.add(String.valueOf(rs.getObject(c)));
                    }
                    return row;
                }, regionPath(street));
    }

    /** A volunteer who is not a member, registered a year ago. */
    private long volunteer(long community) {
        return jdbc.queryForObject("""
                insert into volunteer (community_id, person_name, person_phone, registered_on)
                values (?, '方框志愿者', '13900002222', current_date - 365) returning id""", Long.class, community);
    }

    /** An activity held today with the volunteer's hours. */
    private void activity(long community, long volunteer) {
        long activity = jdbc.queryForObject("""
                insert into volunteer_activity (community_id, title, held_on) values (?, '方框测试活动', current_date)
                returning id""", Long.class, community);
        jdbc.update("insert into volunteer_hours (activity_id, volunteer_id, hours) values (?, ?, 3.5)", activity,
                volunteer);
    }

    /** An open "two new" unit of the street, in the community or in none, covered as the mode says. */
    private void unit(Long community, String mode) {
        units.add(jdbc.queryForObject("""
                insert into new_org (kind, name, credit_code, street_id, community_id, location_type, employees,
                    members_employed, full_members_employed, coverage_mode, party_org_id, instructor_name, opened_on)
                values ('NON_PUBLIC_ENTERPRISE', '方框测试企业', lpad(nextval('new_org_id_seq')::text, 18, '9'), ?, ?,
                    'OTHER', 40, 4, 3, ?, case when ? = 'OWN_ORG' then ? end,
                    case when ? = 'INSTRUCTOR' then '方框指导员' end, current_date - 100)
                returning id""", Long.class, street, community, mode, mode, org, mode));
    }

    private long region(String level, String parentLevel, long parent, String name) {
        long id = jdbc.queryForObject("""
                insert into region (level, code, name, parent_id, parent_level)
                values (?, ?, ?, ?, ?) returning id""", Long.class,
                level, "BX" + System.nanoTime(), name + made.size(), parent, parentLevel);
        made.add(id);
        return id;
    }

    /** A member with no period anywhere, so that a new period never overlaps one. */
    private long freeMember() {
        return jdbc.queryForObject("""
                select m.id from party_member m where m.status = 'FULL'
                  and not exists (select 1 from member_report r where r.member_id = m.id)
                order by m.id limit 1""", Long.class);
    }

    /** A period reported the given days ago, valid for the given days from today. */
    private void report(long community, Long member, String outsider, int daysAgo, int validFor) {
        reports.add(jdbc.queryForObject("""
                insert into member_report (community_id, member_id, person_name, person_phone, employer_name,
                    reported_on, valid_until)
                values (?, ?, ?, case when cast(? as varchar) is null then null else '13900001111' end, '方框测试单位',
                    current_date - ?, current_date + ?) returning id""", Long.class,
                community, member, outsider, outsider, daysAgo, validFor));
    }

    private void service(long report) {
        jdbc.update("""
                insert into service_record (report_id, served_on, hours, description)
                select id, greatest(reported_on, date_trunc('quarter', current_date)::date), 2.5, '方框测试服务'
                from member_report where id = ?""", report);
    }

    private void post(long community) {
        posts.add(jdbc.queryForObject("""
                insert into service_post (community_id, category_code, name) values (?, 'POLICY', '方框测试岗位')
                returning id""", Long.class, community));
    }
}
