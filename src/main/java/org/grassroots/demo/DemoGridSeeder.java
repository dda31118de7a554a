package org.grassroots.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every demo community its grid map: 3–6 grids, each with 2–6 buildings of 1–4 units, with
 * household and resident counts summed upwards, and a cadre roster — members of the community's
 * organizations as 网格长, 楼栋长 and 党员中心户, residents by name and phone as 网格员 and 单元长,
 * some past assignments as history. About one grid in seven has no 网格长, one building in five no
 * 楼栋长, one unit in three no 单元长, and some grids no Party organization, so the gap pages have
 * something to show.
 *
 * <p>Set-based SQL whose only chance is {@code hashtext} of stable keys (community codes and node
 * names, never generated ids): two seeds of the same city give the same map, in a few milliseconds.
 */
@Component
public class DemoGridSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoGridSeeder.class);

    private static final String SURNAMES = "array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙']";
    private static final String GIVEN = "array['秀英','建国','桂兰','志强','玉兰','海燕','卫东','丽华','国庆','淑珍']";

    /**
     * Nodes with a stable key (community code and the names down to the node) and their ordinal, and
     * the community's full members with theirs: temporary tables, built once and indexed, so that the
     * roster inserts join them by hash instead of re-running the window for every node.
     */
    private static final String KEYED = """
            create temporary table demo_grid_keyed on commit drop as
            select n.id, n.kind, n.community_id, c.code || '/' || coalesce(gp.name || '/', '')
                   || coalesce(p.name || '/', '') || n.name as k,
                   row_number() over (partition by n.community_id, n.kind order by n.id) as ord
            from grid_node n join region c on c.id = n.community_id
            left join grid_node p on p.id = n.parent_id
            left join grid_node gp on gp.id = p.parent_id;
            create temporary table demo_grid_mem on commit drop as
            select m.id, o.community_id, row_number() over (partition by o.community_id order by m.id) as rn,
                   count(*) over (partition by o.community_id) as cnt
            from party_member m join party_org o on o.id = m.party_org_id
            where m.status = 'FULL' and o.community_id is not null and o.closed_on is null;
            create index on demo_grid_mem (community_id, rn);
            analyze demo_grid_keyed;
            analyze demo_grid_mem;
            analyze grid_node
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DemoGridSeeder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String roll(String key) {
        return "mod(abs(hashtext(" + key + ")::bigint), 1000)::int";
    }

    private static String resident(String key) {
        return "(" + SURNAMES + ")[1 + mod(abs(hashtext(" + key + " || 's')), 12)] || (" + GIVEN
                + ")[1 + mod(abs(hashtext(" + key + " || 'g')), 10)]";
    }

    private static String phone(String key) {
        return "'13' || (5 + mod(abs(hashtext(" + key + " || 'p')), 5))::text"
                + " || lpad(mod(abs(hashtext(" + key + " || 'q'))::bigint, 100000000)::text, 8, '0')";
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        MapSqlParameterSource p = new MapSqlParameterSource("today", today);
        jdbc.update("""
                insert into grid_node (community_id, kind, name)
                select c.id, 'GRID', '第' || g || '网格' from region c cross join generate_series(1, 6) g
                where c.level = 'COMMUNITY' and g <= 3 + mod(abs(hashtext('grids' || c.code)), 4)
                order by c.id, g""", p);
        jdbc.update("""
                insert into grid_node (community_id, kind, parent_id, parent_kind, name, address)
                select g.community_id, 'BUILDING', g.id, 'GRID', ((substring(g.name from '[0-9]+'))::int * 10 + b) || '幢',
                       c.name || ((substring(g.name from '[0-9]+'))::int * 10 + b) || '幢'
                from grid_node g join region c on c.id = g.community_id cross join generate_series(1, 6) b
                where g.kind = 'GRID' and b <= 2 + mod(abs(hashtext('buildings' || c.code || g.name)), 5)
                order by g.id, b""", p);
        jdbc.update("""
                insert into grid_node (community_id, kind, parent_id, parent_kind, name, households, residents)
                select s.community_id, 'UNIT', s.id, 'BUILDING', u || '单元', s.h, s.h * 2 + mod(s.h * 7, 11)
                from (select b.id, b.community_id, b.name, c.code, u,
                             6 + mod(abs(hashtext('households' || c.code || b.name || u)), 30) as h
                      from grid_node b join region c on c.id = b.community_id cross join generate_series(1, 4) u
                      where b.kind = 'BUILDING'
                        and u <= 1 + mod(abs(hashtext('units' || c.code || b.name)), 4)) s
                order by s.id, s.u""", p);
        jdbc.update("""
                update grid_node b set households = s.h, residents = s.r
                from (select parent_id, sum(households) h, sum(residents) r from grid_node where kind = 'UNIT'
                      group by parent_id) s
                where b.id = s.parent_id""", p);
        jdbc.update("""
                update grid_node g set households = s.h, residents = s.r
                from (select parent_id, sum(households) h, sum(residents) r from grid_node where kind = 'BUILDING'
                      group by parent_id) s
                where g.id = s.parent_id""", p);
        jdbc.getJdbcOperations().execute(KEYED);
        // a grid Party organization where one exists, otherwise one of the community's branches, for most grids
        jdbc.update("""
                with orgs as (select o.id, o.community_id,
                                  row_number() over (partition by o.community_id
                                                     order by (o.category <> 'GRID'), o.id) as rn,
                                  count(*) over (partition by o.community_id) as cnt
                           from party_org o
                           where o.community_id is not null and o.closed_on is null
                             and o.type in ('BRANCH', 'JOINT_BRANCH', 'PARTY_GROUP'))
                update grid_node n set party_org_id = o.id
                from demo_grid_keyed k join orgs o on o.community_id = k.community_id and o.rn = 1 + mod(k.ord - 1, o.cnt)
                where n.id = k.id and k.kind = 'GRID' and %s < 700""".formatted(roll("'org' || k.k")), p);
        // a few buildings carry the Party group of their own, which covers a grid without one
        jdbc.update("""
                update grid_node n set party_org_id = (select g.party_org_id from grid_node g where g.id = n.parent_id)
                where n.kind = 'BUILDING' and n.id in (select id from demo_grid_keyed where kind = 'BUILDING'
                    and %s < 80)""".formatted(roll("'borg' || k")), p);
        int grids = jdbc.update("""
                insert into grid_cadre (grid_node_id, role, member_id, start_on, note)
                select k.id, 'GRID_LEADER', m.id, :today - (200 + %s), null
                from demo_grid_keyed k join demo_grid_mem m on m.community_id = k.community_id and m.rn = 1 + mod(k.ord * 3, m.cnt)
                where k.kind = 'GRID' and %s < 860
                order by k.id""".formatted(roll("'gls' || k.k"), roll("'gl' || k.k")), p);
        // history: the grid leader before the current one
        jdbc.update("""
                insert into grid_cadre (grid_node_id, role, member_id, start_on, end_on)
                select k.id, 'GRID_LEADER', m.id, c.start_on - 1100, c.start_on - 1
                from demo_grid_keyed k join grid_cadre c on c.grid_node_id = k.id and c.role = 'GRID_LEADER'
                join demo_grid_mem m on m.community_id = k.community_id and m.rn = 1 + mod(k.ord * 3 + 1, m.cnt)
                where k.kind = 'GRID' and %s < 400
                order by k.id""".formatted(roll("'glh' || k.k")), p);
        jdbc.update("""
                insert into grid_cadre (grid_node_id, role, resident_name, resident_phone, start_on)
                select k.id, 'GRID_WORKER', %s, %s, :today - (30 + %s)
                from demo_grid_keyed k where k.kind = 'GRID' and %s < 600
                order by k.id""".formatted(resident("'gw' || k.k"), phone("'gw' || k.k"), roll("'gws' || k.k"),
                roll("'gw' || k.k")), p);
        jdbc.update("""
                insert into grid_cadre (grid_node_id, role, member_id, resident_name, resident_phone, start_on)
                select k.id, 'BUILDING_LEADER',
                       case when %1$s < 600 then m.id end,
                       case when %1$s >= 600 or m.id is null then %2$s end,
                       case when %1$s >= 600 or m.id is null then %3$s end,
                       :today - (60 + %4$s)
                from demo_grid_keyed k left join demo_grid_mem m on m.community_id = k.community_id and m.rn = 1 + mod(k.ord * 7, m.cnt)
                where k.kind = 'BUILDING' and %5$s < 800
                order by k.id""".formatted(roll("'blm' || k.k"), resident("'bl' || k.k"), phone("'bl' || k.k"),
                roll("'bls' || k.k"), roll("'bl' || k.k")), p);
        jdbc.update("""
                insert into grid_cadre (grid_node_id, role, resident_name, resident_phone, start_on)
                select k.id, 'UNIT_LEADER', %s, %s, :today - (10 + %s)
                from demo_grid_keyed k where k.kind = 'UNIT' and %s < 670
                order by k.id""".formatted(resident("'ul' || k.k"), phone("'ul' || k.k"), roll("'uls' || k.k"),
                roll("'ul' || k.k")), p);
        jdbc.update("""
                insert into grid_cadre (grid_node_id, role, member_id, households, start_on)
                select k.id, 'CENTRAL_HOUSEHOLD', m.id, 8 + mod(%s, 8), :today - (90 + %s)
                from demo_grid_keyed k join demo_grid_mem m on m.community_id = k.community_id and m.rn = 1 + mod(k.ord * 11 + 5, m.cnt)
                where k.kind = 'UNIT' and %s < 150
                order by k.id""".formatted(roll("'chh' || k.k"), roll("'chs' || k.k"), roll("'ch' || k.k")), p);
        log.info("Seeded {} grids with their buildings, units and cadres in {} ms", grids,
                (System.nanoTime() - t0) / 1_000_000);
    }
}
