package org.grassroots.level;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.grassroots.development.DevelopmentViews.StageCounts;
import org.grassroots.dues.DuesFigures;
import org.grassroots.grid.GridFigures;
import org.grassroots.org.OrgType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes community_rollup and its queue rollup_dirty. The figures of a region are derived
 * from the raw organizations and members by one statement; the setup rules are applied in Java
 * ({@link RollupService}), so this class only moves rows.
 */
@Repository
class RollupStore {

    /** One organization sitting in a region, with the counts of its own people. */
    record OrgFacts(long regionId, String regionPath, Long districtId, Long streetId, Long communityId, OrgType type,
            boolean open, boolean hasCommittee, LocalDate termEnd, long members, long full, long probationary,
            long pipeline) {
    }

    /** A row of community_rollup; the dues and development figures are those of their features. */
    record Row(long regionId, String regionPath, Long districtId, Long streetId, Long communityId, int orgs,
            int branches, int members, int full, int probationary, int pipeline, int attention, int dueSoon,
            int overdue, int terms, LocalDate computedOn, DuesFigures dues, StageCounts development,
            GridFigures grid) {

        /** The row without its day, to compare figures. */
        Row figures() {
            return new Row(regionId, regionPath, districtId, streetId, communityId, orgs, branches, members, full,
                    probationary, pipeline, attention, dueSoon, overdue, terms, null, dues, development, grid);
        }

        Row withReminders(long[] counts) {
            return new Row(regionId, regionPath, districtId, streetId, communityId, orgs, branches, members, full,
                    probationary, pipeline, attention, (int) counts[0], (int) counts[1], (int) counts[2], computedOn,
                    dues, development, grid);
        }

        Row with(DuesFigures dues, StageCounts development, GridFigures grid) {
            return new Row(regionId, regionPath, districtId, streetId, communityId, orgs, branches, members, full,
                    probationary, pipeline, attention, dueSoon, overdue, terms, computedOn, dues,
                    new StageCounts(null, regionId, null, development.applicants(), development.activists(),
                            development.candidates(), development.admission(), development.probationary(),
                            development.awaiting(), development.due(), development.overdue()), grid);
        }
    }

    private static final String FACTS = """
            select o.region_id, o.region_path, o.district_id, o.street_id, o.community_id, o.type,
                   o.closed_on is null as open, o.has_committee, o.term_end,
                   count(m.id) filter (where m.status in ('PROBATIONARY', 'FULL')) as members,
                   count(m.id) filter (where m.status = 'FULL') as full_members,
                   count(m.id) filter (where m.status = 'PROBATIONARY') as probationary,
                   count(m.id) filter (where m.status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE')) as pipeline
            from party_org o left join party_member m on m.party_org_id = o.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    RollupStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of every organization sitting in the given regions, or in any region when null. */
    List<OrgFacts> facts(Collection<Long> regionIds) {
        String sql = FACTS + (regionIds == null ? "" : " where o.region_id in (:regions)") + " group by o.id";
        MapSqlParameterSource p = new MapSqlParameterSource("regions", regionIds);
        List<OrgFacts> result = new ArrayList<>();
        jdbc.query(sql, p, rs -> {
            result.add(new OrgFacts(rs.getLong("region_id"), rs.getString("region_path"),
                    (Long) rs.getObject("district_id"), (Long) rs.getObject("street_id"),
                    (Long) rs.getObject("community_id"), OrgType.valueOf(rs.getString("type")),
                    rs.getBoolean("open"), rs.getBoolean("has_committee"),
                    rs.getObject("term_end", LocalDate.class), rs.getLong("members"), rs.getLong("full_members"),
                    rs.getLong("probationary"), rs.getLong("pipeline")));
        });
        return result;
    }

    /** The queued regions inside the region (all when null) that the prefix covers, taken off the queue. */
    private static final String TAKE_QUEUED = """
            with top as (
                select case when cast(:region as bigint) is null then '/' else coalesce(max(path), '#') end as path
                from region where cast(:region as bigint) is null or id = :region
            ), taken as (
                delete from rollup_dirty d using region r, top
                where r.id = d.region_id and r.path like top.path || '%' and r.path like :prefix || '%'
                returning d.region_id
            )
            select region_id from taken""";

    /** Those, and the rows of that subtree computed before the day. */
    private static final String TAKE_DUE = TAKE_QUEUED + """

