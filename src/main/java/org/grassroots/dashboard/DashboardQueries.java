package org.grassroots.dashboard;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.grassroots.development.DevelopmentViews.StageCounts;
import org.grassroots.grid.GridFigures;
import org.grassroots.region.RegionLevel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's sums over the summary tables (member_profile_rollup, community_rollup,
 * compliance_rollup), filtered by the region's path, and for a city or a district over the sums of
 * its children (member_profile_level_rollup, compliance_level_rollup), so that the rows read do not
 * grow with the subtree. Only for region grants, whose subtree the rows of a region's path lie in
 * entirely.
 */
@Repository
class DashboardQueries {

    /** The key of a region's total in the maps below (no region has id 0). */
    static final long TOTAL = 0L;
    /** The key of the organizations sitting in the region itself, not in a child region. */
    static final long OWN = -1L;

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The column of the summary rows naming the child region of a region at the level. */
    static String childColumn(RegionLevel level) {
        return switch (level) {
            case CITY -> "district_id";
            case DISTRICT -> "street_id";
            case STREET -> "community_id";
            case COMMUNITY -> throw new IllegalArgumentException("a community has no child regions");
        };
    }

    /** The key of a summary row's child: TOTAL for the total, OWN for the region's own organizations. */
    private static String key(String column) {
        return "case when grouping(" + column + ") = 1 then " + TOTAL + " else coalesce(" + column + ", " + OWN
                + ") end";
    }

    /**
     * Whether a region's children have summed rows of their own (member_profile_level_rollup,
     * compliance_level_rollup: districts and streets): a city and a district add up their children's
     * sums and the rows of the organizations sitting in the region itself, a street its communities' rows.
     */
    private static boolean childrenSummed(RegionLevel level) {
        return level == RegionLevel.CITY || level == RegionLevel.DISTRICT;
    }

    /** Members per child (and TOTAL, OWN) → dimension → bucket. */
    Map<Long, Map<String, Map<String, Long>>> profile(long regionId, String path, RegionLevel level) {
        String sql;
        if (childrenSummed(level)) {
            sql = "select " + key("key") + " as key, dimension, bucket, sum(members) as members from ("
                    + " select g.id as key, l.dimension, l.bucket, l.members from region g"
                    + " join member_profile_level_rollup l on l.region_id = g.id"
                    + " where g.parent_id = :region and l.members <> 0"
                    + " union all select null, dimension, bucket, members from member_profile_rollup"
                    + " where region_id = :region) t"
                    + " group by grouping sets ((key, dimension, bucket), (dimension, bucket))";
        } else {
            String column = childColumn(level);
            sql = "select " + key(column) + " as key, dimension, bucket, sum(members) as members"
                    + " from member_profile_rollup where region_path like :path || '%'"
                    + " group by grouping sets ((" + column + ", dimension, bucket), (dimension, bucket))";
        }
        Map<Long, Map<String, Map<String, Long>>> result = new HashMap<>();
        jdbc.query(sql, new MapSqlParameterSource("path", path).addValue("region", regionId), rs -> {
            result.computeIfAbsent(rs.getLong("key"), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString("dimension"), k -> new HashMap<>())
                    .put(rs.getString("bucket"), rs.getLong("members"));
        });
        return result;
    }

    /**
     * The member profile of the organizations sitting in a region itself (a community's own rows of
     * member_profile_rollup, by the rule of {@code MemberProfiles}), keyed TOTAL → dimension → bucket.
     */
    Map<Long, Map<String, Map<String, Long>>> ownProfile(long regionId) {
        Map<Long, Map<String, Map<String, Long>>> result = new HashMap<>();
        jdbc.query("select dimension, bucket, members from member_profile_rollup where region_id = :region",
                new MapSqlParameterSource("region", regionId), rs -> {
                    result.computeIfAbsent(TOTAL, k -> new HashMap<>())
                            .computeIfAbsent(rs.getString("dimension"), k -> new HashMap<>())
                            .merge(rs.getString("bucket"), rs.getLong("members"), Long::sum);
                });
        return result;
    }

    /** The development and grid figures of the child regions, as the level pages add them up. */
    record Side(Map<Long, StageCounts> stages, Map<Long, GridFigures> grid) {
    }

