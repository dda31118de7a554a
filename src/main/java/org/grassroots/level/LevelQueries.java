package org.grassroots.level;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.development.DevelopmentViews.StageCounts;
import org.grassroots.dues.DuesFigures;
import org.grassroots.grid.GridFigures;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.Scope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Read-side counts for the level views, filtered by the scope like every other query. */
@Repository
class LevelQueries {

    private static final String FIGURES = """
            count(distinct o.id) filter (where o.closed_on is null and o.type <> 'PARTY_GROUP') as orgs,
            count(m.id) filter (where m.status in ('PROBATIONARY', 'FULL')) as members,
            count(m.id) filter (where m.status = 'FULL') as full_members,
            count(m.id) filter (where m.status = 'PROBATIONARY') as probationary,
            count(m.id) filter (where m.status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE')) as pipeline
            """;

    private final NamedParameterJdbcTemplate jdbc;

    LevelQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures per child region of a region at the given level, keyed by the child's id. */
    Map<Long, Counts> byChildRegion(String regionPath, RegionLevel level, Scope scope) {
        String column = switch (level) {
            case CITY -> "o.district_id";
            case DISTRICT -> "o.street_id";
            case STREET -> "o.community_id";
            case COMMUNITY -> throw new IllegalArgumentException("a community has no child regions");
        };
        String sql = "select " + column + " as key, " + FIGURES
                + " from party_org o left join party_member m on m.party_org_id = o.id"
                + " where o.region_path like :path || '%' and o.region_path like :regionPrefix || '%'"
                + " and o.path like :orgPrefix || '%' and " + column + " is not null group by " + column;
        return keyed(sql, params(regionPath, scope));
    }

    Counts totals(String regionPath, Scope scope) {
        String sql = "select 0 as key, " + FIGURES
                + " from party_org o left join party_member m on m.party_org_id = o.id"
                + " where o.region_path like :path || '%' and o.region_path like :regionPrefix || '%'"
                + " and o.path like :orgPrefix || '%'";
        return keyed(sql, params(regionPath, scope)).getOrDefault(0L, Counts.ZERO);
    }

    /** Figures of a region's subtree, or of one child region, and its open organizations needing attention. */
    record Rolled(Counts counts, long attention, long dueSoon, long overdue, long terms) {

        static final Rolled ZERO = new Rolled(Counts.ZERO, 0, 0, 0, 0);
    }

    /**
     * The figures of the region's subtree (key 0) and of each child region (keyed by the child's id;
     * none for a community) from community_rollup: sums over at most a few thousand rows. Only for
     * region grants: every row under a region page the user may open is inside the grant.
     */
    Map<Long, Rolled> rolledUp(String regionPath, RegionLevel level) {
        String column = switch (level) {
            case CITY -> "district_id";
            case DISTRICT -> "street_id";
            case STREET -> "community_id";
            case COMMUNITY -> null;
        };
        String sets = column == null ? "()" : "(" + column + "), ()";
        String key = column == null ? "0" : "case when grouping(" + column + ") = 1 then 0 else " + column + " end";
        String sql = "select " + key + " as key, sum(orgs) as orgs, sum(members) as members,"
                + " sum(full_members) as full_members, sum(probationary) as probationary,"
                + " sum(pipeline) as pipeline, sum(attention) as attention, sum(due_soon) as due_soon,"
                + " sum(overdue) as overdue, sum(term_due) as term_due from community_rollup"
                + " where region_path like :path || '%' group by grouping sets (" + sets + ")";
        Map<Long, Rolled> result = new HashMap<>();
        jdbc.query(sql, new MapSqlParameterSource("path", regionPath), rs -> {
            if (rs.getObject("key") != null) {
                result.put(rs.getLong("key"), new Rolled(new Counts(rs.getLong("orgs"), rs.getLong("members"),
                        rs.getLong("full_members"), rs.getLong("probationary"), rs.getLong("pipeline")),
                        rs.getLong("attention"), rs.getLong("due_soon"), rs.getLong("overdue"), rs.getLong("term_due")));
            }
        });
        return Collections.unmodifiableMap(result);
    }

    /** The dues and development figures of a region's child regions, added up from community_rollup. */
    record MembersSide(Map<Long, DuesFigures> dues, Map<Long, StageCounts> stages, Map<Long, GridFigures> grid) {
    }

