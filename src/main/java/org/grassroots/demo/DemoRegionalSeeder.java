package org.grassroots.demo;

import java.time.LocalDate;
import org.grassroots.regional.RegionalPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo city its regional Party building: a second contact for about half of the resident
 * units; a joint meeting in every street (its own units and one unit of each community) and in about a
 * third of the communities, meeting about once a period for two years — the second street of each
 * district has not met this period, and the first street of each district has a meeting scheduled;
 * follow-up items from recent meetings, some overdue; co-building agreements of each street's working
 * committee (one expiring soon in the first street of a district, one expired in the second) and of
 * some communities, with yearly reviews, some missing; needs in every community (last year and this),
 * resources from most units (some withdrawn or out of their span), and projects for about six needs in
 * ten, so that the matching page has open needs with candidates.
 *
 * <p>Set-based SQL whose only chance is {@code hashtext} of stable keys (region codes, unit names, days),
 * never generated ids: two seeds of the same city give the same rows, in a few milliseconds.
 */
@Component
class DemoRegionalSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoRegionalSeeder.class);

    private static final String SURNAMES = "array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱']";
    private static final String GIVEN = "array['志远','秀兰','晓东','丽萍','建军','文静','海涛','淑华','振宇','佳慧']";

    private static final String TOPICS = "array['通报上季度共建项目进展，研究本季度需求清单和资源清单的对接',"
            + "'研究老旧小区加装电梯和停车难问题的协调办法','部署辖区文明创建和环境整治联合行动',"
            + "'研究“一老一小”服务项目的资金和场地保障','通报平安建设形势，研究联防联治安排',"
            + "'审议年度共建协议履行情况和下一年度共建项目']";
    private static final String DECISIONS = "array['各成员单位按认领清单落实资源，下次会议通报进度',"
            + "'成立专项协调小组，由街道牵头、成员单位配合','各单位确定一名联络员负责对接，两周内报送方案',"
            + "'同意将三个项目列入年度项目清单']";
    private static final String FOLLOW_UPS = "array['开放单位会议室供社区居民议事使用','落实党员志愿者参加周末环境整治',"
            + "'提供困难家庭帮扶资金并报送使用情况','组织医护人员进社区义诊','派员参加夜间平安巡防',"
            + "'报送本单位可共享资源清单']";

    /** Needs by category: what residents or communities ask for. */
    private static final String NEEDS = """
            (values ('POLICY', '希望有人讲解医保和养老政策'), ('ENVIRONMENT', '小区楼道堆物和绿化带需要集中整治'),
                    ('ELDER_CARE', '独居老人需要定期上门探访和助餐'), ('CULTURE', '缺少青少年暑期活动场地'),
                    ('SAFETY', '夜间巡防力量不足，需要志愿者支援'), ('MEDIATION', '邻里和物业纠纷需要专业调解'),
                    ('VOLUNTEERING', '社区活动缺少志愿者'), ('OTHER', '需要捐赠图书充实社区书屋')) as nd(code, text)""";

    /** What units offer: type, category and description. */
    private static final String OFFERS = """
            (values (1, 'VENUE', 'CULTURE', '单位活动室周末向居民开放，可容纳50人'),
                    (2, 'EXPERTISE', 'MEDIATION', '法律顾问每月为居民提供免费咨询和调解'),
                    (3, 'VOLUNTEERS', 'VOLUNTEERING', '党员志愿者服务队10人，可参加社区活动'),
                    (4, 'MONEY', 'ELDER_CARE', '资助“一老一小”服务项目2万元'),
                    (5, 'EQUIPMENT', 'SAFETY', '巡防电动车2辆及对讲机'),
                    (6, 'EXPERTISE', 'ELDER_CARE', '医护人员每月进社区义诊'),
                    (7, 'VOLUNTEERS', 'ENVIRONMENT', '员工志愿者参加环境整治'),
                    (8, 'VENUE', 'POLICY', '党员活动室用于政策宣讲'),
                    (9, 'OTHER', 'OTHER', '捐赠图书500册')) as t(ord, type, category, text)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final RegionalPolicy policy;

    DemoRegionalSeeder(NamedParameterJdbcTemplate jdbc, RegionalPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    private static String roll(String key) {
        return "mod(abs(hashtext(" + key + ")::bigint), 1000)::int";
    }

    private static String pick(String array, int size, String key) {
        return "(" + array + ")[1 + mod(abs(hashtext(" + key + ")), " + size + ")]";
    }

    private static String person(String key) {
        return pick(SURNAMES, 14, key + " || 's'") + " || " + pick(GIVEN, 10, key + " || 'g'");
    }

    private static String phone(String key) {
        return "'13' || (5 + mod(abs(hashtext(" + key + " || 'p')), 5))::text"
                + " || lpad(mod(abs(hashtext(" + key + " || 'q'))::bigint, 100000000)::text, 8, '0')";
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        int months = policy.rules().jointMeetingMonths();
        MapSqlParameterSource p = new MapSqlParameterSource("today", today)
                .addValue("ps", policy.period(today).start()).addValue("months", months)
                .addValue("span", Math.min(80, months * 28)).addValue("year", today.withDayOfYear(1));
        int contacts = contacts(p);
        int members = members(p);
        int meetings = meetings(p);
        int followUps = followUps(p);
        int agreements = agreements(p);
        int lists = lists(p);
        log.info("Demo regional Party building: {} contacts, {} joint members, {} meetings, {} follow-ups, "
                + "{} agreements, {} list rows in {} ms", contacts, members, meetings, followUps, agreements, lists,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private int contacts(MapSqlParameterSource p) {
        int n = jdbc.update("""
                insert into resident_unit_contact (unit_id, name, title, phone)
                select u.id, u.contact_name, '办公室主任', u.contact_phone from resident_unit u
                where u.contact_name is not null order by u.id""", p);
        return n + jdbc.update("""
                insert into resident_unit_contact (unit_id, name, title, phone)
                select u.id, %s, %s, %s from resident_unit u join region r on r.id = u.region_id
                where %s < 550 order by u.id""".formatted(person("'c2' || r.code || u.name"),
                pick("array['党组织书记','工会主席','行政主管']", 3, "'ct' || r.code || u.name"),
                phone("'c2' || r.code || u.name"), roll("'c2' || r.code || u.name")), p);
    }

    private int members(MapSqlParameterSource p) {
        jdbc.update("""
                create temporary table demo_jm_seat on commit drop as
                select s.id, s.level, s.code, s.path, row_number() over (partition by s.parent_id order by s.code) as rn
                from region s
                where s.level = 'STREET' or (s.level = 'COMMUNITY' and %s < 350)""".formatted(roll("'jc' || s.code")),
                p);
        String key = "st.code || u.name";
        return jdbc.update("""
                insert into joint_member (region_id, region_level, unit_id, representative, representative_title,
                                          liaison_name, liaison_phone, joined_on, left_on)
                select st.id, st.level, u.id, %s, %s, %s, %s,
                       :today - (400 + mod(abs(hashtext('jd' || %s)), 500)),
                       case when %s < 80 then :today - (30 + mod(abs(hashtext('jl' || %s)), 200)) end
                from demo_jm_seat st join region r on r.path like st.path || '%%'
                join resident_unit u on u.region_id = r.id and u.closed_on is null
                where st.level = 'COMMUNITY' or r.level = 'STREET'
                   or u.id = (select min(u2.id) from resident_unit u2 where u2.region_id = r.id and u2.closed_on is null)
                order by st.id, u.id""".formatted(person("'rep' || " + key),
                pick("array['党委书记','副书记','主任','副主任']", 4, "'rt' || " + key), person("'li' || " + key),
                phone("'li' || " + key), key, roll("'jl' || " + key), key), p);
    }

    private int meetings(MapSqlParameterSource p) {
        int held = jdbc.update("""
                insert into joint_meeting (region_id, region_level, held_on, topics, decisions)
                select st.id, st.level, d.day, %s, %s
                from demo_jm_seat st cross join generate_series(0, 7) k
                cross join lateral (select (:ps - make_interval(months => k * :months))::date as start) pd
                cross join lateral (select case when k = 0
                        then pd.start + mod(abs(hashtext('jmd' || st.code || k)), greatest(1, :today - pd.start + 1))
                        else pd.start + mod(abs(hashtext('jmd' || st.code || k)), :span) end as day) d
                where (st.level = 'STREET' and not (k = 0 and st.rn = 2) and (k < 2 or %s < 880))
                   or (st.level = 'COMMUNITY' and %s < 550)
                order by st.id, k""".formatted(pick(TOPICS, 6, "'tp' || st.code || k"),
                pick(DECISIONS, 4, "'dc' || st.code || k"), roll("'jmk' || st.code || k"),
                roll("'jck' || st.code || k")), p);
        // the first street of each district has its next meeting scheduled, topics due 15 days before
        held += jdbc.update("""
                insert into joint_meeting (region_id, region_level, held_on, topics)
                select st.id, st.level, :today + 20, %s from demo_jm_seat st
                where st.level = 'STREET' and st.rn = 1""".formatted(pick(TOPICS, 6, "'tpf' || st.code")), p);
        jdbc.update("""
                insert into joint_meeting_attendance (meeting_id, member_id)
                select m.id, jm.id from joint_meeting m join region r on r.id = m.region_id
                join joint_member jm on jm.region_id = m.region_id join resident_unit u on u.id = jm.unit_id
                where m.held_on <= :today and jm.joined_on <= m.held_on
                  and (jm.left_on is null or jm.left_on >= m.held_on) and %s < 820""".formatted(
                roll("'at' || r.code || m.held_on || u.name")), p);
        return held;
    }

    private int followUps(MapSqlParameterSource p) {
        String key = "r.code || m.held_on || i";
        return jdbc.update("""
                insert into joint_follow_up (region_id, meeting_id, title, owner_unit_id, due_on, status, closed_on)
                select x.region_id, x.id, x.title, x.unit_id, x.due_on,
                       case when x.due_on < :today then
                              case when x.r < 600 then 'DONE' when x.r < 680 then 'DROPPED' else 'OPEN' end
                            else case when x.r < 250 then 'DONE' else 'OPEN' end end,
                       case when x.due_on < :today then
                              case when x.r < 680 then x.due_on - mod(x.r, 10) end
                            else case when x.r < 250 then least(:today, x.held_on + 7) end end
                from (select m.region_id, m.id, m.held_on, %s as title, o.unit_id,
                             m.held_on + 30 + mod(abs(hashtext('fd' || %s)), 60) as due_on, %s as r
                      from joint_meeting m join region r on r.id = m.region_id cross join generate_series(1, 2) i
                      join lateral (select jm.unit_id from joint_member jm join resident_unit u on u.id = jm.unit_id
                                    where jm.region_id = m.region_id and jm.left_on is null
                                    order by hashtext('ow' || %s || u.name), u.name limit 1) o on true
                      where m.held_on <= :today and m.held_on >= (:ps - make_interval(months => 2 * :months))::date
                        and (i = 1 or %s < 500)) x
                order by x.id""".formatted(pick(FOLLOW_UPS, 6, "'ft' || " + key), key, roll("'fs' || " + key), key,
                roll("'fi' || " + key)), p);
    }

    private int agreements(MapSqlParameterSource p) {
        jdbc.update("""
                create temporary table demo_lead on commit drop as
                select l.*, row_number() over (partition by l.parent_id, l.level order by l.code) as rn
                from (select distinct on (o.region_id) o.id as org_id, o.region_id, r.code, r.level, r.path, r.parent_id
                      from party_org o join region r on r.id = o.region_id left join party_org up on up.id = o.parent_id
                      where r.level in ('STREET', 'COMMUNITY') and o.closed_on is null and o.category = 'COMMUNITY'
                        and o.type <> 'PARTY_GROUP' and (up.id is null or up.region_id <> o.region_id)
                      order by o.region_id, o.id) l""", p);
        // slot 1 of a street: active for three years; slot 2: expiring soon (first street of a district),
        // expired (second), active (others); a community with an agreement: one, active for two years
        int n = jdbc.update("""
                insert into cobuild_agreement (region_id, party_org_id, unit_id, title, start_on, end_on,
                                               our_commitments, unit_commitments)
                select l.region_id, l.org_id, u.id, replace(rs.name, '街道', '') || '·' || u.name || '党建共建协议',
                       t.start_on, t.end_on,
                       '为单位党员报到和志愿服务提供岗位' || chr(10) || '每季度通报辖区需求清单' || chr(10) || '协调解决单位发展中遇到的困难',
                       '向居民开放活动场地' || chr(10) || '每年认领不少于2个共建项目' || chr(10) || '选派党员参加社区志愿服务'
                from demo_lead l join region rs on rs.id = l.region_id
                join lateral (select u.*, row_number() over (order by hashtext('ag' || l.code || u.name), u.name) as slot
                              from resident_unit u join region ur on ur.id = u.region_id
                              where ur.path like l.path || '%%' and u.closed_on is null
                                and (u.party_org_id is not null or u.party_org_name is not null)
                                and (l.level = 'COMMUNITY' or ur.level = 'STREET')) u
                  on u.slot <= case when l.level = 'STREET' then 2 else 1 end
                cross join lateral (select
                    case when l.level = 'STREET' and u.slot = 2 and l.rn = 1 then :today - 1050
                         when l.level = 'STREET' and u.slot = 2 and l.rn = 2 then :today - 1200
                         else :today - mod(abs(hashtext('as' || l.code || u.name)), 700) end as start_on,
                    case when l.level = 'STREET' and u.slot = 2 and l.rn = 1 then :today + 25 + mod(abs(hashtext('ae' || l.code)), 30)
                         when l.level = 'STREET' and u.slot = 2 and l.rn = 2 then :today - 60 - mod(abs(hashtext('ae' || l.code)), 120)
                         else :today - mod(abs(hashtext('as' || l.code || u.name)), 700) + case when l.level = 'STREET' then 1095 else 730 end
                    end as end_on) t
                where l.level = 'STREET' or %s < 450
                order by l.region_id, u.slot""".formatted(roll("'agc' || l.code")), p);
        jdbc.update("""
                insert into cobuild_review (agreement_id, reviewed_on, result, note)
                select a.id, (a.start_on + make_interval(years => y))::date + mod(abs(hashtext('rv' || r.code || u.name || y)), 20),
                       case when %1$s < 600 then 'GOOD' when %1$s < 900 then 'FAIR' else 'POOR' end,
                       '双方按协议履行承诺，共建项目按计划推进'
                from cobuild_agreement a join region r on r.id = a.region_id join resident_unit u on u.id = a.unit_id
                cross join generate_series(1, 3) y
                where (a.start_on + make_interval(years => y))::date + 20 <= least(:today, a.end_on + 30)
                  and %2$s >= 200""".formatted(roll("'rr' || r.code || u.name || y"),
                roll("'rv' || r.code || u.name || y")), p);
        return n;
    }

    private int lists(MapSqlParameterSource p) {
        String nk = "c.code || i";
        int needs = jdbc.update("""
                insert into regional_need (community_id, category, description, urgency, raised_by_kind, raised_by,
                                           raised_on)
                select c.id, nd.code, nd.text,
                       case when %1$s < 150 then 'URGENT' when %1$s < 400 then 'HIGH' when %1$s < 850 then 'NORMAL' else 'LOW' end,
                       case when %2$s < 600 then 'RESIDENT' else 'COMMUNITY' end,
                       case when %2$s < 600 then %3$s || '等居民' else c.name || '居委会' end,
                       case when i <= 2 then (:year - 30 - mod(abs(hashtext('nr' || %4$s)), 300))::date
                            else :year + mod(abs(hashtext('nr' || %4$s)), greatest(1, :today - :year + 1)) end
                from region c cross join generate_series(1, 8) i
                join %5$s on nd.code = (select sc.code from service_category sc where sc.active order by sc.sort_order, sc.code
                                        offset mod(abs(hashtext('nc' || %4$s)), 8) limit 1)
                where c.level = 'COMMUNITY' and i <= 4 + mod(abs(hashtext('nn' || c.code)), 4)
                order by c.id, i""".formatted(roll("'nu' || " + nk), roll("'nb' || " + nk), person("'np' || " + nk),
                nk, NEEDS), p);
        String rk = "r.code || u.name || i";
        int resources = jdbc.update("""
                insert into regional_resource (unit_id, type, category, description, available_from, available_to,
                                               availability, withdrawn_on)
                select u.id, t.type, t.category, t.text, f.available_from,
                       case when %1$s < 350 then null when %1$s < 920 then f.available_from + 540
                            else greatest(f.available_from, :today - 10) end,
                       %2$s, case when %3$s < 60 then :today - 20 end
                from resident_unit u join region r on r.id = u.region_id cross join generate_series(1, 2) i
                join %4$s on t.ord = 1 + mod(abs(hashtext('ro' || %5$s)), 9)
                cross join lateral (select (:year - mod(abs(hashtext('rf' || %5$s)), 200))::date as available_from) f
                where u.closed_on is null and (i = 1 or %6$s < 450) and %7$s < 880
                order by u.id, i""".formatted(roll("'rt' || " + rk), pick("array['工作日白天','周末全天','每月第一周','提前一周预约']",
                4, "'ra' || " + rk), roll("'rw' || " + rk), OFFERS, rk, roll("'r2' || " + rk),
                roll("'ru' || r.code || u.name")), p);
        String pk = "c.code || n.raised_on || n.description";
        jdbc.update("""
                create temporary table demo_pj on commit drop as
                select n.id as need_id, m.resource_id, m.unit_name, n.raised_on, n.description, %1$s as r, %2$s as d
                from regional_need n join region c on c.id = n.community_id join region s on s.id = c.parent_id
                join lateral (select x.id as resource_id, u.name as unit_name from regional_resource x
                              join resident_unit u on u.id = x.unit_id join region ur on ur.id = u.region_id
                              where x.category = n.category and ur.path like s.path || '%%'
                              order by hashtext('pm' || %3$s || u.name || x.description), u.name, x.description
                              limit 1) m on true
                where %4$s < 620""".formatted(roll("'ps' || " + pk), "mod(abs(hashtext('pd' || " + pk + ")), 90)", pk,
                roll("'pj' || " + pk)), p);
        int projects = jdbc.update("""
                insert into regional_project (need_id, name, origin, owner, deadline, status, outcome, people_served,
                                              done_on)
                select j.need_id, left(j.unit_name || '·' || j.description, 200),
                       case when j.r < 400 then 'UNIT_CLAIM' when j.r < 700 then 'MATCH' else 'COMMUNITY_CLAIM' end,
                       j.unit_name, j.raised_on + 30 + j.d, s.status,
                       case when s.status = 'DONE' then '项目按期完成，居民满意' end,
                       case when s.status = 'DONE' then 20 + j.d * 3 when s.status = 'ACTIVE' then 5 + j.d end,
                       case when s.status = 'DONE' then least(:today, j.raised_on + 10 + j.d) end
                from demo_pj j cross join lateral (select case when j.raised_on < :year then 'DONE'
                        when j.r < 380 then 'DONE' when j.r < 680 then 'ACTIVE' when j.r < 920 then 'PLANNED'
                        else 'CANCELLED' end as status) s
                order by j.need_id""", p);
        jdbc.update("""
                insert into regional_project_resource (project_id, resource_id)
                select pr.id, j.resource_id from regional_project pr join demo_pj j on j.need_id = pr.need_id""", p);
        return needs + resources + projects;
    }
}