    /**
     * The development figures per child region keyed as the development feature keys them (a street's
     * own organizations under the street's id) and the grid figures per child region (a community's own
     * under its id), from community_rollup.
     */
    Side side(long regionId, String path, RegionLevel level) {
        String column = level == RegionLevel.COMMUNITY ? "community_id" : childColumn(level);
        String sql = "select " + column + " as key, sum(dev_applicants) as applicants,"
                + " sum(dev_activists) as activists, sum(dev_candidates) as candidates,"
                + " sum(dev_admission) as admission, sum(dev_probationary) as probationary,"
                + " sum(dev_awaiting) as awaiting, sum(dev_due) as due, sum(dev_overdue) as overdue,"
                + " sum(grids) as grids, sum(grids_no_leader) as grids_no_leader, sum(grids_no_org) as grids_no_org,"
                + " sum(buildings) as buildings, sum(buildings_no_leader) as buildings_no_leader,"
                + " sum(units_no_leader) as units_no_leader, sum(cadres_left) as cadres_left,"
                + " sum(grids_with_org) as grids_with_org, sum(buildings_with_leader) as buildings_with_leader"
                + " from community_rollup where region_path like :path || '%' group by " + column;
        Map<Long, StageCounts> stages = new HashMap<>();
        Map<Long, GridFigures> grid = new HashMap<>();
        jdbc.query(sql, new MapSqlParameterSource("path", path), rs -> {
            Long key = (Long) rs.getObject("key");
            Long stageKey = key != null ? key : level == RegionLevel.STREET ? Long.valueOf(regionId) : null;
            StageCounts c = new StageCounts(null, stageKey, null, rs.getLong("applicants"), rs.getLong("activists"),
                    rs.getLong("candidates"), rs.getLong("admission"), rs.getLong("probationary"),
                    rs.getLong("awaiting"), rs.getLong("due"), rs.getLong("overdue"));
            if (stageKey != null && c.total() > 0) {
                stages.put(stageKey, c);
            }
            GridFigures g = new GridFigures(rs.getLong("grids"), rs.getLong("grids_no_leader"),
                    rs.getLong("grids_no_org"), rs.getLong("buildings"), rs.getLong("buildings_no_leader"),
                    rs.getLong("units_no_leader"), rs.getLong("cadres_left"), rs.getLong("grids_with_org"),
                    rs.getLong("buildings_with_leader"));
            if (key != null && !g.equals(GridFigures.ZERO)) {
                grid.put(key, g);
            }
        });
        // kept between pages with the box roll-up rows: nobody may change them
        return new Side(Collections.unmodifiableMap(stages), Collections.unmodifiableMap(grid));
    }

    /** Organizations required and those that met the requirement: [required, done]. */
    record Rate(long required, long done) {

        static final Rate ZERO = new Rate(0, 0);
    }

    /**
     * The compliance rows of a region's subtree in the year, as (key, requirement_id, period_start,
     * required, done): for a city or a district its children's sums keyed by the child and its own
     * organizations' rows keyed null; otherwise the subtree's rows keyed by the child column.
     */
    private static String complianceRows(RegionLevel level) {
        if (childrenSummed(level)) {
            return "select g.id as key, l.requirement_id, l.period_start, l.required, l.done from region g"
                    + " join compliance_level_rollup l on l.region_id = g.id"
                    + " where g.parent_id = :region and l.required > 0"
                    + " and l.period_start >= :from and l.period_start < :to"
                    + " union all select null, requirement_id, period_start, required, done from compliance_rollup"
                    + " where region_id = :region and period_start >= :from and period_start < :to";
        }
        if (level == RegionLevel.COMMUNITY) {
            // a community's subtree is itself: its rows by the key, not among the year's rows of the whole city
            // (the path index leads with the period)
            return "select null as key, requirement_id, period_start, required, done from compliance_rollup"
                    + " where region_id = :region and period_start >= :from and period_start < :to";
        }
        return "select " + childColumn(level) + " as key, requirement_id, period_start, required, done"
                + " from compliance_rollup"
                + " where period_start >= :from and period_start < :to and region_path like :path || '%'";
    }

    /** Per meeting type and month of the year (1–12): the periods starting in that month. */
    Map<String, Map<Integer, Rate>> byTypeAndMonth(long regionId, String path, RegionLevel level, int year) {
        String sql = "select r.meeting_type, cast(extract(month from c.period_start) as int) as month,"
                + " sum(c.required) as required, sum(c.done) as done"
                + " from (" + complianceRows(level) + ") c join meeting_requirement r on r.id = c.requirement_id"
                + " group by 1, 2";
        Map<String, Map<Integer, Rate>> result = new HashMap<>();
        jdbc.query(sql, year(path, year).addValue("region", regionId), rs -> {
            result.computeIfAbsent(rs.getString("meeting_type"), k -> new HashMap<>())
                    .put(rs.getInt("month"), new Rate(rs.getLong("required"), rs.getLong("done")));
        });
        return result;
    }

    /** Per child region (and TOTAL, OWN): the periods of the year, all requirements together. */
    Map<Long, Rate> complianceByChild(long regionId, String path, RegionLevel level, int year) {
        String sql = "select " + key("key") + " as key, sum(required) as required, sum(done) as done"
                + " from (" + complianceRows(level) + ") c group by grouping sets ((key), ())";
        Map<Long, Rate> result = new HashMap<>();
        jdbc.query(sql, year(path, year).addValue("region", regionId), rs -> {
            result.put(rs.getLong("key"), new Rate(rs.getLong("required"), rs.getLong("done")));
        });
        return result;
    }

    /**
     * Per organization sitting in a community (and TOTAL): from org_period_status, by the rule that
     * derives compliance_rollup (met when held reaches expected).
     */
    Map<Long, Rate> complianceByOrg(long communityId, int year) {
        String sql = """
                select case when grouping(o.id) = 1 then 0 else o.id end as key, count(*) as required,
                       count(*) filter (where s.held >= s.expected) as done
                from org_period_status s join party_org o on o.id = s.party_org_id
                where o.region_id = :community and s.period_start >= :from and s.period_start < :to
                group by grouping sets ((o.id), ())""";
        Map<Long, Rate> result = new HashMap<>();
        jdbc.query(sql, year("", year).addValue("community", communityId), rs -> {
            result.put(rs.getLong("key"), new Rate(rs.getLong("required"), rs.getLong("done")));
        });
        return result;
    }

    private static MapSqlParameterSource year(String path, int year) {
        return new MapSqlParameterSource("path", path).addValue("from", LocalDate.of(year, 1, 1))
                .addValue("to", LocalDate.of(year + 1, 1, 1));
    }
}
