package org.grassroots.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.shared.Scope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Set-based reads for the scores: the assessed regions and the records of the sources that have no
 * public summary by year (meetings, reporting, service hours, tasks). Every query covers all the
 * regions of one subtree at once, keyed by the region the records sit in.
 */
@Component
class AssessmentQueries {

    /** Numerator and denominator of a ratio (or any two figures), keyed by a region id in the maps below. */
    record Pair(BigDecimal num, BigDecimal den) {

        static final Pair ZERO = new Pair(BigDecimal.ZERO, BigDecimal.ZERO);

        Pair plus(Pair o) {
            return new Pair(num.add(o.num), den.add(o.den));
        }
    }

    /** An assessed region (or any region under the base) with its path. */
    record RegionRef(long id, String name, String path) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    AssessmentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- trees and regions

    /**
     * The trees a scope may see: those owned inside the scope (drafts included), and the published
     * trees owned by a region above the scope's own. {@code year} null: every year.
     */
    List<AssessmentViews.TreeRow> visibleTrees(Scope scope, Integer year, int offset, int limit) {
        return jdbc.query("select t.id, t.name, t.year, t.assessed_level, t.published, g.id as owner_id,"
                + " g.name as owner_name, (select count(*) from assessment_indicator i where i.tree_id = t.id) as n"
                + VISIBLE + " order by t.year desc, g.path, t.assessed_level, t.id offset :offset limit :limit",
                visible(scope, year).addValue("offset", offset).addValue("limit", limit),
                (rs, i) -> new AssessmentViews.TreeRow(rs.getLong("id"), rs.getString("name"), rs.getInt("year"),
                        AssessedLevel.valueOf(rs.getString("assessed_level")), rs.getBoolean("published"),
                        rs.getLong("owner_id"), rs.getString("owner_name"), rs.getLong("n")));
    }

    long countVisibleTrees(Scope scope, Integer year) {
        Long n = jdbc.queryForObject("select count(*)" + VISIBLE, visible(scope, year), Long.class);
        return n == null ? 0 : n;
    }

    private static final String VISIBLE = """
             from assessment_tree t join region g on g.id = t.owner_region_id
            where t.year between :yearFrom and :yearTo
              and (g.path like :prefix || '%' or (t.published and :prefix like g.path || '%'))""";

    private static MapSqlParameterSource visible(Scope scope, Integer year) {
        return new MapSqlParameterSource("prefix", scope.regionPagePrefix())
                .addValue("yearFrom", year == null ? 0 : year).addValue("yearTo", year == null ? 9999 : year);
    }

    /** The regions of a level under the base region, by name. */
    List<RegionRef> regionsAt(String basePath, AssessedLevel level) {
        return jdbc.query("select id, name, path from region where level = :level and path like :base || '%'"
                + " order by name, id", new MapSqlParameterSource("level", level.name()).addValue("base", basePath),
                (rs, i) -> new RegionRef(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** Every region under the base (the base included): id to path, for adding figures up by subtree. */
    Map<Long, String> pathsUnder(String basePath) {
        Map<Long, String> paths = new HashMap<>();
        jdbc.query("select id, path from region where path like :base || '%'",
                new MapSqlParameterSource("base", basePath), rs -> {
                    paths.put(rs.getLong(1), rs.getString(2));
                });
        return paths;
    }

    // ---------------------------------------------------------------- sources read here

    /** Meeting compliance: per region where organizations sit, organization-periods met and required. */
    Map<Long, Pair> meetings(String basePath, LocalDate from, LocalDate to, LocalDate today) {
        return pairs("""
                select c.region_id, sum(c.done), sum(c.required) from compliance_rollup c
                where c.region_path like :base || '%' and c.period_start >= :from and c.period_end <= :to
                  and c.period_start <= :today
                group by c.region_id""", basePath, from, to, today, null);
    }

    /** Reporting: per community, the people with a reporting period overlapping the year (den unused). */
    Map<Long, Pair> reported(String basePath, LocalDate from, LocalDate to) {
        return pairs("""
                select r.community_id, count(distinct coalesce('m' || r.member_id, 'r' || r.id)), 0
                from member_report r join region g on g.id = r.community_id
                where g.path like :base || '%' and r.reported_on <= :to and r.valid_until >= :from
                  and (r.ended_on is null or r.ended_on >= :from)
                group by r.community_id""", basePath, from, to, null, null);
    }

    /** Service hours: per community, the hours served in the year (den unused). */
    Map<Long, Pair> hours(String basePath, LocalDate from, LocalDate to) {
        return pairs("""
                select r.community_id, sum(s.hours), 0
                from service_record s join member_report r on r.id = s.report_id
                join region g on g.id = r.community_id
                where g.path like :base || '%' and s.served_on between :from and :to
                group by r.community_id""", basePath, from, to, null, null);
    }

    /**
     * Task timeliness: per receiving region, the tasks due in the year that have come due (or were
     * completed), and those completed on or before their deadline (local day of completion).
     */
    Map<Long, Pair> tasks(String basePath, LocalDate from, LocalDate to, LocalDate today, String zone) {
        return pairs("""
                select r.region_id,
                       count(*) filter (where r.status = 'COMPLETED'
                                          and (r.completed_at at time zone :zone)::date <= t.deadline),
                       count(*)
                from work_task_recipient r join work_task t on t.id = r.task_id
                join region g on g.id = r.region_id
                where g.path like :base || '%' and t.deadline between :from and :to
                  and (t.deadline < :today or r.status = 'COMPLETED')
                group by r.region_id""", basePath, from, to, today, zone);
    }

    private Map<Long, Pair> pairs(String sql, String basePath, LocalDate from, LocalDate to, LocalDate today,
            String zone) {
        MapSqlParameterSource p = new MapSqlParameterSource("base", basePath).addValue("from", from)
                .addValue("to", to).addValue("today", today).addValue("zone", zone);
        Map<Long, Pair> result = new HashMap<>();
        jdbc.query(sql, p, rs -> {
            result.put(rs.getLong(1), new Pair(rs.getBigDecimal(2), rs.getBigDecimal(3)));
        });
        return result;
    }
}
