package org.grassroots.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grassroots.reporting.ReportingRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every demo community in-service members reporting to it: 3–6 service posts over the categories,
 * 5–15 reporting periods — about 45% full members of organizations in other communities (their
 * organization is the employer's), the rest people outside the system with an employer and its Party
 * organization — with 1–2 posts each, about a third with an earlier, renewed period, and 1–6 services
 * of 1–4 hours over this and the last quarter. About one period in nine is due for re-reporting, one in
 * eleven has expired without a new report (every community has at least one of each) and one in
 * twenty-five has ended.
 *
 * <p>Set-based SQL whose only chance is {@code hashtext} of stable keys (community codes and slot
 * numbers), like the grid seed; a few milliseconds.
 */
@Component
class DemoReportingSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoReportingSeeder.class);

    private static final String SURNAMES = "array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱']";
    private static final String GIVEN = "array['晓明','丽娟','建华','志刚','海涛','雅琴','文博','思远','春燕','俊杰']";
    private static final String TASKS = "array['入户宣讲惠民政策','清理楼道杂物和小广告','陪伴独居老人聊天购物',"
            + "'组织社区文体活动','参加夜间平安巡防','协助调解邻里纠纷','参与社区志愿服务日','为居民提供便民咨询']";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportingRules rules;

    DemoReportingSeeder(NamedParameterJdbcTemplate jdbc, ReportingRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    private static String roll(String key) {
        return "mod(abs(hashtext(" + key + ")::bigint), 1000)::int";
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(",", "array[",
                "]"));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        MapSqlParameterSource p = new MapSqlParameterSource("today", today).addValue("months", rules.reReportMonths())
                .addValue("lastQuarter", today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
                        .minusMonths(3));
        jdbc.update("""
                insert into service_post (community_id, category_code, name, capacity)
                select c.id, k.code,
                       case k.code when 'POLICY' then '政策宣讲岗' when 'ENVIRONMENT' then '环境整治岗'
                                   when 'ELDER_CARE' then '助老帮扶岗' when 'CULTURE' then '文体活动岗'
                                   when 'SAFETY' then '平安巡防岗' when 'MEDIATION' then '矛盾调解岗'
                                   when 'VOLUNTEERING' then '志愿服务岗' else '便民服务岗' end,
                       case when %s < 300 then null else 8 + mod(abs(hashtext('capn' || c.code || g)), 13) end
                from region c cross join generate_series(1, 6) g
                join (select code, row_number() over (order by sort_order, code) - 1 as ord, count(*) over () as cnt
                      from service_category where active) k
                  on k.ord = mod(abs(hashtext('post' || c.code)) + g * 3, k.cnt)
                where c.level = 'COMMUNITY' and g <= 3 + mod(abs(hashtext('posts' || c.code)), 4)
                order by c.id, g""".formatted(roll("'cap' || c.code || g")), p);
        String employers = array(Stream.concat(DemoNames.UNITS.stream(), DemoNames.COMPANIES.stream()).toList());
        jdbc.getJdbcOperations().execute("""
                create temporary table demo_rep_slot on commit drop as
                select c.id as community_id, s as ord, c.code || '/' || s as k,
                       row_number() over (order by c.id, s) as gslot
                from region c cross join generate_series(1, 15) s
                where c.level = 'COMMUNITY' and s <= 5 + mod(abs(hashtext('reports' || c.code)), 11);
                create temporary table demo_rep_cand on commit drop as
                select m.id, m.party_org_id, o.community_id, m.work_unit,
                       row_number() over (order by hashtext('cand' || m.id), m.id) as rn,
                       count(*) over () as cnt
                from party_member m join party_org o on o.id = m.party_org_id
                where m.status = 'FULL' and o.closed_on is null and o.community_id is not null;
                create index on demo_rep_cand (rn)
                """);
        // each slot: a member of another community's organization (no member twice), or an outsider
        jdbc.update("""
                create temporary table demo_rep on commit drop as
                with s as (select s.*, %1$s < 450 as is_member,
                                  case s.ord when 1 then 50 when 2 then 150 else %2$s end as st,
                                  abs(hashtext('d' || s.k)) as h
                           from demo_rep_slot s),
                     ms as (select s.*, row_number() over (order by s.gslot) as mslot,
                                   (select count(*) from demo_rep_cand) as cnt
                            from s where s.is_member),
                     pick as (select ms.k, case when a.community_id <> ms.community_id then a.id else b.id end as member_id,
                                     case when a.community_id <> ms.community_id then a.party_org_id else b.party_org_id end as org_id,
                                     case when a.community_id <> ms.community_id then a.work_unit else b.work_unit end as work_unit
                              from ms join demo_rep_cand a on a.rn = ms.mslot
                              join demo_rep_cand b on b.rn = ms.cnt + 1 - ms.mslot
                              where a.community_id <> ms.community_id or b.community_id <> ms.community_id),
                     d as (select s.*, pick.member_id, pick.org_id, pick.work_unit,
                                  (%3$s)[1 + mod(abs(hashtext('emp' || s.k)), %4$s)] as employer,
                                  case when s.st < 110 then ((:today + 1 + mod(s.h, 25)::int + 1)
                                                             - make_interval(months => :months))::date
                                       when s.st < 200 then ((:today - 3 - mod(s.h, 90)::int + 1)
                                                             - make_interval(months => :months))::date
                                       when s.st < 240 then :today - 20 - mod(s.h, 100)::int
                                       else :today - mod(s.h, 120)::int end as reported_on
                           from s left join pick on pick.k = s.k)
                select nextval('member_report_id_seq') as id, d.k, d.community_id, d.member_id, d.reported_on,
                       (d.reported_on + make_interval(months => :months))::date - 1 as valid_until,
                       case when d.st >= 200 and d.st < 240 then :today - mod(d.h / 7, 15)::int end as ended_on,
                       case when d.member_id is null then (%5$s)[1 + mod(abs(hashtext('s' || d.k)), 14)]
                                 || (%6$s)[1 + mod(abs(hashtext('g' || d.k)), 10)] end as person_name,
                       case when d.member_id is null then '13' || (5 + mod(abs(hashtext('p' || d.k)), 5))::text
                                 || lpad(mod(abs(hashtext('q' || d.k))::bigint, 100000000)::text, 8, '0') end as person_phone,
                       case when d.member_id is null then d.employer else coalesce(d.work_unit, d.employer) end as employer_name,
                       d.org_id as employer_org_id,
                       case when d.member_id is null then d.employer
                                 || case when mod(abs(hashtext(d.employer)), 2) = 0 then '党委' else '党总支' end end
                           as employer_org_name,
                       %7$s < 350 and (d.st < 110 or d.st >= 240) as renewed
                from d order by d.gslot""".formatted(roll("'kind' || s.k"), roll("'st' || s.k"), employers,
                DemoNames.UNITS.size() + DemoNames.COMPANIES.size(), SURNAMES, GIVEN, roll("'prev' || d.k")), p);
        int reports = jdbc.update("""
                insert into member_report (id, community_id, member_id, person_name, person_phone, employer_name,
                    employer_org_id, employer_org_name, reported_on, valid_until, ended_on)
                select id, community_id, member_id, person_name, person_phone, employer_name, employer_org_id,
                       employer_org_name, reported_on, valid_until, ended_on
                from demo_rep order by id""", p);
        // the period before, for those who have re-reported once already
        jdbc.update("""
                insert into demo_rep (id, k, community_id, member_id, reported_on, valid_until, person_name, person_phone,
                    employer_name, employer_org_id, employer_org_name, renewed)
                select nextval('member_report_id_seq'), k || '/prev', community_id, member_id,
                       (reported_on - make_interval(months => :months))::date, reported_on - 1, person_name, person_phone,
                       employer_name, employer_org_id, employer_org_name, false
                from demo_rep where renewed order by id""", p);
        jdbc.update("""
                insert into member_report (id, community_id, member_id, person_name, person_phone, employer_name,
                    employer_org_id, employer_org_name, reported_on, valid_until)
                select id, community_id, member_id, person_name, person_phone, employer_name, employer_org_id,
                       employer_org_name, reported_on, valid_until
                from demo_rep where k like '%/prev' order by id""", p);
        // one or two posts each, the earlier period keeping the same ones
        jdbc.update("""
                with posts as (select id, community_id, row_number() over (partition by community_id order by id) as ord,
                                      count(*) over (partition by community_id) as cnt from service_post),
                     choice as (select r.id, r.community_id, split_part(r.k, '/prev', 1) as base from demo_rep r)
                insert into member_report_post (report_id, post_id)
                select distinct c.id, p.id from choice c join posts p on p.community_id = c.community_id
                where p.ord = 1 + mod(abs(hashtext('p1' || c.base)), p.cnt)
                   or (%s < 450 and p.cnt > 1
                       and p.ord = 1 + mod(abs(hashtext('p1' || c.base)) + 1 + mod(abs(hashtext('p2' || c.base)), p.cnt - 1), p.cnt))
                """.formatted(roll("'two' || c.base")), p);
        // services over this and the last quarter, within each period and never after today
        int services = jdbc.update("""
                with w as (select r.id, r.k, greatest(r.reported_on, :lastQuarter) as first_day,
                                  least(r.valid_until, coalesce(r.ended_on, r.valid_until), :today) as last_day,
                                  (select min(x.post_id) from member_report_post x where x.report_id = r.id) as post_id
                           from demo_rep r)
                insert into service_record (report_id, post_id, served_on, hours, description, confirmed_by)
                select w.id, w.post_id,
                       w.first_day + mod(abs(hashtext('day' || w.k || i)), w.last_day - w.first_day + 1),
                       (2 + mod(abs(hashtext('h' || w.k || i)), 7)) / 2.0,
                       (%s)[1 + mod(abs(hashtext('t' || w.k || i)), 8)],
                       (%s)[1 + mod(abs(hashtext('c' || w.k)), 14)] || (%s)[1 + mod(abs(hashtext('cg' || w.k)), 10)]
                from w cross join generate_series(1, 6) i
                where w.last_day >= w.first_day and i <= 1 + mod(abs(hashtext('n' || w.k)), 6)
                order by w.id, i""".formatted(TASKS, SURNAMES, GIVEN), p);
        log.info("Seeded {} member reports with {} services in {} ms", reports, services,
                (System.nanoTime() - t0) / 1_000_000);
    }
}
