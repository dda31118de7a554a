package org.grassroots.neworg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.neworg.NewOrgViews.CommunityCoverage;
import org.grassroots.neworg.NewOrgViews.NewOrgRow;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.Masking;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-side SQL of the "two new" lists and coverage figures, filtered by the region path prefix of the
 * unit's place (its community, or its street). Coverage, alert and "built then scattered" are derived
 * here row by row exactly as {@link CoveragePolicy} derives them for one unit.
 */
@Component
class NewOrgQueries {

    /** Counts of one region, keyed by its id. */
    record Counts(long units, long orgCovered, long workCovered, long blind, long alerts, long scattered) {
    }

    private static final String BASE = """
            with u as (
                select n.*, s.name as street_name, s.district_id, c.name as community_name,
                       o.name as org_name,
                       case when n.coverage_mode in ('OWN_ORG', 'JOINT_BRANCH') and o.closed_on is null
                                then 'ORG_COVERED'
                            when n.coverage_mode = 'INSTRUCTOR' then 'WORK_COVERED'
                            else 'BLIND' end as coverage,
                       n.coverage_mode = 'OWN_ORG' and o.closed_on is null as own_open
                from new_org n
                join region r on r.id = coalesce(n.community_id, n.street_id)
                join region s on s.id = n.street_id
                left join region c on c.id = n.community_id
                left join party_org o on o.id = n.party_org_id
                where r.path like :prefix || '%'),
            v as (
                select u.*, u.full_members_employed >= :threshold and not u.own_open as alert,
                       u.coverage <> 'ORG_COVERED' and exists (select 1 from new_org_coverage h
                           where h.new_org_id = u.id and h.coverage_mode in ('OWN_ORG', 'JOINT_BRANCH')) as scattered
                from u)
            """;

    private static final String FILTER = """
            from v
            where (:closed or v.closed_on is null)
              and (cast(:kind as varchar) is null or v.kind = cast(:kind as varchar))
              and (cast(:coverage as varchar) is null or v.coverage = cast(:coverage as varchar))
              and (cast(:location as varchar) is null or v.location_type = cast(:location as varchar))
              and (not :alert or v.alert) and (not :scattered or v.scattered) and (not :own or v.community_id is null)
              and (:q = '' or strpos(lower(v.name), lower(:q)) > 0 or strpos(v.credit_code, upper(:q)) = 1)
            """;

    private static final String COUNTS = """
            count(*), count(*) filter (where coverage = 'ORG_COVERED'),
            count(*) filter (where coverage = 'WORK_COVERED'), count(*) filter (where coverage = 'BLIND'),
            count(*) filter (where alert), count(*) filter (where scattered)
            from v where v.closed_on is null""";

    private final NamedParameterJdbcTemplate jdbc;
    private final NewOrgRules rules;

    NewOrgQueries(NamedParameterJdbcTemplate jdbc, NewOrgRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    long count(String prefix, NewOrgSearch search) {
        return jdbc.queryForObject(BASE + "select count(*) " + FILTER, params(prefix, search), Long.class);
    }

    List<NewOrgRow> rows(String prefix, NewOrgSearch search, int limit, int offset) {
        return jdbc.query(BASE + "select v.* " + FILTER + """
                order by (v.closed_on is not null), v.name, v.id limit :limit offset :offset""",
                params(prefix, search).addValue("limit", limit).addValue("offset", offset), NewOrgQueries::row);
    }

    /**
     * The figures of open units per child of a region of the given level, keyed by the child's id. A
     * street's units in none of its communities are keyed by the street itself.
     */
    Map<Long, Counts> byChild(String prefix, RegionLevel level) {
        String key = switch (level) {
            case CITY -> "district_id";
            case DISTRICT -> "street_id";
            case STREET -> "coalesce(community_id, street_id)";
            case COMMUNITY -> "community_id";
        };
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.query(BASE + "select " + key + ", " + COUNTS + " group by 1", base(prefix), (ResultSet rs) -> {
            counts.put(rs.getLong(1), counts(rs, 2));
        });
        return counts;
    }

    /**
     * The figures of open units per region where they sit (a community, or a street for its units in
     * none of its communities) among the regions (all when null), for the roll-up; a region only where
     * units are counted.
     */
    List<CoverageFigures> byRegion(Collection<Long> regionIds) {
        String base = BASE.replace("r.path like :prefix || '%'", regionIds == null ? "true" : "r.id in (:regions)");
        return jdbc.query(base + "select coalesce(community_id, street_id), street_id, district_id, " + COUNTS
                + " group by 1, 2, 3", base(null).addValue("regions", regionIds), (rs, i) -> {
                    Counts c = counts(rs, 4);
                    return new CoverageFigures(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), c.units(),
                            c.orgCovered(), c.workCovered(), c.blind(), c.alerts(), c.scattered());
                });
    }

    Counts total(String prefix) {
        return jdbc.queryForObject(BASE + "select " + COUNTS, base(prefix), (rs, i) -> counts(rs, 1));
    }

    /** Per community of the subtree with open units in it, by community path. */
    List<CommunityCoverage> byCommunity(String prefix) {
        return jdbc.query(BASE + "select community_id, min(community_name), " + COUNTS
                + " and community_id is not null group by 1 order by 2", base(prefix), (rs, i) -> {
                    Counts c = counts(rs, 3);
                    return new CommunityCoverage(rs.getLong(1), rs.getString(2), c.units(), c.orgCovered(),
                            c.workCovered(), c.blind(), c.alerts(), c.scattered());
                });
    }

    private static Counts counts(ResultSet rs, int from) throws SQLException {
        return new Counts(rs.getLong(from), rs.getLong(from + 1), rs.getLong(from + 2), rs.getLong(from + 3),
                rs.getLong(from + 4), rs.getLong(from + 5));
    }

    private MapSqlParameterSource base(String prefix) {
        return new MapSqlParameterSource("prefix", prefix).addValue("threshold", rules.branchThresholdMembers());
    }

    private MapSqlParameterSource params(String prefix, NewOrgSearch search) {
        return base(prefix).addValue("closed", search.isClosed())
                .addValue("kind", search.getKind() == null ? null : search.getKind().name())
                .addValue("coverage", search.getCoverage() == null ? null : search.getCoverage().name())
                .addValue("location", search.getLocationType() == null ? null : search.getLocationType().name())
                .addValue("alert", search.isAlert()).addValue("own", search.isOwn()).addValue("scattered", search.isScattered())
                .addValue("q", search.query());
    }

    private static NewOrgRow row(ResultSet rs, int i) throws SQLException {
        return new NewOrgRow(rs.getLong("id"), rs.getString("name"), NewOrgKind.valueOf(rs.getString("kind")),
                rs.getString("credit_code"), rs.getString("street_name"), rs.getString("community_name"),
                LocationType.valueOf(rs.getString("location_type")), rs.getInt("employees"),
                rs.getInt("members_employed"), rs.getInt("full_members_employed"),
                CoverageMode.valueOf(rs.getString("coverage_mode")), Coverage.valueOf(rs.getString("coverage")),
                rs.getString("org_name"), rs.getString("instructor_name"),
                Masking.phone(rs.getString("instructor_phone")), rs.getObject("opened_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), rs.getBoolean("alert"), rs.getBoolean("scattered"));
    }
}
