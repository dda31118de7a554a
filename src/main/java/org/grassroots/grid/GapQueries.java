package org.grassroots.grid;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.grassroots.grid.GridViews.Gap;
import org.grassroots.grid.GridViews.GapRow;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where nobody is responsible, straight from the tables and filtered by the scope's region prefix.
 * Only open nodes count, and only assignments serving today (started, and not ended before today).
 */
@Component
class GapQueries {

    record Totals(long communityId, Long streetId, Long districtId, long grids, long gridsWithOrg, long buildings,
            long buildingsWithLeader, long units) {
    }

    private static final String IN_PREFIX = """
            with comm as (select id, path, street_id, district_id from region
                          where level = 'COMMUNITY' and path like :prefix || '%'),
            """;

    private static final String IN_LIST = """
            with comm as (select id, path, street_id, district_id from region
                          where level = 'COMMUNITY' and (cast(:all as boolean) or id in (:ids))),
            """;

    private static final String NODES = """
                 n as (select g.* from grid_node g join comm c on c.id = g.community_id where g.closed_on is null),
                 cur as (select k.* from grid_cadre k join n on n.id = k.grid_node_id
                         where k.start_on <= :today and (k.end_on is null or k.end_on >= :today))
            """;

    private static final String GAP_ROWS = """
            select 'GRID_NO_LEADER' as gap, g.community_id, g.id, g.name, g.kind, null as person from n g
            where g.kind = 'GRID' and not exists (select 1 from cur where cur.grid_node_id = g.id and cur.role = 'GRID_LEADER')
            union all
            select 'GRID_NO_ORG', g.community_id, g.id, g.name, g.kind, null from n g
            where g.kind = 'GRID' and g.party_org_id is null
              and not exists (select 1 from n b where b.parent_id = g.id and b.party_org_id is not null)
            union all
            select 'BUILDING_NO_LEADER', b.community_id, b.id, b.name, b.kind, null from n b
            where b.kind = 'BUILDING'
              and not exists (select 1 from cur where cur.grid_node_id = b.id and cur.role = 'BUILDING_LEADER')
            union all
            select 'UNIT_NO_LEADER', u.community_id, u.id, u.name, u.kind, null from n u
            where u.kind = 'UNIT'
              and not exists (select 1 from cur where cur.grid_node_id = u.id and cur.role = 'UNIT_LEADER')
            union all
            select 'CADRE_LEFT', x.community_id, x.id, x.name, x.kind, m.name from cur
            join n x on x.id = cur.grid_node_id
            join party_member m on m.id = cur.member_id
            join party_org o on o.id = m.party_org_id
            where m.status not in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL', 'MEMBERSHIP_SUSPENDED')
               or (o.community_id is distinct from x.community_id
                   and m.residence_community_id is distinct from x.community_id)
            """;

    private static final String TOTAL_ROWS = """
            select c.id, c.path, c.street_id, c.district_id,
                   count(*) filter (where n.kind = 'GRID') as grids,
                   count(*) filter (where n.kind = 'GRID' and (n.party_org_id is not null
                       or exists (select 1 from n b where b.parent_id = n.id and b.party_org_id is not null))) as with_org,
                   count(*) filter (where n.kind = 'BUILDING') as buildings,
                   count(*) filter (where n.kind = 'BUILDING' and exists (select 1 from cur
                       where cur.grid_node_id = n.id and cur.role = 'BUILDING_LEADER')) as with_leader,
                   count(*) filter (where n.kind = 'UNIT') as units
            from comm c left join n on n.community_id = c.id
            group by c.id, c.path, c.street_id, c.district_id
            """;

    private static final String FIGURES = ", gap as (" + GAP_ROWS + "), total as (" + TOTAL_ROWS + """
            )
            select t.id, t.path, t.street_id, t.district_id, t.grids,
                   count(g.gap) filter (where g.gap = 'GRID_NO_LEADER') as grid_no_leader,
                   count(g.gap) filter (where g.gap = 'GRID_NO_ORG') as grid_no_org,
                   t.buildings,
                   count(g.gap) filter (where g.gap = 'BUILDING_NO_LEADER') as building_no_leader,
                   count(g.gap) filter (where g.gap = 'UNIT_NO_LEADER') as unit_no_leader,
                   count(g.gap) filter (where g.gap = 'CADRE_LEFT') as cadre_left,
                   t.with_org, t.with_leader
            from total t left join gap g on g.community_id = t.id
            where t.grids + t.buildings + t.units > 0
            group by t.id, t.path, t.street_id, t.district_id, t.grids, t.buildings, t.with_org, t.with_leader
            """;

    private final NamedParameterJdbcTemplate jdbc;

    GapQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<GapRow> gaps(String regionPrefix, LocalDate today) {
        return jdbc.query(IN_PREFIX + NODES + GAP_ROWS + " order by 2, 1, 4, 3", params(regionPrefix, today),
                (rs, i) -> new GapRow(Gap.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        GridKind.valueOf(rs.getString(5)), rs.getString(6)));
    }

    List<Totals> totals(String regionPrefix, LocalDate today) {
        return jdbc.query(IN_PREFIX + NODES + TOTAL_ROWS, params(regionPrefix, today),
                (rs, i) -> new Totals(rs.getLong(1), (Long) rs.getObject(3), (Long) rs.getObject(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
    }

    /**
     * The figures of the given communities (of every community when null) that have open grid nodes, by
     * the same gap and total statements as {@link #gaps} and {@link #totals}, counted per community.
     */
    List<GridFigures.OfCommunity> figures(Collection<Long> communityIds, LocalDate today) {
        if (communityIds != null && communityIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource("all", communityIds == null)
                .addValue("ids", communityIds == null ? List.of(-1L) : communityIds).addValue("today", today);
        return jdbc.query(IN_LIST + NODES + FIGURES, p,
                (rs, i) -> new GridFigures.OfCommunity(rs.getLong("id"), rs.getString("path"),
                        (Long) rs.getObject("street_id"), (Long) rs.getObject("district_id"),
                        new GridFigures(rs.getLong("grids"), rs.getLong("grid_no_leader"), rs.getLong("grid_no_org"),
                                rs.getLong("buildings"), rs.getLong("building_no_leader"),
                                rs.getLong("unit_no_leader"), rs.getLong("cadre_left"), rs.getLong("with_org"),
                                rs.getLong("with_leader"))));
    }

    private static MapSqlParameterSource params(String regionPrefix, LocalDate today) {
        return new MapSqlParameterSource("prefix", regionPrefix).addValue("today", today);
    }
}