    /**
     * The dues and development figures per child region of a city, district or street (of a community:
     * its own row, keyed by its id, as the dues feature keys a community's figures), keyed as their
     * features key them: dues under null for the organizations sitting in the region itself, development
     * under the street's own id for a street's own organizations; a key only where someone is counted.
     * Only for region grants, like {@link #rolledUp}.
     */
    MembersSide membersSide(long regionId, String regionPath, RegionLevel level) {
        String column = switch (level) {
            case CITY -> "district_id";
            case DISTRICT -> "street_id";
            case STREET, COMMUNITY -> "community_id";
        };
        String sql = "select " + column + " as key, sum(dues_members) as dues_members,"
                + " sum(dues_no_base) as no_base, sum(dues_in_arrears) as in_arrears, sum(dues_flagged) as flagged,"
                + " sum(dues_arrears_months) as arrears_months, sum(dues_collected) as collected,"
                + " sum(dev_applicants) as applicants, sum(dev_activists) as activists,"
                + " sum(dev_candidates) as candidates, sum(dev_admission) as admission,"
                + " sum(dev_probationary) as probationary, sum(dev_awaiting) as awaiting, sum(dev_due) as due,"
                + " sum(dev_overdue) as overdue, sum(grids) as grids, sum(grids_no_leader) as grids_no_leader,"
                + " sum(grids_no_org) as grids_no_org, sum(buildings) as buildings,"
                + " sum(buildings_no_leader) as buildings_no_leader, sum(units_no_leader) as units_no_leader,"
                + " sum(cadres_left) as cadres_left, sum(grids_with_org) as grids_with_org,"
                + " sum(buildings_with_leader) as buildings_with_leader"
                + " from community_rollup where region_path like :path || '%'"
                + " group by " + column;
        Map<Long, DuesFigures> dues = new HashMap<>();
        Map<Long, StageCounts> stages = new HashMap<>();
        Map<Long, GridFigures> grid = new HashMap<>();
        jdbc.query(sql, new MapSqlParameterSource("path", regionPath), rs -> {
            Long key = (Long) rs.getObject("key");
            if (rs.getLong("dues_members") > 0) {
                dues.put(key, new DuesFigures(rs.getLong("dues_members"), rs.getLong("no_base"),
                        rs.getLong("in_arrears"), rs.getLong("flagged"), rs.getLong("arrears_months"),
                        rs.getBigDecimal("collected")));
            }
            Long stageKey = key != null ? key : level == RegionLevel.STREET ? Long.valueOf(regionId) : null;
            StageCounts c = new StageCounts(null, stageKey, null, rs.getLong("applicants"), rs.getLong("activists"),
                    rs.getLong("candidates"), rs.getLong("admission"), rs.getLong("probationary"),
                    rs.getLong("awaiting"), rs.getLong("due"), rs.getLong("overdue"));
            if (stageKey != null && c.total() > 0) {
                stages.put(stageKey, c);
            }
            GridFigures g = RollupStore.grid(rs);
            if (key != null && !g.equals(GridFigures.ZERO)) {
                grid.put(key, g);
            }
        });
        // kept between pages (KeptBoxes): nobody may change them
        return new MembersSide(Collections.unmodifiableMap(dues), Collections.unmodifiableMap(stages),
                Collections.unmodifiableMap(grid));
    }

    /** Figures per organization for its own members (not its sub-organizations'). */
    Map<Long, Counts> byOrg(List<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        String sql = "select o.id as key, " + FIGURES
                + " from party_org o left join party_member m on m.party_org_id = o.id"
                + " where o.id in (:ids) group by o.id";
        return keyed(sql, new MapSqlParameterSource("ids", orgIds));
    }

    /** Figures of the part of an organization's reporting subtree that lies inside the scope. */
    Counts subtree(String orgPath, Scope scope) {
        String sql = "select 0 as key, " + FIGURES
                + " from party_org o left join party_member m on m.party_org_id = o.id"
                + " where o.path like :path || '%' and o.region_path like :regionPrefix || '%'"
                + " and o.path like :orgPrefix || '%'";
        return keyed(sql, params(orgPath, scope)).getOrDefault(0L, Counts.ZERO);
    }

    /** The facts the organization-setup rules need, for every open organization in a region's subtree. */
    record OrgFacts(long orgId, Long districtId, Long streetId, Long communityId, org.grassroots.org.OrgType type,
            boolean hasCommittee, java.time.LocalDate termEnd, long full, long members) {
    }

    List<OrgFacts> orgFacts(String regionPath, Scope scope) {
        String sql = """
                select o.id, o.district_id, o.street_id, o.community_id, o.type, o.has_committee, o.term_end,
                       count(m.id) filter (where m.status = 'FULL') as full_members,
                       count(m.id) filter (where m.status in ('PROBATIONARY', 'FULL')) as members
                from party_org o left join party_member m on m.party_org_id = o.id
                where o.closed_on is null and o.region_path like :path || '%'
                  and o.region_path like :regionPrefix || '%' and o.path like :orgPrefix || '%'
                group by o.id""";
        return jdbc.query(sql, params(regionPath, scope), (rs, i) -> new OrgFacts(rs.getLong("id"),
                (Long) rs.getObject("district_id"), (Long) rs.getObject("street_id"),
                (Long) rs.getObject("community_id"), org.grassroots.org.OrgType.valueOf(rs.getString("type")),
                rs.getBoolean("has_committee"), rs.getObject("term_end", java.time.LocalDate.class),
                rs.getLong("full_members"), rs.getLong("members")));
    }

    private static MapSqlParameterSource params(String regionPath, Scope scope) {
        return new MapSqlParameterSource("path", regionPath)
                .addValue("regionPrefix", scope.regionPrefix())
                .addValue("orgPrefix", scope.orgPrefix());
    }

    private Map<Long, Counts> keyed(String sql, MapSqlParameterSource params) {
        Map<Long, Counts> result = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            result.put(rs.getLong("key"), new Counts(rs.getLong("orgs"), rs.getLong("members"),
                    rs.getLong("full_members"), rs.getLong("probationary"), rs.getLong("pipeline")));
        });
        return result;
    }
}
