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
 * Gives every demo community 8–25 registered volunteers — current members of its organizations and
 * residents by name and phone, about one in seven of them since left — and 4–12 volunteer
 * activities spread over this year so far, where about half of the volunteers registered on the day
 * serve 1 to 4.5 hours.
 *
 * <p>Set-based SQL whose only chance is {@code hashtext} of stable keys (community codes, slot and
 * activity ordinals, member ids), so every seed gives the same volunteers in a few milliseconds.
 */
@Component
class DemoVolunteerSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoVolunteerSeeder.class);

    private static final String SURNAMES = "array['马','朱','胡','郭','何','高','林','罗','郑','梁','谢','宋']";
    private static final String GIVEN = "array['红梅','立新','秀珍','文华','春燕','志明','美玲','建华','凤英','德胜']";
    private static final String SKILLS = "array['医疗保健','法律咨询','文艺表演','家电维修','心理疏导','书法绘画',"
            + "'摄影','理发','计算机','外语','烹饪','驾驶']";
    private static final String TITLES = "array['楼道清洁日','关爱空巢老人走访','文明交通劝导','垃圾分类宣传',"
            + "'义诊进社区','反诈宣传进万家','社区环境整治','助老理发','儿童暑期课堂','防汛巡查','邻里矛盾调解',"
            + "'消防安全检查']";
    private static final String PLACES = "array['社区党群服务站','社区广场','小区活动室','社区卫生服务站','社区文化中心']";

    private final NamedParameterJdbcTemplate jdbc;

    DemoVolunteerSeeder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String pick(String array, int size, String key) {
        return "(" + array + ")[1 + mod(abs(hashtext(" + key + ")), " + size + ")]";
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        MapSqlParameterSource p = new MapSqlParameterSource("today", today).addValue("yearStart",
                today.withDayOfYear(1)).addValue("elapsed", today.getDayOfYear());
        // slot i of a community takes its i-th current member (in a hash order of ids) when the roll says
        // member and the community has that many; otherwise a resident: no member is registered twice
        int volunteers = jdbc.update("""
                with mem as (select m.id, o.community_id,
                                    row_number() over (partition by o.community_id
                                                       order by hashtext('vm' || m.id), m.id) as rn
                             from party_member m join party_org o on o.id = m.party_org_id
                             where m.status in ('PROBATIONARY', 'FULL') and o.community_id is not null
                               and o.closed_on is null),
                     slot as (select c.id as community_id, c.code, i,
                                     %1$s < 450 as wants_member,
                                     :today - (20 + %2$s) as registered_on
                              from region c cross join generate_series(1, 25) i
                              where c.level = 'COMMUNITY' and i <= 8 + mod(abs(hashtext('volunteers' || c.code)), 18))
                insert into volunteer (community_id, member_id, person_name, person_phone, skills, registered_on,
                                       left_on)
                select s.community_id, m.id,
                       case when m.id is null then %3$s || %4$s end,
                       case when m.id is null then '13' || (5 + mod(abs(hashtext('vp' || s.code || s.i)), 5))::text
                           || lpad(mod(abs(hashtext('vq' || s.code || s.i))::bigint, 100000000)::text, 8, '0') end,
                       case when %5$s < 700 then %6$s end,
                       s.registered_on,
                       case when %7$s < 140 then s.registered_on + mod(abs(hashtext('vlo' || s.code || s.i)),
                                                                        (:today - s.registered_on) + 1) end
                from slot s left join mem m on m.community_id = s.community_id and m.rn = s.i and s.wants_member
                order by s.community_id, s.i""".formatted(
                DemoGridSeeder.roll("'vm' || code || i"), "mod(abs(hashtext('vr' || c.code || i)), 1400)",
                pick(SURNAMES, 12, "'vs' || s.code || s.i"), pick(GIVEN, 10, "'vg' || s.code || s.i"),
                DemoGridSeeder.roll("'vk' || s.code || s.i"), pick(SKILLS, 12, "'vk2' || s.code || s.i"),
                DemoGridSeeder.roll("'vl' || s.code || s.i")), p);
        // activities spread over the year so far: slot k of n falls in the k-th n-th of the days elapsed
        int activities = jdbc.update("""
                insert into volunteer_activity (community_id, title, held_on, place, description)
                select s.id, %s, :yearStart + ((s.k - 1) * :elapsed / s.n)::int
                                 + mod(abs(hashtext('ad' || s.code || s.k)), greatest(1, :elapsed / s.n)),
                       c.name || %s, null
                from (select c.id, c.code, k, 4 + mod(abs(hashtext('activities' || c.code)), 9) as n
                      from region c cross join generate_series(1, 12) k where c.level = 'COMMUNITY') s
                join region c on c.id = s.id
                where s.k <= s.n
                order by s.id, s.k""".formatted(pick(TITLES, 12, "'at' || s.code || s.k"),
                pick(PLACES, 5, "'ap' || s.code || s.k")), p);
        jdbc.update("""
                insert into volunteer_hours (activity_id, volunteer_id, hours)
                select a.id, v.id, (2 + mod(abs(hashtext('hh' || a.id || '/' || v.id)), 8)) * 0.5
                from volunteer_activity a join volunteer v on v.community_id = a.community_id
                where v.registered_on <= a.held_on and (v.left_on is null or v.left_on >= a.held_on)
                  and a.held_on <= :today and %s < 500
                order by a.id, v.id""".formatted(DemoGridSeeder.roll("'hv' || a.id || '/' || v.id")), p);
        // early in January several activities share a day: keep every volunteer within 24 hours a day
        jdbc.update("""
                delete from volunteer_hours h using (
                    select x.activity_id, x.volunteer_id,
                           sum(x.hours) over (partition by x.volunteer_id, a.held_on order by a.id) as running
                    from volunteer_hours x join volunteer_activity a on a.id = x.activity_id) r
                where r.activity_id = h.activity_id and r.volunteer_id = h.volunteer_id and r.running > 24""", p);
        log.info("Seeded {} volunteers and {} activities with their hours in {} ms", volunteers, activities,
                (System.nanoTime() - t0) / 1_000_000);
    }
}
