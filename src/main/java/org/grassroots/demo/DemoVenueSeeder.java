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
 * Gives every demo street one 党群服务中心 whose 15-minute circle takes its first 2–4 communities,
 * and most communities a 党群服务站 of 60–400 m², so that the venue pages have something to warn
 * about: in every third street the last community has no station and lies outside the centre's
 * circle (no venue serves it), and the smaller stations fall below 30 m² per 100 households. A few
 * communities also keep a closed former station.
 *
 * <p>Set-based SQL over hashes of region codes: every seed gives the same venues in a few milliseconds.
 */
@Component
class DemoVenueSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoVenueSeeder.class);

    private static final String HOURS = "array['周一至周五 8:30-17:30','周一至周日 8:30-20:00',"
            + "'周二至周日 9:00-18:00']";
    private static final String SERVICES = "array['党员活动、政务代办、议事协商、图书阅览',"
            + "'党员教育、便民服务、法律咨询、老年助餐','组织生活、志愿服务、托育托管、文体活动']";

    /** The streets and their communities, with ordinals: which street is every third, which community is last. */
    private static final String ORDINALS = """
            create temporary table demo_venue_comm on commit drop as
            select c.id, c.code, c.name, c.parent_id as street_id,
                   row_number() over (partition by c.parent_id order by c.code) as ord,
                   count(*) over (partition by c.parent_id) as cnt,
                   s.ord as street_ord
            from region c
            join (select id, row_number() over (order by code) as ord from region where level = 'STREET') s
              on s.id = c.parent_id
            where c.level = 'COMMUNITY'
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DemoVenueSeeder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String pick(String array, int size, String key) {
        return "(" + array + ")[1 + mod(abs(hashtext(" + key + ")), " + size + ")]";
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        MapSqlParameterSource p = new MapSqlParameterSource("today", today);
        jdbc.getJdbcOperations().execute(ORDINALS);
        int centers = jdbc.update("""
                insert into service_venue (region_id, region_level, kind, name, address, area_m2, opening_hours,
                                           services)
                select s.id, 'STREET', 'CENTER', s.name || '党群服务中心',
                       s.name || '中心路' || (1 + mod(abs(hashtext('ca' || s.code)), 200)) || '号',
                       500 + mod(abs(hashtext('carea' || s.code)), 8) * 100, %s, %s
                from region s where s.level = 'STREET' order by s.id""".formatted(
                pick(HOURS, 3, "'ch' || s.code"), pick(SERVICES, 3, "'cs' || s.code")), p);
        // the centre's circle: the first 2–4 communities of the street, never the last one of every third street
        jdbc.update("""
                insert into venue_circle (venue_id, community_id)
                select v.id, c.id from service_venue v join region s on s.id = v.region_id
                join demo_venue_comm c on c.street_id = s.id
                where v.kind = 'CENTER'
                  and c.ord <= least(2 + mod(abs(hashtext('circle' || s.code)), 3),
                                     case when mod(c.street_ord, 3) = 0 then c.cnt - 1 else c.cnt end)
                order by v.id, c.id""", p);
        int stations = jdbc.update("""
                insert into service_venue (region_id, region_level, kind, name, address, area_m2, opening_hours,
                                           services)
                select c.id, 'COMMUNITY', 'STATION', c.name || '党群服务站', c.name || '居委会一楼',
                       60 + mod(abs(hashtext('sarea' || c.code)), 35) * 10, %s, %s
                from demo_venue_comm c
                where not (mod(c.street_ord, 3) = 0 and c.ord = c.cnt) and %s < 850
                order by c.id""".formatted(pick(HOURS, 3, "'sh' || c.code"), pick(SERVICES, 3, "'ss' || c.code"),
                DemoGridSeeder.roll("'station' || c.code")), p);
        // a few communities moved out of an older, smaller station that is kept as closed
        jdbc.update("""
                insert into service_venue (region_id, region_level, kind, name, address, area_m2, opening_hours,
                                           services, closed_on)
                select c.id, 'COMMUNITY', 'STATION', c.name || '党群服务站（旧址）', c.name || '老街', 40,
                       '周一至周五 9:00-17:00', '党员活动',
                       :today - (100 + mod(abs(hashtext('old' || c.code)), 600))
                from demo_venue_comm c where %s < 150 order by c.id""".formatted(
                DemoGridSeeder.roll("'old' || c.code")), p);
        // a community's own stations serve the community itself
        jdbc.update("""
                insert into venue_circle (venue_id, community_id)
                select v.id, v.region_id from service_venue v where v.region_level = 'COMMUNITY' order by v.id""", p);
        log.info("Seeded {} service centres and {} stations in {} ms", centers, stations,
                (System.nanoTime() - t0) / 1_000_000);
    }
}