            union
            select c.region_id from community_rollup c, top
            where c.computed_on < :today and c.region_path like top.path || '%'
              and c.region_path like :prefix || '%'""";

    /**
     * Takes the queued regions inside the region (all when regionId is null) that the user may open,
     * and adds the rows of that subtree computed before today. Runs first in a refresh, so a write that
     * commits afterwards keeps its queue row for the next refresh.
     */
    List<Long> takeDue(Long regionId, String regionPrefix, LocalDate today) {
        return jdbc.queryForList(TAKE_DUE, new MapSqlParameterSource("region", regionId)
                .addValue("prefix", regionPrefix).addValue("today", today), Long.class);
    }

    /**
     * Takes the queued regions inside the region that the prefix covers, as {@link #takeDue} without the day.
     * Most pages find the queue empty: a look at it costs a tenth of planning the taking statement.
     */
    List<Long> takeQueued(long regionId, String regionPrefix) {
        if (!Boolean.TRUE.equals(jdbc.getJdbcTemplate().queryForObject(
                "select exists (select 1 from rollup_dirty)", Boolean.class))) {
            return List.of();
        }
        return jdbc.queryForList(TAKE_QUEUED, new MapSqlParameterSource("region", regionId)
                .addValue("prefix", regionPrefix), Long.class);
    }

    /**
     * Writes the given rows and removes the rows of the given regions (of every region when null) that
     * are not among them. Upserts, so two refreshes of one region one after the other never collide.
     */
    void replace(Collection<Long> regionIds, Collection<Row> rows) {
        List<Long> kept = rows.isEmpty() ? List.of(-1L) : rows.stream().map(Row::regionId).toList();
        MapSqlParameterSource p = new MapSqlParameterSource("regions", regionIds).addValue("kept", kept);
        if (regionIds == null) {
            jdbc.update("delete from community_rollup where region_id not in (:kept)", p);
        } else if (!regionIds.isEmpty()) {
            jdbc.update("delete from community_rollup where region_id in (:regions) and region_id not in (:kept)", p);
        }
        if (rows.isEmpty()) {
            return;
        }
        SqlParameterSource[] batch = rows.stream().map(RollupStore::params).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into community_rollup (region_id, region_path, district_id, street_id, community_id, orgs,
                    branches, members, full_members, probationary, pipeline, attention, due_soon, overdue, term_due,
                    computed_on, dues_members, dues_no_base, dues_in_arrears, dues_flagged, dues_arrears_months,
                    dues_collected, dev_applicants, dev_activists, dev_candidates, dev_admission, dev_probationary,
                    dev_awaiting, dev_due, dev_overdue, grids, grids_no_leader, grids_no_org, buildings,
                    buildings_no_leader, units_no_leader, cadres_left, grids_with_org, buildings_with_leader)
                values (:region, :path, :district, :street, :community, :orgs, :branches, :members, :full,
                    :probationary, :pipeline, :attention, :due, :overdue, :terms, :on, :duesMembers, :noBase,
                    :inArrears, :flagged, :arrearsMonths, :collected, :applicants, :activists, :candidates,
                    :admission, :devProbationary, :awaiting, :devDue, :devOverdue, :grids, :gridsNoLeader,
                    :gridsNoOrg, :buildings, :buildingsNoLeader, :unitsNoLeader, :cadresLeft, :gridsWithOrg,
                    :buildingsWithLeader)
                on conflict (region_id) do update set region_path = excluded.region_path,
                    district_id = excluded.district_id, street_id = excluded.street_id,
                    community_id = excluded.community_id, orgs = excluded.orgs, branches = excluded.branches,
                    members = excluded.members, full_members = excluded.full_members,
                    probationary = excluded.probationary, pipeline = excluded.pipeline,
                    attention = excluded.attention, due_soon = excluded.due_soon, overdue = excluded.overdue,
                    term_due = excluded.term_due, computed_on = excluded.computed_on,
                    dues_members = excluded.dues_members, dues_no_base = excluded.dues_no_base,
                    dues_in_arrears = excluded.dues_in_arrears, dues_flagged = excluded.dues_flagged,
                    dues_arrears_months = excluded.dues_arrears_months, dues_collected = excluded.dues_collected,
                    dev_applicants = excluded.dev_applicants, dev_activists = excluded.dev_activists,
                    dev_candidates = excluded.dev_candidates, dev_admission = excluded.dev_admission,
                    dev_probationary = excluded.dev_probationary, dev_awaiting = excluded.dev_awaiting,
                    dev_due = excluded.dev_due, dev_overdue = excluded.dev_overdue, grids = excluded.grids,
                    grids_no_leader = excluded.grids_no_leader, grids_no_org = excluded.grids_no_org,
                    buildings = excluded.buildings, buildings_no_leader = excluded.buildings_no_leader,
                    units_no_leader = excluded.units_no_leader, cadres_left = excluded.cadres_left,
                    grids_with_org = excluded.grids_with_org,
                    buildings_with_leader = excluded.buildings_with_leader""", batch);
    }

    private static SqlParameterSource params(Row r) {
        DuesFigures d = r.dues();
        StageCounts s = r.development();
        GridFigures g = r.grid();
        return new MapSqlParameterSource("region", r.regionId())
                .addValue("path", r.regionPath()).addValue("district", r.districtId())
                .addValue("street", r.streetId()).addValue("community", r.communityId())
                .addValue("orgs", r.orgs()).addValue("branches", r.branches()).addValue("members", r.members())
                .addValue("full", r.full()).addValue("probationary", r.probationary())
                .addValue("pipeline", r.pipeline()).addValue("attention", r.attention())
                .addValue("due", r.dueSoon()).addValue("overdue", r.overdue()).addValue("terms", r.terms())
                .addValue("on", r.computedOn()).addValue("duesMembers", d.members()).addValue("noBase", d.noBase())
                .addValue("inArrears", d.inArrears()).addValue("flagged", d.flagged())
                .addValue("arrearsMonths", d.arrearsMonths()).addValue("collected", d.collectedYear())
                .addValue("applicants", s.applicants()).addValue("activists", s.activists())
                .addValue("candidates", s.candidates()).addValue("admission", s.admission())
                .addValue("devProbationary", s.probationary()).addValue("awaiting", s.awaiting())
                .addValue("devDue", s.due()).addValue("devOverdue", s.overdue()).addValue("grids", g.grids())
                .addValue("gridsNoLeader", g.gridsNoLeader()).addValue("gridsNoOrg", g.gridsNoOrg())
                .addValue("buildings", g.buildings()).addValue("buildingsNoLeader", g.buildingsNoLeader())
                .addValue("unitsNoLeader", g.unitsNoLeader()).addValue("cadresLeft", g.cadresLeft())
                .addValue("gridsWithOrg", g.gridsWithOrg()).addValue("buildingsWithLeader", g.buildingsWithLeader());
    }

    /** Every row, ordered by region, for comparing a rebuild with what was there. */
    List<Row> all() {
        return jdbc.query("select * from community_rollup order by region_id", (rs, i) -> row(rs));
    }

    /** A row read from community_rollup. */
    static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("region_id"), rs.getString("region_path"), (Long) rs.getObject("district_id"),
                (Long) rs.getObject("street_id"), (Long) rs.getObject("community_id"), rs.getInt("orgs"),
                rs.getInt("branches"), rs.getInt("members"), rs.getInt("full_members"), rs.getInt("probationary"),
                rs.getInt("pipeline"), rs.getInt("attention"), rs.getInt("due_soon"), rs.getInt("overdue"),
                rs.getInt("term_due"), rs.getObject("computed_on", LocalDate.class), new DuesFigures(
                        rs.getLong("dues_members"), rs.getLong("dues_no_base"), rs.getLong("dues_in_arrears"),
                        rs.getLong("dues_flagged"), rs.getLong("dues_arrears_months"),
                        rs.getBigDecimal("dues_collected")),
                new StageCounts(null, rs.getLong("region_id"), null, rs.getLong("dev_applicants"),
                        rs.getLong("dev_activists"), rs.getLong("dev_candidates"), rs.getLong("dev_admission"),
                        rs.getLong("dev_probationary"), rs.getLong("dev_awaiting"), rs.getLong("dev_due"),
                        rs.getLong("dev_overdue")), grid(rs));
    }

    /** The grid figures of a row of community_rollup, or of a sum with the same column names. */
    static GridFigures grid(ResultSet rs) throws SQLException {
        return new GridFigures(rs.getLong("grids"), rs.getLong("grids_no_leader"), rs.getLong("grids_no_org"),
                rs.getLong("buildings"), rs.getLong("buildings_no_leader"), rs.getLong("units_no_leader"),
                rs.getLong("cadres_left"), rs.getLong("grids_with_org"), rs.getLong("buildings_with_leader"));
    }

    void clearQueue() {
        jdbc.getJdbcTemplate().execute("delete from rollup_dirty");
    }
}
