package org.grassroots.grid;

import java.time.LocalDate;
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

    private static final String BASE = """
            with comm as (select id, street_id, district_id from region
                          where level = 'COMMUNITY' and path like :prefix || '%'),
                 n as (select g.* from grid_node g join comm c on c.id = g.community_id where g.closed_on is null),
                 cur as (select k.* from grid_cadre k join n on n.id = k.grid_node_id
                         where k.start_on <= :today and (k.end_on is null or k.end_on >= :today))
            """;

    private static final String GAPS = BASE + """
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

    private static final String TOTALS = BASE + """
            select c.id, c.street_id, c.district_id,
                   count(*) filter (where n.kind = 'GRID') as grids,
                   count(*) filter (where n.kind = 'GRID' and (n.party_org_id is not null
                       or exists (select 1 from n b where b.parent_id = n.id and b.party_org_id is not null))) as with_org,
                   count(*) filter (where n.kind = 'BUILDING') as buildings,
                   count(*) filter (where n.kind = 'BUILDING' and exists (select 1 from cur
                       where cur.grid_node_id = n.id and cur.role = 'BUILDING_LEADER')) as with_leader,
                   count(*) filter (where n.kind = 'UNIT') as units
            from comm c left join n on n.community_id = c.id
            group by c.id, c.street_id, c.district_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    GapQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<GapRow> gaps(String regionPrefix, LocalDate today) {
        return jdbc.query(GAPS + " order by 2, 1, 4, 3", params(regionPrefix, today),
                (rs, i) -> new GapRow(Gap.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        GridKind.valueOf(rs.getString(5)), rs.getString(6)));
    }

    List<Totals> totals(String regionPrefix, LocalDate today) {
        return jdbc.query(TOTALS, params(regionPrefix, today),
                (rs, i) -> new Totals(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
    }

    private static MapSqlParameterSource params(String regionPrefix, LocalDate today) {
        return new MapSqlParameterSource("prefix", regionPrefix).addValue("today", today);
    }
}
