package org.grassroots.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.grassroots.development.DevelopmentPages;
import org.grassroots.development.DevelopmentViews.StageCounts;
import org.grassroots.dues.DuesPages;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * community_rollup kept by the triggers' queue equals a rebuild from the raw rows after any mix of
 * writes, a level page shows a write at once, and a rebuild reports the rows it corrected.
 */
class RollupIntegrationTests extends WebIntegrationTestBase {

    private static final String USER = "district";

    @Autowired
    RollupService rollups;

    @Autowired
    LevelService levels;

    @Autowired
    org.grassroots.meeting.ComplianceViewService compliance;

    @Autowired
    org.grassroots.region.RegionService regions;

    @Autowired
    DuesPages dues;

    @Autowired
    DevelopmentPages development;

    @Autowired
    org.grassroots.grid.GridPages grids;

    private final List<Long> made = new ArrayList<>();
    private final List<Long> orgs = new ArrayList<>();
    private final List<Long> communities = new ArrayList<>();
    private final List<Long> branches = new ArrayList<>();
    private final List<Long> nodes = new ArrayList<>();
    private long street;
    private long gridOnly;
    private Scope everything;

    @BeforeEach
    void buildAStreet() {
        long city = jdbc.queryForObject("select id from region where level = 'CITY'", Long.class);
        everything = Scope.ofRegion(city, regionPath(city));
        street = region("STREET", "DISTRICT", regionOf(USER), "汇总测试街道");
        for (int c = 0; c < 3; c++) {
            long community = region("COMMUNITY", "STREET", street, "汇总测试社区");
            communities.add(community);
            long committee = org("COMMITTEE", null, community);
            for (int b = 0; b < 3; b++) {
                long branch = org("BRANCH", committee, community);
                branches.add(branch);
                members(branch, 8 + 3 * b, b == 0 ? "PROBATIONARY" : "FULL");
            }
        }
        // one branch sits directly in the street, as some non-public ones do
        branches.add(org("BRANCH", null, street));
        members(branches.get(branches.size() - 1), 4, "FULL");
        // grids in every community, and one community with grids and no organization
        gridOnly = region("COMMUNITY", "STREET", street, "汇总测试网格社区");
        for (long community : communities) {
            grid(community, true);
        }
        grid(gridOnly, false);
    }

    @AfterEach
    void removeWhatWasMade() {
        Object ids = orgs.toArray(Long[]::new);
        Object regionIds = made.toArray(Long[]::new);
        jdbc.update("delete from grid_cadre where grid_node_id in (select id from grid_node where community_id = any(?))",
                regionIds);
        for (String kind : List.of("UNIT", "BUILDING", "GRID")) {
            jdbc.update("delete from grid_node where community_id = any(?) and kind = ?", regionIds, kind);
        }
        for (String table : List.of("dues_payment_month", "dues_payment", "dues_base", "member_step")) {
            jdbc.update("delete from " + table + " where member_id in (select id from party_member"
                    + " where party_org_id = any(?))", ids);
        }
        jdbc.update("delete from member_history where member_id in (select id from party_member where party_org_id = any(?))",
                ids);
        jdbc.update("delete from party_member where party_org_id = any(?)", ids);
        jdbc.update("delete from org_period_status where party_org_id = any(?)", ids);
        jdbc.update("delete from party_org where parent_id is not null and id = any(?)", ids);
        jdbc.update("delete from party_org where id = any(?)", ids);
        for (int i = made.size() - 1; i >= 0; i--) {
            jdbc.update("delete from compliance_rollup where region_id = ?", made.get(i));
            jdbc.update("delete from region where id = ?", made.get(i));
        }
        rollups.catchUp(everything.nodeId(), everything);
    }

