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
 * Gives the demo city its resident units and their reports: every street 2–4 units of its own (organs,
 * institutions, state enterprises, a chamber of commerce), every community 1–3 of mixed kinds. Where a
 * community already has the branch of an enterprise, social organization or institution, one unit is
 * that one, linked to its branch; the others name their Party organization, or have none. About two
 * units in three report to a community with commitments: most received, some awaiting receipt, some
 * ended, a few street-level units to two communities; a few units have closed.
 *
 * <p>Set-based SQL whose only chance is {@code hashtext} of stable keys (region codes and unit names):
 * two seeds of the same city give the same units and reports.
 */
@Component
class DemoResidentSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoResidentSeeder.class);

    private static final String SURNAMES = "array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱']";
    private static final String GIVEN = "array['建华','丽娟','志刚','晓明','秀梅','国强','海峰','玉珍','立新','春燕']";

    /** Street-level units: kind, name after the street's name. */
    private static final String STREET_UNITS = """
            (values (1, 'ORGAN', '司法所'), (2, 'ORGAN', '派出所'), (3, 'ORGAN', '市场监督管理所'),
                    (4, 'INSTITUTION', '社区卫生服务中心'), (5, 'INSTITUTION', '中心小学'), (6, 'INSTITUTION', '综合文化站'),
                    (7, 'STATE_ENTERPRISE', '供电服务站'), (8, 'STATE_ENTERPRISE', '邮政支局'),
                    (9, 'SOCIAL_ORGANIZATION', '商会')) as cat(ord, kind, suffix)""";

    /** Community units: kind, and the words before and after the community's short name. */
    private static final String COMMUNITY_UNITS = """
            (values (1, 'INSTITUTION', '', '幼儿园'), (2, 'NON_PUBLIC_ENTERPRISE', '', '物业服务有限公司'),
                    (3, 'SOCIAL_ORGANIZATION', '', '居家养老服务中心'), (4, 'NON_PUBLIC_ENTERPRISE', '', '便民超市有限公司'),
                    (5, 'STATE_ENTERPRISE', '中国工商银行', '支行'), (6, 'OTHER', '', '农贸市场'), (7, 'INSTITUTION', '', '小学'),
                    (8, 'NON_PUBLIC_ENTERPRISE', '', '餐饮管理有限公司'), (9, 'SOCIAL_ORGANIZATION', '', '社会工作服务社'),
                    (10, 'OTHER', '', '小区业主委员会')) as cat(ord, kind, pre, suf)""";

    /** What units commit to do for the community they report to. */
    private static final String COMMITMENTS = "array['每季度组织党员到社区开展志愿服务不少于1次',"
            + "'向社区开放会议室和活动场地','结对帮扶社区困难家庭2户','参与社区环境整治和文明创建',"
            + "'为居民提供免费法律咨询','每年为社区老人开展义诊2次','派员参加社区夜间平安巡防',"
            + "'资助社区“一老一小”服务项目']";

    private final NamedParameterJdbcTemplate jdbc;

    DemoResidentSeeder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String roll(String key) {
        return "mod(abs(hashtext(" + key + ")::bigint), 1000)::int";
    }

    private static String person(String key) {
        return "(" + SURNAMES + ")[1 + mod(abs(hashtext(" + key + " || 's')), 14)] || (" + GIVEN
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
        // a unit of each enterprise, social organization or institution branch in a community, for most communities
        jdbc.update("""
                insert into resident_unit (region_id, region_level, name, kind, address, party_org_id, contact_name,
                                           contact_phone)
                select o.region_id, r.level, regexp_replace(o.name, '党(总)?支部$', ''),
                       case o.category when 'PRIVATE_ENTERPRISE' then 'NON_PUBLIC_ENTERPRISE' else o.category end,
                       replace(r.name, '社区', '') || '路' || (1 + %s) || '号', o.id, %s, %s
                from (select o.*, row_number() over (partition by o.region_id order by o.id) as rn from party_org o
                      where o.category in ('PRIVATE_ENTERPRISE', 'SOCIAL_ORGANIZATION', 'INSTITUTION',
                                           'STATE_ENTERPRISE')
                        and o.type in ('BRANCH', 'JOINT_BRANCH', 'GENERAL_BRANCH') and o.closed_on is null) o
                join region r on r.id = o.region_id
                where o.rn = 1 and r.level in ('STREET', 'COMMUNITY') and %s < 700
                order by o.id""".formatted(roll("'addr' || o.name"), person("'uc' || o.name"), phone("'uc' || o.name"),
                roll("'ou' || r.code")), p);
        jdbc.update("""
                insert into resident_unit (region_id, region_level, name, kind, address, party_org_name, contact_name,
                                           contact_phone)
                select s.id, 'STREET', s.name || cat.suffix, cat.kind,
                       replace(replace(s.name, '街道', ''), '路', '') || '大道' || (1 + %s) || '号',
                       case when cat.kind <> 'SOCIAL_ORGANIZATION' or %s < 500 then s.name || cat.suffix || '党支部' end,
                       %s, %s
                from region s cross join generate_series(1, 4) i
                join %s on cat.ord = 1 + mod(abs(hashtext('ru' || s.code)) + i, 9)
                where s.level = 'STREET' and i <= 2 + mod(abs(hashtext('run' || s.code)), 3)
                order by s.id, i""".formatted(roll("'addr' || s.code || i"), roll("'po' || s.code || i"),
                person("'uc' || s.code || i"), phone("'uc' || s.code || i"), STREET_UNITS), p);
        jdbc.update("""
                insert into resident_unit (region_id, region_level, name, kind, address, party_org_name, contact_name,
                                           contact_phone)
                select c.id, 'COMMUNITY', cat.pre || replace(c.name, '社区', '') || cat.suf, cat.kind,
                       replace(c.name, '社区', '') || '路' || (1 + %s) || '号',
                       case when cat.kind in ('ORGAN', 'INSTITUTION', 'STATE_ENTERPRISE')
                              or (cat.kind <> 'OTHER' and %s < 450)
                            then cat.pre || replace(c.name, '社区', '') || cat.suf || '党支部' end,
                       %s, %s
                from region c cross join generate_series(1, 3) i
                join %s on cat.ord = 1 + mod(abs(hashtext('ru' || c.code)) + i, 10)
                where c.level = 'COMMUNITY'
                  and i <= 1 + mod(abs(hashtext('run' || c.code)), 3)
                     - (select count(*) from resident_unit u where u.region_id = c.id)
                order by c.id, i""".formatted(roll("'addr' || c.code || i"), roll("'po' || c.code || i"),
                person("'uc' || c.code || i"), phone("'uc' || c.code || i"), COMMUNITY_UNITS), p);
        // about two units in three report: a community unit to its community, a street unit to one of the street's
        String key = "r.code || u.name";
        int reports = jdbc.update("""
                with target as (
                    select u.id as unit_id, c.id as community_id, u.contact_name, u.contact_phone, %1$s as k,
                           c.code as ck
                    from resident_unit u join region r on r.id = u.region_id
                    join lateral (select c.id, row_number() over (order by c.code) as rn, count(*) over () as cnt
                                  from region c where c.parent_id = r.id) cs on r.level = 'STREET'
                    join region c on c.id = cs.id
                    where cs.rn = 1 + mod(abs(hashtext('rc' || %1$s)), cs.cnt)
                       or (%2$s < 250 and cs.rn = 1 + mod(abs(hashtext('rc' || %1$s)) + 1, cs.cnt))
                    union all
                    select u.id, u.region_id, u.contact_name, u.contact_phone, %1$s, r.code
                    from resident_unit u join region r on r.id = u.region_id where r.level = 'COMMUNITY'),
                rolled as (
                    select t.*, %3$s as fate, mod(abs(hashtext('rd' || t.k || t.ck)), 900) as back,
                           1 + mod(abs(hashtext('ci' || t.k)), 8) as a, mod(abs(hashtext('cj' || t.k)), 7) as b
                    from target t where %4$s < 667)
                insert into unit_report (unit_id, community_id, reported_on, contact_name, contact_phone, commitments,
                                         received_on, received_by, ended_on)
                select unit_id, community_id,
                       case when fate < 120 then :today - mod(back, 20)
                            when fate < 220 then :today - (400 + mod(back, 500))
                            else :today - (30 + back) end,
                       coalesce(contact_name, '未填写'), contact_phone,
                       (%5$s)[a] || '；' || (%5$s)[1 + mod(a + b, 8)] || '。',
                       case when fate >= 120 then (case when fate < 220 then :today - (400 + mod(back, 500))
                            else :today - (30 + back) end) + (1 + mod(back, 14)) end,
                       case when fate >= 120 then 'demo' end,
                       case when fate >= 120 and fate < 220 then :today - (400 + mod(back, 500)) + 365 end
                from rolled order by unit_id, community_id""".formatted(key, roll("'r2' || " + key),
                roll("'fate' || t.k || t.ck"), roll("'rep' || t.k"), COMMITMENTS), p);
        // a few units have closed: their open reports ended that day
        jdbc.update("""
                update resident_unit u set closed_on = :today - (10 + mod(abs(hashtext('cd' || u.name)), 200))
                from region r where r.id = u.region_id and %s < 50""".formatted(
                roll("'close' || u.name || r.code")), p);
        jdbc.update("""
                update unit_report x set ended_on = greatest(x.reported_on, u.closed_on)
                from resident_unit u where u.id = x.unit_id and u.closed_on is not null and x.ended_on is null""", p);
        log.info("Seeded resident units and {} unit reports in {} ms", reports, (System.nanoTime() - t0) / 1_000_000);
    }
}
