package org.grassroots.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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

    private final List<Long> made = new ArrayList<>();
    private final List<Long> orgs = new ArrayList<>();
    private final List<Long> communities = new ArrayList<>();
    private final List<Long> branches = new ArrayList<>();
    private long street;
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
    }

    @AfterEach
    void removeWhatWasMade() {
        Object ids = orgs.toArray(Long[]::new);
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

    @Test
    void shouldEqualRebuildAfterImportsMovesStatusChangesDeletesAndOrganizationChanges() {
        rollups.catchUp(everything.nodeId(), everything);
        assertThat(rollups.rebuild().drift()).as("drift before any write").isZero();
        Random random = new Random(6);
        for (int round = 0; round < 18; round++) {
            long branch = branches.get(random.nextInt(branches.size()));
            long other = branches.get(random.nextInt(branches.size()));
            switch (round % 9) {
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
                default -> owes(branch, random.nextBoolean() ? 0 : 1);
            }
            rollups.catchUp(street, everything);
            List<RollupStore.Row> incremental = mine();

            assertThat(rollups.rebuild().drift()).as("drift after round %d", round).isZero();
            assertThat(mine()).as("rows after round %d", round).isEqualTo(incremental);
        }
        assertThat(mine()).hasSize(4);
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
        assertThat(report.rows()).isEqualTo(jdbc.queryForObject(
                "select count(distinct region_id) from party_org", Integer.class));
        assertThat(mine()).hasSize(4);
        assertThat(rollups.rebuild().drift()).isZero();
    }

    private long figuresOnPage(long regionId) throws Exception {
        String html = html(mvc.perform(get("/regions/{id}", regionId).with(as(USER))).andExpect(status().isOk())
                .andReturn());
        return Long.parseLong(textOf(html, "total-members"));
    }

    private List<RollupStore.Row> mine() {
        return jdbc.query("select * from community_rollup where region_path like ? || '%' order by region_id",
                (rs, i) -> new RollupStore.Row(rs.getLong("region_id"), rs.getString("region_path"),
                        (Long) rs.getObject("district_id"), (Long) rs.getObject("street_id"),
                        (Long) rs.getObject("community_id"), rs.getInt("orgs"), rs.getInt("branches"),
                        rs.getInt("members"), rs.getInt("full_members"), rs.getInt("probationary"),
                        rs.getInt("pipeline"), rs.getInt("attention"), rs.getInt("due_soon"), rs.getInt("overdue"),
                        rs.getInt("term_due"), null),
                regionPath(street));
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