    /**
     * A row computed on an earlier day is the drain's: a page refreshes only what writes queued, so
     * that the first pages of a day never recompute a whole city. In the test's transaction (rolled
     * back), where the scheduled drain does not see the rows made old.
     */
    @Test
    @Transactional
    void shouldLeaveRowsOfAnEarlierDayToTheDrainAndRefreshQueuedOnesBeforeAPage() throws Exception {
        long community = regionOf("community");
        jdbc.update("update community_rollup set computed_on = computed_on - 1 where region_id = ?", community);
        jdbc.update("update community_box_rollup set computed_on = computed_on - 1 where region_id = ?", community);
        LocalDate yesterday = jdbc.queryForObject("select computed_on from community_rollup where region_id = ?",
                LocalDate.class, community);

        mvc.perform(get("/regions/{id}", community).with(as("community"))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select computed_on from community_rollup where region_id = ?",
                LocalDate.class, community)).as("the page left it to the drain").isEqualTo(yesterday);
        assertThat(rollups.queued(community, "/")).doesNotContain(community);
        assertThat(rollups.due(community, "/")).as("the drain takes it").contains(community);

        // a write queues its region: the page refreshes it before it reads
        jdbc.update("insert into rollup_dirty (region_id) values (?)", community);
        mvc.perform(get("/regions/{id}", community).with(as("community"))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select computed_on from community_rollup where region_id = ?",
                LocalDate.class, community)).isAfter(yesterday);
        assertThat(jdbc.queryForObject("select count(*) from rollup_dirty where region_id = ?", Long.class,
                community)).isZero();
    }

    @Test
    void shouldEqualRebuildAfterImportsMovesStatusChangesDeletesOrganizationAndGridChanges() {
        rollups.catchUp(everything.nodeId(), everything);
        assertThat(rollups.rebuild().drift()).as("drift before any write").isZero();
        Random random = new Random(6);
        for (int round = 0; round < 30; round++) {
            long branch = branches.get(random.nextInt(branches.size()));
            long other = branches.get(random.nextInt(branches.size()));
            long node = nodes.get(random.nextInt(nodes.size()));
            switch (round % 15) {
                case 0 -> members(branch, 40 + random.nextInt(40), "FULL");
                case 1 -> jdbc.update("""
                        update party_member set party_org_id = ? where id in
                        (select id from party_member where party_org_id = ? order by id limit 5)""", other, branch);
                case 2 -> jdbc.update("""
                        update party_member set status = case status when 'FULL' then 'PROBATIONARY' else 'FULL' end
                        where id in (select id from party_member where party_org_id = ? order by id limit 3)""", branch);
                case 3 -> jdbc.update("""
                        delete from party_member where id in
                        (select id from party_member where party_org_id = ? order by id desc limit 2)""", branch);
                case 4 -> jdbc.update("update party_org set region_id = ? where id = ?",
                        communities.get(random.nextInt(communities.size())), branch);
                case 5 -> jdbc.update("update party_org set closed_on = current_date where id = ?", branch);
                case 6 -> jdbc.update("update party_org set term_end = current_date - 1, term_start = current_date - 900"
                        + " where id = ?", branch);
                case 7 -> jdbc.update("update party_member set status = 'APPLICANT' where party_org_id = ?"
                        + " and status = 'PROBATIONARY'", branch);
                case 8 -> owes(branch, random.nextBoolean() ? 0 : 1);
                case 9 -> baseAndPayment(branch);
                case 10 -> jdbc.update("update party_member set applied_on = current_date - 45, admitted_on ="
                        + " current_date - 300 where id in (select id from party_member where party_org_id = ?"
                        + " order by id limit 4)", branch);
                case 11 -> step(branch);
                case 12 -> cadre(node, branch);
                case 13 -> jdbc.update("update grid_cadre set end_on = current_date - 1 where id ="
                        + " (select max(id) from grid_cadre where grid_node_id = any(?) and end_on is null)",
                        (Object) nodes.toArray(Long[]::new));
                default -> jdbc.update("update grid_node set closed_on = case when closed_on is null"
                        + " then current_date end, party_org_id = case when kind = 'GRID' then ? end where id = ?",
                        branch, node);
            }
            rollups.catchUp(street, everything);
            List<RollupStore.Row> incremental = mine();

            recomputeTheStreet();
            assertThat(mine()).as("rows after round %d", round).isEqualTo(incremental);
            if (round % 15 == 14) {
                assertThat(rollups.rebuild().drift()).as("drift after round %d", round).isZero();
                assertThat(mine()).as("rebuilt rows after round %d", round).isEqualTo(incremental);
            }
        }
        assertThat(mine()).hasSize(5);
        assertThat(mine().stream().mapToLong(RollupStore.Row::members).sum()).isEqualTo(jdbc.queryForObject("""
                select count(*) from party_member m join party_org o on o.id = m.party_org_id
                where o.street_id = ? and m.status in ('FULL', 'PROBATIONARY')""", Long.class, street));
    }

    @Test
    void shouldShowTheSameRemindersAsCountedFromTheComplianceSummaries() {
        owes(branches.get(0), 0);
        owes(branches.get(4), 1);
        jdbc.update("update party_org set term_end = current_date + 20, term_start = current_date - 900 where id = ?",
                branches.get(5));
        Scope district = Scope.ofRegion(regionOf(USER), regionPath(regionOf(USER)));
        rollups.catchUp(regionOf(USER), district);

        for (long region : List.of(street, communities.get(0), communities.get(1), regionOf(USER))) {
            var page = levels.regionPage(region, district);
            var counted = compliance.reminderSummary(regions.require(region, district), district);
            assertThat(page.reminders()).as("reminders of region %d", region).isEqualTo(counted);
        }
        assertThat(levels.regionPage(street, district).reminders().terms()).isPositive();
    }

    @Test
    void shouldShowTheDuesAndDevelopmentFiguresTheFeaturesCount() {
        for (long branch : branches.subList(0, 6)) {
            baseAndPayment(branch);
        }
        jdbc.update("update party_member set status = 'APPLICANT', applied_on = current_date - 45 where id in"
                + " (select id from party_member where party_org_id = ? order by id limit 3)", branches.get(1));
        step(branches.get(1));
        step(branches.get(branches.size() - 1));
        long district = regionOf(USER);
        Scope scope = Scope.ofRegion(district, regionPath(district));
        rollups.catchUp(district, scope);

        for (long region : List.of(street, district)) {
            var side = levels.membersSide(regions.require(region, scope), scope).orElseThrow();
            assertThat(duesRows(dues.figures(region, scope, side.dues())))
                    .as("dues of region %d", region).isEqualTo(duesRows(dues.figures(region, scope)));
            assertThat(stageRows(development.stages(region, scope, side.stages())))
                    .as("development of region %d", region).isEqualTo(stageRows(development.stages(region, scope)));
        }
        var page = dues.figures(street, scope, levels.membersSide(regions.require(street, scope), scope)
                .orElseThrow().dues());
        assertThat(page.total().members()).isPositive();
        assertThat(page.total().collectedYear()).isPositive();
        assertThat(page.rows()).anyMatch(org.grassroots.dues.DuesViews.RegionFigures::own);
        assertThat(development.stages(street, scope, levels.membersSide(regions.require(street, scope), scope)
                .orElseThrow().stages()).total().applicants()).isPositive();
        // a community reads its dues from its own row, for its own grant as for the district's
        for (long community : communities) {
            Scope own = Scope.ofRegion(community, regionPath(community));
            for (Scope s : List.of(scope, own)) {
                var side = levels.membersSide(regions.require(community, s), s).orElseThrow();
                assertThat(duesRows(dues.figures(community, s, side.dues())))
                        .as("dues of community %d", community).isEqualTo(duesRows(dues.figures(community, s)));
            }
        }
        assertThat(dues.figures(communities.get(0), scope, levels.membersSide(regions.require(communities.get(0),
                scope), scope).orElseThrow().dues()).total().inArrears()).isPositive();
        assertThat(levels.membersSide(regions.require(communities.get(0), scope), Scope.ofOrg(branches.get(0),
                jdbc.queryForObject("select path from party_org where id = ?", String.class, branches.get(0)))))
                .isEmpty();
    }

    @Test
    void shouldShowTheGridFiguresTheGridPagesCount() {
        long left = jdbc.queryForObject("select id from party_member where party_org_id = ? order by id limit 1",
                Long.class, branches.get(0));
        for (int i = 0; i < nodes.size(); i += 2) {
            cadre(nodes.get(i), branches.get(0));
        }
        // a cadre whose organization moves to another community, who no longer lives there, has left it
        cadre(nodes.get(nodes.size() - 1), branches.get(0));
        jdbc.update("update party_member set party_org_id = ?, residence_community_id = null where id = ?",
                branches.get(3), left);
        long district = regionOf(USER);
        Scope scope = Scope.ofRegion(district, regionPath(district));
        rollups.catchUp(district, scope);

        for (long region : List.of(street, district)) {
            var side = levels.membersSide(regions.require(region, scope), scope).orElseThrow();
            assertThat(gapRows(grids.gaps(region, scope, side.grid()))).as("grid figures of region %d", region)
                    .isEqualTo(gapRows(grids.gaps(region, scope)));
        }
        var streetPage = grids.gaps(street, scope, levels.membersSide(regions.require(street, scope), scope)
                .orElseThrow().grid());
        assertThat(streetPage.total().grids()).isEqualTo(4);
        assertThat(streetPage.total().cadresLeft()).isPositive();
        assertThat(streetPage.total().gridsNoLeader()).isPositive();
        assertThat(streetPage.rows()).anyMatch(r -> r.region().getId() == gridOnly && r.grids() == 1);
    }

    private static List<List<Long>> gapRows(org.grassroots.grid.GridViews.GapPage page) {
        List<List<Long>> rows = new ArrayList<>();
        for (var r : page.rows()) {
            rows.add(gapRow(r));
        }
        rows.add(gapRow(page.total()));
        return rows;
    }

    private static List<Long> gapRow(org.grassroots.grid.GridViews.GapCounts c) {
        return List.of(c.region().getId(), c.grids(), c.gridsNoLeader(), c.gridsNoOrg(), c.buildings(),
                c.buildingsNoLeader(), c.unitsNoLeader(), c.cadresLeft(), c.gridsWithOrg(), c.buildingsWithLeader());
    }

    private static List<List<Object>> duesRows(org.grassroots.dues.DuesViews.RegionPage page) {
        List<List<Object>> rows = new ArrayList<>();
        for (var r : page.rows()) {
            rows.add(List.of(r.region().getId(), r.own(), r.members(), r.noBase(), r.inArrears(), r.flagged(),
                    r.arrearsMonths(), r.collectedYear()));
        }
        var t = page.total();
        rows.add(List.of(t.members(), t.noBase(), t.inArrears(), t.flagged(), t.arrearsMonths(), t.collectedYear()));
        return rows;
    }

    private static List<StageCounts> stageRows(org.grassroots.development.DevelopmentViews.StagePage page) {
        List<StageCounts> rows = new ArrayList<>(page.rows());
        rows.add(page.total());
        return rows;
    }

    @Test
    void shouldShowAWriteOnTheLevelPageAtOnce() throws Exception {
        long community = communities.get(0);
        figuresOnPage(community);
        members(branches.get(0), 7, "FULL");

        assertThat(figuresOnPage(street)).isEqualTo(jdbc.queryForObject("""
                select count(*) from party_member m join party_org o on o.id = m.party_org_id
                where o.street_id = ? and m.status in ('FULL', 'PROBATIONARY')""", Long.class, street));
        assertThat(figuresOnPage(community)).isEqualTo(jdbc.queryForObject("""
                select count(*) from party_member m join party_org o on o.id = m.party_org_id
                where o.community_id = ? and m.status in ('FULL', 'PROBATIONARY')""", Long.class, community));
    }

    @Test
    void shouldReportAndCorrectDriftWhenARowIsWrongOrMissing() {
        rollups.catchUp(everything.nodeId(), everything);
        rollups.rebuild();
        jdbc.update("update community_rollup set members = members + 5 where region_id = ?", communities.get(0));
        jdbc.update("delete from community_rollup where region_id = ?", communities.get(1));

        RollupService.RebuildReport report = rollups.rebuild();

        assertThat(report.drift()).isEqualTo(2);
        assertThat(report.rows()).isEqualTo(jdbc.queryForObject("""
                select count(*) from (select region_id from party_org
                                      union select community_id from grid_node where closed_on is null) r""",
                Integer.class));
        assertThat(mine()).hasSize(5);
        assertThat(rollups.rebuild().drift()).isZero();
    }

    private long figuresOnPage(long regionId) throws Exception {
        String html = html(mvc.perform(get("/regions/{id}", regionId).with(as(USER))).andExpect(status().isOk())
                .andReturn());
        return Long.parseLong(textOf(html, "total-members"));
    }

    /**
     * Recomputes every row of the test's street (the street and its communities) as a rebuild does, by
     * queueing them all: only the street is written to, so the rows kept by the triggers' queue must
     * equal these; a full rebuild (every row of the city) runs after each cycle of fifteen writes.
     */
    private void recomputeTheStreet() {
        jdbc.update("insert into rollup_dirty (region_id) select id from region where path like ? || '%'",
                regionPath(street));
        rollups.catchUp(street, everything);
    }

    private List<RollupStore.Row> mine() {
        return jdbc.query("select * from community_rollup where region_path like ? || '%' order by region_id",
                (rs, i) -> RollupStore.row(rs).figures(), regionPath(street));
    }

    private long region(String level, String parentLevel, long parent, String name) {
        long id = jdbc.queryForObject("""
                insert into region (level, code, name, parent_id, parent_level)
                values (?, ?, ?, ?, ?) returning id""", Long.class,
                level, "RU" + System.nanoTime(), name + made.size(), parent, parentLevel);
        made.add(id);
        return id;
    }

    private long org(String type, Long parent, long region) {
        long id = jdbc.queryForObject("""
                insert into party_org (name, type, category, parent_id, region_id, founded_on, has_committee)
                values (? || nextval('party_org_id_seq'), ?, 'COMMUNITY', ?, ?, current_date - 400, false)
                returning id""", Long.class, "汇总测试党组织", type, parent, region);
        orgs.add(id);
        return id;
    }

    /** The organization owes this month's monthly requirements and has held the given number of each. */
    private void owes(long org, int held) {
        jdbc.update("""
                insert into org_period_status (party_org_id, requirement_id, period_start, period_end, expected, held)
                select ?, r.id, date_trunc('month', current_date)::date,
                       (date_trunc('month', current_date) + interval '1 month' - interval '1 day')::date, 1, ?
                from meeting_requirement r where r.frequency = 'MONTH'
                on conflict (party_org_id, requirement_id, period_start) do update set held = excluded.held""",
                org, held);
    }

    /** Gives the organization's paying members without a base one from seven months ago, and one a paid month. */
    private void baseAndPayment(long org) {
        jdbc.update("""
                insert into dues_base (member_id, effective_month, category, monthly_base, kind, recorded_by)
                select m.id, date_trunc('month', current_date - 210)::date, 'IN_SERVICE', 5000, 'ANNUAL', 'test'
                from party_member m where m.party_org_id = ? and m.status in ('FULL', 'PROBATIONARY')
                  and not exists (select 1 from dues_base b where b.member_id = m.id)""", org);
        jdbc.update("""
                with payer as (
                    select m.id from party_member m join dues_base b on b.member_id = m.id
                    where m.party_org_id = ?
                      and not exists (select 1 from dues_payment_month pm where pm.member_id = m.id)
                    order by m.id limit 1
                ), paid as (
                    insert into dues_payment (member_id, from_month, to_month, amount, extra_amount, method, paid_on,
                        recorded_by)
                    select id, date_trunc('month', current_date - 150)::date, date_trunc('month', current_date - 150)::date,
                        25, 5, 'CASH', current_date, 'test' from payer
                    returning id, member_id, from_month
                )
                insert into dues_payment_month (payment_id, member_id, month, amount)
                select id, member_id, from_month, 25 from paid""", org);
    }

    /** Records the application of the organization's applicants who have none, as a secretary does. */
    private void step(long org) {
        jdbc.update("""
                insert into member_step (member_id, step_code, done_on, decided_by, recorded_by)
                select m.id, 'APPLY', current_date - 40, '支部', 'test' from party_member m
                where m.party_org_id = ? and m.status = 'APPLICANT'
                  and not exists (select 1 from member_step s where s.member_id = m.id)""", org);
    }

    /** A grid with a building and a unit in the community, the grid linked to an organization or not. */
    private void grid(long community, boolean linked) {
        Long org = linked ? jdbc.queryForObject("select min(id) from party_org where community_id = ?", Long.class,
                community) : null;
        long grid = jdbc.queryForObject("""
                insert into grid_node (community_id, kind, name, households, party_org_id)
                values (?, 'GRID', '汇总测试网格', 300, ?) returning id""", Long.class, community, org);
        long building = jdbc.queryForObject("""
                insert into grid_node (community_id, kind, parent_id, parent_kind, name)
                values (?, 'BUILDING', ?, 'GRID', '1幢') returning id""", Long.class, community, grid);
        long unit = jdbc.queryForObject("""
                insert into grid_node (community_id, kind, parent_id, parent_kind, name)
                values (?, 'UNIT', ?, 'BUILDING', '1单元') returning id""", Long.class, community, building);
        nodes.addAll(List.of(grid, building, unit));
    }

    /** Appoints the leader of the node's kind, a member of the organization who lives in the node's community. */
    private void cadre(long node, long org) {
        jdbc.update("""
                with person as (
                    select m.id from party_member m where m.party_org_id = ?
                      and m.status in ('FULL', 'PROBATIONARY') order by m.id limit 1
                ), moved as (
                    update party_member set residence_community_id = (select community_id from grid_node where id = ?)
                    where id in (select id from person) returning id
                )
                insert into grid_cadre (grid_node_id, role, member_id, start_on)
                select n.id, n.kind || '_LEADER', p.id, current_date - 30 from grid_node n, moved p where n.id = ?""",
                org, node, node);
    }

    /** Adds people to an organization in one statement, as an import does. */
    private void members(long org, int count, String status) {
        jdbc.update("""
                insert into party_member (name, gender, ethnicity, birth_date, id_number_cipher, id_number_hash,
                  id_number_masked, id_number_tail, phone, education, occupation, status, party_org_id,
                  admitted_on, full_member_on)
                select '汇总' || g, case when g % 2 = 0 then 'MALE' else 'FEMALE' end, '汉族',
                  date '1970-01-01' + g * 97, '\\x00'::bytea, md5('rollup' || ? || '-' || gen_random_uuid()),
                  '110101********' || lpad((g % 10000)::text, 4, '0'), lpad((g % 10000)::text, 4, '0'),
                  '1390000' || lpad(g::text, 4, '0'), 'BACHELOR', 'EMPLOYED_OTHER', ?, ?,
                  current_date - 800, case when ? = 'FULL' then current_date - 400 end
                from generate_series(1, ?) g""", org, status, org, status, count);
    }
}
