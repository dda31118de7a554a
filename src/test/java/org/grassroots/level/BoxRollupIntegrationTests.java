package org.grassroots.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.grassroots.dashboard.DashboardPages;
import org.grassroots.dashboard.DashboardViews.Dashboard;
import org.grassroots.dashboard.DashboardViews.Table;
import org.grassroots.funds.FundsPages;
import org.grassroots.neworg.CoveragePages;
import org.grassroots.neworg.NewOrgViews;
import org.grassroots.readiness.ReadinessPages;
import org.grassroots.regional.RegionalPages;
import org.grassroots.region.Region;
import org.grassroots.region.RegionService;
import org.grassroots.reporting.ReportingPages;
import org.grassroots.reporting.ReportingViews;
import org.grassroots.settings.SettingService;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.grassroots.venue.VenuePages;
import org.grassroots.volunteer.VolunteerPages;
import org.grassroots.volunteer.VolunteerViews;
import org.grassroots.workforce.WorkforcePages;
import org.grassroots.workforce.WorkforceRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    @Autowired
    FundsPages funds;

    @Autowired
    WorkforcePages workforce;

    @Autowired
    VenuePages venues;

    @Autowired
    ReadinessPages readiness;

    @Autowired
    RegionalPages regional;

    @Autowired
    Clock clock;

    @Autowired
    KeptBoxes kept;

    @Autowired
    SettingService settings;

    @Autowired
    WorkforceRules workforceRules;

    @Autowired
    PlatformTransactionManager transactions;

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
        jdbc.update("delete from regional_project where need_id in (select id from regional_need"
                + " where community_id = any(?))", regionIds);
        jdbc.update("delete from regional_need where community_id = any(?)", regionIds);
        jdbc.update("delete from joint_follow_up where region_id = any(?)", regionIds);
        jdbc.update("delete from joint_meeting where region_id = any(?)", regionIds);
        jdbc.update("delete from cobuild_agreement where region_id = any(?)", regionIds);
        jdbc.update("delete from resident_unit where region_id = any(?)", regionIds);
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
        jdbc.update("delete from fund_budget where community_id = any(?)", regionIds);
        jdbc.update("delete from fund_spending where community_id = any(?)", regionIds);
        jdbc.update("delete from community_worker where community_id = any(?)", regionIds);
        jdbc.update("delete from venue_circle where venue_id in (select id from service_venue"
                + " where region_id = any(?))", regionIds);
        jdbc.update("delete from service_venue where region_id = any(?)", regionIds);
        jdbc.update("delete from grid_node where community_id = any(?)", regionIds);
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

            recomputeTheStreet();
            assertThat(mine()).as("rows after round %d", round).isEqualTo(incremental);
            if (round % 12 == 11) {
                assertThat(rollups.rebuild().drift()).as("drift after round %d", round).isZero();
                assertThat(mine()).as("rebuilt rows after round %d", round).isEqualTo(incremental);
            }
        }
        assertThat(mine()).as("a row for every community and the street").hasSize(4);
    }

    @Test
    void shouldEqualRebuildAfterBudgetsSpendingWorkersVenuesAndGrids() {
        rollups.catchUp(everything.nodeId(), everything);
        assertThat(rollups.rebuild().drift()).as("drift before any write").isZero();
        Random random = new Random(28);
        List<Long> lines = new ArrayList<>();
        List<Long> workers = new ArrayList<>();
        List<Long> venues = new ArrayList<>();
        for (int round = 0; round < 36; round++) {
            long community = communities.get(random.nextInt(communities.size()));
            switch (round % 12) {
                // one line per source and round, so that no two lines collide
                case 0 -> lines.add(budget(community, List.of("WORK", "PARTY_BUILDING", "MASSES", "PAY")
                        .get(random.nextInt(4)), List.of("DISTRICT", "STREET", "SOCIAL").get(round / 12),
                        1000 + random.nextInt(9000)));
                case 1 -> spending(community, List.of("WORK", "MASSES").get(random.nextInt(2)),
                        100 + random.nextInt(900), random.nextInt(60));
                case 2 -> jdbc.update("update fund_budget set amount = amount + 100 where id = ?",
                        lines.get(random.nextInt(lines.size())));
                case 3 -> workers.add(worker(community, List.of("COMMUNITY_WORKER", "FIRST_SECRETARY", "INSTRUCTOR")
                        .get(round / 12 % 3), 1960 + random.nextInt(40), random.nextBoolean()));
                case 4 -> workers.add(worker(community, "PARTY_WORKER", 1995, true));
                // a worker leaves, or is renamed
                case 5 -> jdbc.update("update community_worker set end_on = current_date - 1 where id = ?",
                        workers.remove(random.nextInt(workers.size())));
                case 6 -> {
                    if (round == 6) {
                        workers.add(worker(community, "SECRETARY", 1970, true));
                    }
                    jdbc.update("update community_worker set name = name || '改' where id = ?",
                            workers.get(random.nextInt(workers.size())));
                }
                case 7 -> venues.add(venue(random.nextBoolean() ? community : street, 50 + random.nextInt(300)));
                // a circle grows: every community of it gets a smaller share
                case 8 -> jdbc.update("insert into venue_circle (venue_id, community_id) values (?, ?)"
                        + " on conflict do nothing", venues.get(random.nextInt(venues.size())), community);
                case 9 -> jdbc.update("update service_venue set area_m2 = area_m2 + 10 where id = ?",
                        venues.get(random.nextInt(venues.size())));
                case 10 -> jdbc.update("insert into grid_node (community_id, kind, name, households, residents)"
                        + " values (?, 'GRID', '方框网格', ?, ?)", community, 100 + random.nextInt(400),
                        300 + random.nextInt(900));
                default -> {
                    switch (round / 12 % 3) {
                        case 0 -> jdbc.update("delete from venue_circle where community_id = ?", community);
                        case 1 -> jdbc.update("update service_venue set closed_on = current_date where id = ?",
                                venues.get(random.nextInt(venues.size())));
                        default -> jdbc.update("delete from fund_budget where id = ?",
                                lines.remove(random.nextInt(lines.size())));
                    }
                }
            }
            rollups.catchUp(street, everything);
            List<List<Object>> incremental = mine();

            recomputeTheStreet();
            assertThat(mine()).as("rows after round %d", round).isEqualTo(incremental);
            if (round % 12 == 11) {
                assertThat(rollups.rebuild().drift()).as("drift after round %d", round).isZero();
                assertThat(mine()).as("rebuilt rows after round %d", round).isEqualTo(incremental);
            }
        }
        assertThat(mine()).as("funds counted").anyMatch(r -> new BigDecimal(r.get(21).toString()).signum() > 0)
                .as("workers counted").anyMatch(r -> !r.get(27).equals("0"))
                .as("venues counted").anyMatch(r -> !r.get(40).equals("0"));
    }

    @Test
    void shouldShowTheFundsWorkersAndVenuesTheFeaturesCount() {
        fillTheStreet();
        rollups.catchUp(regionOf(USER), district);
        int year = funds.yearOr(null);
        for (long region : List.of(street, communities.get(0), communities.get(2), regionOf(USER))) {
            var boxes = levels.boxes(regions.require(region, district), district).orElseThrow();
            assertThat(flat(funds.summary(region, district, year, boxes.funds(year).orElseThrow())))
                    .as("funds of region %d", region).isEqualTo(flat(funds.summary(region, district, year)));
            assertThat(flat(workforce.summary(region, district, boxes.termWarningDays(), boxes.workforce())))
                    .as("worker team of region %d", region).isEqualTo(flat(workforce.summary(region, district)));
            assertThat(flat(venues.summary(region, district, boxes.venues())))
                    .as("venues of region %d", region).isEqualTo(flat(venues.summary(region, district)));
            assertThat(flat(readiness.summary(region, district, boxes.staffing(), boxes.funds(year).orElseThrow(),
                    boxes.venues(), boxes.seats()))).as("三有一化 of region %d", region)
                    .isEqualTo(flat(readiness.summary(region, district)));
        }
        var streetBoxes = levels.boxes(regions.require(street, district), district).orElseThrow();
        assertThat(funds.summary(street, district, year, streetBoxes.funds(year).orElseThrow()).total().budget())
                .isEqualByComparingTo("7500");
        assertThat(workforce.summary(street, district, streetBoxes.termWarningDays(), streetBoxes.workforce())
                .total().headcount()).isEqualTo(6);
        assertThat(venues.summary(street, district, streetBoxes.venues()).total().communitiesWithoutVenue()).isEqualTo(1);
        assertThat(readiness.summary(street, district, streetBoxes.staffing(), streetBoxes.funds(year).orElseThrow(),
                streetBoxes.venues(), streetBoxes.seats()).total().people()).isEqualTo(2);
        assertThat(streetBoxes.funds(year - 1)).as("another year is counted from the records").isEmpty();
    }

    @Test
    void shouldKeepTheSeatsRegionalFiguresAsTheRegionalPagesCountThem() {
        rollups.catchUp(everything.nodeId(), everything);
        long unit = jdbc.queryForObject("""
                insert into resident_unit (region_id, region_level, name, kind) values (?, 'STREET', '方框共建单位', 'OTHER')
                returning id""", Long.class, street);
        long a = communities.get(0);
        long b = communities.get(1);
        long c = communities.get(2);
        List<Long> needs = new ArrayList<>();
        for (int round = 0; round < 9; round++) {
            switch (round) {
                // the street met today: its communities' ties are active through it; a long past meeting of a
                case 0 -> jdbc.update("insert into joint_meeting (region_id, region_level, held_on, topics)"
                        + " values (?, 'STREET', current_date, '方框联席')", street);
                case 1 -> jdbc.update("insert into joint_meeting (region_id, region_level, held_on, topics)"
                        + " values (?, 'COMMUNITY', current_date - 400, '方框旧联席')", a);
                case 2 -> jdbc.update("insert into joint_follow_up (region_id, title, owner_unit_id, due_on, status)"
                        + " values (?, '方框跟进', ?, current_date - 1, 'OPEN'), (?, '方框跟进', ?, current_date + 9, 'OPEN'),"
                        + " (?, '方框跟进', ?, current_date - 9, 'DONE')", b, unit, street, unit, b, unit);
                case 3 -> jdbc.update("insert into cobuild_agreement (region_id, party_org_id, unit_id, title, start_on,"
                        + " end_on, our_commitments, unit_commitments) values (?, ?, ?, '方框共建', current_date - 30,"
                        + " current_date + 300, '共建', '共建')", c, org, unit);
                case 4 -> {
                    needs.add(need(a));
                    needs.add(need(b));
                }
                case 5 -> jdbc.update("insert into regional_project (need_id, name, origin, owner, status, done_on)"
                        + " values (?, '方框项目', 'MATCH', '共建单位', 'DONE', current_date)", needs.get(0));
                case 6 -> jdbc.update("update joint_follow_up set status = 'DONE', closed_on = current_date"
                        + " where region_id = ? and due_on < current_date and status = 'OPEN'", b);
                case 7 -> jdbc.update("update cobuild_agreement set end_on = current_date - 1, start_on = current_date - 90"
                        + " where region_id = ?", c);
                default -> jdbc.update("delete from joint_meeting where region_id = ? and held_on = current_date", street);
            }
            rollups.catchUp(street, everything);
            List<List<Object>> incremental = mine();
            recomputeTheStreet();
            assertThat(mine()).as("rows after round %d", round).isEqualTo(incremental);
            for (long region : List.of(street, a, regionOf(USER), everything.nodeId())) {
                Scope scope = region == everything.nodeId() ? everything : district;
                var boxes = levels.boxes(regions.require(region, scope), scope).orElseThrow();
                assertThat(flat(regional.total(region, scope, boxes.seats()).total()))
                        .as("区域化党建 total of region %d after round %d", region, round)
                        .isEqualTo(flat(regional.total(region, scope).total()));
                assertThat(regional.communityTies(region, scope, boxes.seats()))
                        .as("ties under region %d after round %d", region, round)
                        .isEqualTo(regional.communityTies(region, scope));
            }
            if (round == 3) {
                var streetTotal = regional.total(street, district, seats(street)).total();
                assertThat(streetTotal.meetingsHeld()).isEqualTo(1);
                assertThat(streetTotal.streetsMet()).isEqualTo(1);
                assertThat(streetTotal.openFollowUps()).isEqualTo(2);
                assertThat(streetTotal.overdueFollowUps()).isEqualTo(1);
                assertThat(streetTotal.activeAgreements()).isEqualTo(1);
                assertThat(regional.communityTies(street, district, seats(street)))
                        .as("every community met through its street today")
                        .allMatch(t -> t.active() && LocalDate.now(clock).equals(t.lastMeetingOn()));
            }
        }
        assertThat(rollups.rebuild().drift()).as("drift after the writes").isZero();
        var streetTotal = regional.total(street, district, seats(street)).total();
        assertThat(List.of(streetTotal.needsRaised(), streetTotal.needsMet(), streetTotal.projectsDone(),
                streetTotal.streetsMet(), streetTotal.activeAgreements(), streetTotal.overdueFollowUps()))
                .containsExactly(2L, 1L, 1L, 0L, 0L, 0L);
        assertThat(regional.communityTies(street, district, seats(street))).as("only a's long past meeting is left")
                .allMatch(t -> !t.active()).anyMatch(t -> t.communityId() == a && t.lastMeetingOn() != null);

        // figures counted with another period (the setting changed since) are counted again from the records
        jdbc.update("update community_box_rollup set reg_held = 99, reg_period_start = reg_period_start - 1"
                + " where region_id = ?", street);
        assertThat(regional.total(street, district, seats(street)).total().meetingsHeld())
                .isEqualTo(regional.total(street, district).total().meetingsHeld()).isNotEqualTo(99);
    }

    @Test
    void shouldKeepTheRowsReadUntilTheyOrTheirRegionsChange() {
        rollups.catchUp(street, district);
        Region region = regions.require(street, district);
        BoxRollup.Boxes first = levels.boxes(region, district).orElseThrow();
        assertThat(levels.boxes(region, district).orElseThrow()).as("kept while nothing changed").isSameAs(first);

        jdbc.update("update region set name = '方框改名社区' where id = ?", communities.get(0));
        BoxRollup.Boxes renamed = levels.boxes(region, district).orElseThrow();
        assertThat(renamed).isNotSameAs(first);
        assertThat(renamed.staffing()).anyMatch(f -> f.name().equals("方框改名社区"));

        long posts = posts(renamed);
        long community = communities.get(1);
        // a write rolled back moves the mark back: the rows read inside it are not taken for the next mark
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update("update community_box_rollup set rep_posts = rep_posts + 100 where region_id = ?", community);
            assertThat(posts(levels.boxes(region, district).orElseThrow())).isEqualTo(posts + 100);
            tx.setRollbackOnly();
        });
        jdbc.update("update community_box_rollup set rep_posts = rep_posts + 5 where region_id = ?", community);
        assertThat(posts(levels.boxes(region, district).orElseThrow())).isEqualTo(posts + 5);
    }

    @Test
    void shouldWorkABoxOutAgainOnlyForNewRowsAnotherDayLanguageOrSetting() {
        rollups.catchUp(street, district);
        Region region = regions.require(street, district);
        BoxRollup.Boxes boxes = levels.boxes(region, district).orElseThrow();
        AtomicInteger computed = new AtomicInteger();
        Supplier<Long> sum = () -> {
            computed.incrementAndGet();
            return posts(boxes);
        };
        assertThat(kept.get(boxes, "posts", street, sum)).isEqualTo(posts(boxes))
                .isEqualTo(kept.get(boxes, "posts", street, sum));
        assertThat(computed).as("worked out once").hasValue(1);
        // another box, or another region's, is worked out on its own
        kept.get(boxes, "other", street, sum);
        kept.get(boxes, "posts", communities.get(0), sum);
        assertThat(computed).hasValue(3);

        Locale before = LocaleContextHolder.getLocale();
        try {
            LocaleContextHolder.setLocale(Locale.ENGLISH.equals(before) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
            kept.get(boxes, "posts", street, sum);
        } finally {
            LocaleContextHolder.setLocale(before);
        }
        assertThat(computed).as("another language").hasValue(4);

        int days = workforceRules.termWarningDays();
        try {
            workforceRules.setTermWarningDays(days + 1);
            kept.get(boxes, "posts", street, sum);
        } finally {
            workforceRules.setTermWarningDays(days);
        }
        assertThat(computed).as("a setting changed").hasValue(5);
        kept.get(boxes, "posts", street, sum);
        assertThat(computed).as("the settings as they were: the value kept before").hasValue(5);

        new KeptBoxes(Clock.offset(clock, Duration.ofDays(1)), settings).get(boxes, "posts", street, sum);
        assertThat(computed).as("the next day").hasValue(6);

        // a row written: the rows are read again, and the box worked out from them
        jdbc.update("update community_box_rollup set rep_posts = rep_posts + 7 where region_id = ?",
                communities.get(1));
        BoxRollup.Boxes again = levels.boxes(region, district).orElseThrow();
        assertThat(kept.get(again, "posts", street, () -> posts(again))).isEqualTo(posts(boxes) + 7);
    }

    @Test
    void shouldAddUpTheMembersAgainAfterTheCommunityRollUpChanges() {
        rollups.catchUp(street, district);
        long community = communities.get(0);
        long members = levels.regionPage(street, district).totals().members();
        long duesMembers = duesMembers(community);
        BigDecimal grids = dashboardGrids();
        assertThat(levels.regionPage(street, district).totals().members()).isEqualTo(members);

        // a refresh of the community writes its box row after its member row, which moves the rows' mark
        jdbc.update("insert into rollup_dirty (region_id) values (?)", community);
        long mark = jdbc.queryForObject("select generation from box_rollup_generation", Long.class);
        rollups.catchUp(street, district);
        assertThat(jdbc.queryForObject("select generation from box_rollup_generation", Long.class))
                .as("a refresh moves the mark").isNotEqualTo(mark);
        // figures the refresh would count, written as it writes them: the member row, then the box row
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThat(jdbc.update("update community_rollup set members = members + 3,"
                    + " dues_members = dues_members + 2, grids = grids + 4 where region_id = ?", community))
                    .isEqualTo(1);
            jdbc.update("update community_box_rollup set computed_on = computed_on where region_id = ?", community);
        });
        assertThat(levels.regionPage(street, district).totals().members()).isEqualTo(members + 3);
        assertThat(duesMembers(community)).isEqualTo(duesMembers + 2);
        assertThat(dashboardGrids()).as("the dashboard's grid card too").isEqualTo(grids.add(n(4)));
    }

    /** The grids in the total line of the street dashboard's grid card. */
    private BigDecimal dashboardGrids() {
        List<List<BigDecimal>> lines = lines(dashboards.dashboard(street, null, district, Locale.ROOT), "grid");
        return lines.get(lines.size() - 1).get(0);
    }

    /** The dues members of the community in its street's members' side (none counted: 0). */
    private long duesMembers(long community) {
        var side = levels.membersSide(regions.require(street, district), district).orElseThrow();
        var dues = side.dues().get(community);
        return dues == null ? 0 : dues.members();
    }

    private static long posts(BoxRollup.Boxes boxes) {
        return boxes.reporting().stream().mapToLong(f -> f.posts()).sum();
    }

    private List<org.grassroots.regional.RegionalViews.SeatFigures> seats(long region) {
        return levels.boxes(regions.require(region, district), district).orElseThrow().seats();
    }

    /** A need of the community raised today. */
    private long need(long community) {
        return jdbc.queryForObject("""
                insert into regional_need (community_id, category, description, urgency, raised_by_kind, raised_by,
                    raised_on)
                select ?, min(code), '方框需求', 'NORMAL', 'RESIDENT', '方框居民', current_date from service_category
                returning id""", Long.class, community);
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
        for (long region : List.of(street, communities.get(0), regionOf(USER))) {
            Dashboard page = dashboards.dashboard(region, null, district, Locale.ROOT);
            var team = workforce.summary(region, district);
            assertThat(lines(page, "workforce")).as("worker team card of region %d", region).isEqualTo(
                    values(team.rows(), team.total(), r -> List.of(n(r.communities()), n(r.headcount()), n(r.young()),
                            n(r.old()), n(r.college()), n(r.partyWorkers()), n(r.secretaryVacant()))));
            var money = funds.summary(region, district, funds.yearOr(null));
            assertThat(lines(page, "funds")).as("funds card of region %d", region).isEqualTo(
                    values(money.rows(), money.total(), r -> Arrays.asList(r.budget(), r.spent(),
                            r.ratePercent(), n(r.communities()), n(r.withoutBudget()), n(r.behind()))));
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
        // funds, a team and a grid in the first two communities, a venue serving them; the third has none
        for (long community : communities.subList(0, 2)) {
            budget(community, "WORK", "DISTRICT", 3000);
            budget(community, "MASSES", "DISTRICT", 750);
            spending(community, "MASSES", 400, 10);
            jdbc.update("insert into grid_node (community_id, kind, name, households, residents)"
                    + " values (?, 'GRID', '方框网格', 300, 900)", community);
            worker(community, "SECRETARY", 1975, true);
            worker(community, "PARTY_WORKER", 1992, true);
            worker(community, "FIRST_SECRETARY", 1968, true);
        }
        long centre = venue(street, 400);
        jdbc.update("insert into venue_circle (venue_id, community_id) values (?, ?), (?, ?)", centre,
                communities.get(0), centre, communities.get(1));
        venue(communities.get(1), 60);
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

    /**
     * Recomputes every row of the test's street (the street and its communities) as a rebuild does, by
     * queueing them all: only the street is written to, so the rows kept by the triggers' queue must
     * equal these; a full rebuild (every row of the city) runs after each cycle of twelve writes.
     */
    private void recomputeTheStreet() {
        jdbc.update("insert into rollup_dirty (region_id) select id from region where path like ? || '%'",
                regionPath(street));
        rollups.catchUp(street, everything);
    }

    private List<List<Object>> mine() {
        return jdbc.query("""
                select region_id, street_id, district_id, community, rep_reported, rep_due, rep_expired, rep_services,
                       rep_hours, rep_posts, vol_current, vol_activities, vol_hours_year, vol_hours_quarter, cov_units,
                       cov_org_covered, cov_work_covered, cov_blind, cov_alerts, cov_scattered, fund_year,
                       fund_budget, fund_spent, fund_masses, fund_lines, fund_residents, wf_warn_days, wf_headcount,
                       wf_residents, wf_age_sum, wf_young, wf_old, wf_college, wf_party_workers, wf_staff,
                       wf_secretaries, wf_terms_ending, wf_terms_ended, wf_secretary, ven_households, ven_venues,
                       ven_area, reg_period_start, reg_held, reg_open_follow_ups, reg_overdue_follow_ups,
                       reg_agreements, reg_needs_raised, reg_needs_met, reg_projects_done, reg_last_meeting
                from community_box_rollup where region_path like ? || '%' order by region_id""", (rs, i) -> {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= 51; c++) {
                        row.add(String.valueOf(rs.getObject(c)));
                    }
                    return row;
                }, regionPath(street));
    }

    /** A budget line of this year. */
    private long budget(long community, String category, String source, int amount) {
        return jdbc.queryForObject("""
                insert into fund_budget (community_id, year, category, source, amount)
                values (?, extract(year from current_date)::int, ?, ?, ?) returning id""", Long.class,
                community, category, source, amount);
    }

    /** A spending entry of this year, the given days ago (or on the first day of the year). */
    private void spending(long community, String category, int amount, int daysAgo) {
        jdbc.update("""
                insert into fund_spending (community_id, spent_on, category, amount, purpose)
                values (?, greatest(current_date - ?, date_trunc('year', current_date)::date), ?, ?, '方框测试支出')""",
                community, daysAgo, category, amount);
    }

    /** A worker serving since last year; a first secretary's term ends in 30 days. */
    private long worker(long community, String role, int birthYear, boolean fullTime) {
        return jdbc.queryForObject("""
                insert into community_worker (community_id, name, role, full_time, birth_year, education, start_on,
                    dispatching_unit, term_end_on)
                values (?, '方框工作者' || nextval('community_worker_id_seq'), ?, ?, ?, 'BACHELOR', current_date - 400,
                    case when ? = 'FIRST_SECRETARY' then '方框派出单位' end,
                    case when ? = 'FIRST_SECRETARY' then current_date + 30 end) returning id""", Long.class,
                community, role, fullTime, birthYear, role, role);
    }

    /** An open centre (a street's) or station (a community's) of the given area. */
    private long venue(long region, int area) {
        String level = region == street ? "STREET" : "COMMUNITY";
        return jdbc.queryForObject("""
                insert into service_venue (region_id, region_level, kind, name, area_m2)
                values (?, ?, ?, '方框测试场所', ?) returning id""", Long.class, region, level,
                level.equals("STREET") ? "CENTER" : "STATION", area);
    }

    /**
     * A record's components, nested records and lists flattened the same way, a region as its id and an
     * amount without trailing zeros: two summaries built from different region look-ups compare equal.
     */
    private static Object flat(Object value) {
        if (value instanceof Region r) {
            return r.getId();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BoxRollupIntegrationTests::flat).toList();
        }
        if (value != null && value.getClass().isRecord()) {
            List<Object> parts = new ArrayList<>();
            for (var c : value.getClass().getRecordComponents()) {
                try {
                    parts.add(flat(c.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return parts;
        }
        return value;
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
