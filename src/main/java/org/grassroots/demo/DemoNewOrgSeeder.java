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
 * Gives the demo city its "two new" organizations: every enterprise or social organization branch
 * sitting in a community becomes a unit with its own organization (with two of its members linked);
 * every community has 4–7 more units and every street one or two of its own. Each open joint branch
 * covers two or three units of its community, the first one six units of its street (over the limit
 * of five); about three in ten of the others have a Party-building instructor; the rest are blind
 * spots. Some blind units employ three or more full members (should establish a branch), some were in
 * a joint branch and left it (built then scattered), a few have closed and a few have moved.
 *
 * <p>Set-based SQL whose only chance is {@code hashtext} of stable keys (region codes, organization
 * names): two seeds of the same city give the same units. Credit codes carry a GB 32100 check
 * character computed in SQL, and a running number that keeps them unique.
 */
@Component
class DemoNewOrgSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoNewOrgSeeder.class);

    private static final String CS = "'0123456789ABCDEFGHJKLMNPQRTUWXY'";
    private static final String WEIGHTS = "array[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]";
    private static final String SURNAMES = "array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱']";
    private static final String GIVEN = "array['建华','丽娟','志刚','晓明','秀梅','国强','海峰','玉珍','立新','春燕']";
    private static final String FIRMS = "array['华创','恒信','博远','新锐','瑞丰','德润','汇智','宏达','启航','天成',"
            + "'嘉禾','鼎盛','云帆','拓普','联邦','金桥']";
    private static final String TRADES = "array['科技有限公司','电子商务有限公司','餐饮管理有限公司','物流有限公司',"
            + "'文化传媒有限公司','建筑装饰工程有限公司','网络科技有限公司','健康管理有限公司','广告有限公司',"
            + "'软件开发有限公司','家政服务有限公司','教育咨询有限公司']";
    private static final String SOCIAL = "array['志愿者协会','社会工作服务中心','养老服务中心','文化艺术团',"
            + "'公益发展中心','人民调解服务中心','青少年服务中心','邻里互助会','慈善基金会','书画协会']";
    private static final String PLACES = "array['BUSINESS_BUILDING','INDUSTRIAL_PARK','COMMERCIAL_MARKET',"
            + "'PLATFORM','OTHER']";
    private static final String REASONS = "array['企业注销登记','迁出本市','被吊销营业执照','社会组织注销登记']";

    private final NamedParameterJdbcTemplate jdbc;

    DemoNewOrgSeeder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    /** A credit code: 91 (enterprise) or 52 (social organization), a division, an organization code, the check. */
    private static String code(String kind, String seq, String key) {
        String base = "(case " + kind + " when 'NON_PUBLIC_ENTERPRISE' then '91' else '52' end || '3301'"
                + " || lpad((1 + mod(abs(hashtext(" + key + " || 'dv')), 9))::text, 2, '0') || 'MA'"
                + " || substr(" + CS + ", 1 + mod(abs(hashtext(" + key + " || 'a')), 31), 1)"
                + " || substr(" + CS + ", 1 + mod(abs(hashtext(" + key + " || 'b')), 31), 1)"
                + " || lpad((" + seq + ")::text, 4, '0')"
                + " || substr(" + CS + ", 1 + mod(abs(hashtext(" + key + " || 'c')), 31), 1))";
        return "(select x.b || (select substr(" + CS + ", 1 + mod(31 - mod(sum((strpos(" + CS + ", substr(x.b, k, 1)) - 1)"
                + " * (" + WEIGHTS + ")[k]), 31), 31)::int, 1) from generate_series(1, 17) k) from (select " + base
                + " as b) x)";
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        MapSqlParameterSource p = new MapSqlParameterSource("today", today);
        // units with their own organization: the enterprise and social organization branches of the communities
        jdbc.update("""
                insert into new_org (kind, name, credit_code, street_id, community_id, location_type, address,
                                     employees, members_employed, full_members_employed, coverage_mode, party_org_id,
                                     opened_on)
                select t.kind, t.name, %s, t.street_id, t.region_id, %s, t.address,
                       t.members * 3 + 10 + mod(abs(hashtext('emp' || t.name)), 200), t.members, t.full_members,
                       'OWN_ORG', t.id, t.founded - (365 * (1 + mod(abs(hashtext('op' || t.name)), 6)))
                from (select o.id, r.street_id, o.region_id, row_number() over (order by o.id) as seq,
                             case o.category when 'PRIVATE_ENTERPRISE' then 'NON_PUBLIC_ENTERPRISE'
                                  else 'SOCIAL_ORGANIZATION' end as kind,
                             regexp_replace(o.name, '党(总)?支部$', '') as name,
                             replace(r.name, '社区', '') || '路' || (1 + mod(abs(hashtext('ad' || o.name)), 300)) || '号'
                                 as address,
                             least(coalesce(o.founded_on, :today - 1500), :today - 30) as founded,
                             (select count(*) from party_member m where m.party_org_id = o.id
                                and m.status in ('PROBATIONARY', 'FULL')) as members,
                             (select count(*) from party_member m where m.party_org_id = o.id
                                and m.status = 'FULL') as full_members
                      from party_org o join region r on r.id = o.region_id
                      where o.category in ('PRIVATE_ENTERPRISE', 'SOCIAL_ORGANIZATION') and r.level = 'COMMUNITY'
                        and o.type in ('BRANCH', 'GENERAL_BRANCH') and o.closed_on is null) t
                order by t.id""".formatted(code("t.kind", "t.seq", "t.name"), pick(PLACES, 5, "'pl' || t.name")), p);
        // the other units of every community and of every street
        String key = "g.ck || '-' || g.i";
        String bkey = "b.ck || '-' || b.i";
        jdbc.update("""
                with b as (
                    select c.code as ck, i, c.street_id, c.id as community_id, replace(c.name, '社区', '') as short
                    from region c cross join generate_series(1, 7) i
                    where c.level = 'COMMUNITY' and i <= 4 + mod(abs(hashtext('nn' || c.code)), 4)
                    union all
                    select s.code, i, s.id, null, replace(s.name, '街道', '')
                    from region s cross join generate_series(1, 2) i
                    where s.level = 'STREET' and i <= 1 + mod(abs(hashtext('nn' || s.code)), 2)),
                g as (
                    select b.*, 1000 + row_number() over (order by b.ck, b.i) as seq,
                           case when %9$s < 700 then 'NON_PUBLIC_ENTERPRISE' else 'SOCIAL_ORGANIZATION' end as kind,
                           case when %10$s < 450 then 0 when %10$s < 750 then 1 when %10$s < 900 then 2
                                else 3 + mod(abs(hashtext('m2' || %12$s)), 3) end as members,
                           %11$s < 300 as instructor,
                           :today - (400 + mod(abs(hashtext('op' || %12$s)), 4000)) as opened
                    from b)
                insert into new_org (kind, name, credit_code, street_id, community_id, location_type, address,
                                     employees, members_employed, full_members_employed, coverage_mode,
                                     instructor_name, instructor_phone, instructor_since, opened_on)
                select g.kind,
                       case when g.kind = 'NON_PUBLIC_ENTERPRISE' then '滨江' || %1$s || %2$s
                            else g.short || %3$s end,
                       %4$s, g.street_id, g.community_id, %5$s,
                       g.short || '路' || (1 + mod(abs(hashtext('ad' || %6$s)), 300)) || '号',
                       g.members * 4 + 5 + mod(abs(hashtext('emp' || %6$s)), 300), g.members,
                       greatest(0, g.members - mod(abs(hashtext('fm' || %6$s)), 2)),
                       case when g.instructor then 'INSTRUCTOR' else 'NONE' end,
                       case when g.instructor then %7$s end, case when g.instructor then %8$s end,
                       case when g.instructor
                            then least(g.opened + 30 + mod(abs(hashtext('is' || %6$s)), 900), :today - 1) end,
                       g.opened
                from g order by g.seq""".formatted(
                pick(FIRMS, 16, "'f' || " + key), pick(TRADES, 12, "'t' || " + key),
                pick(SOCIAL, 10, "'so' || " + key), code("g.kind", "g.seq", key), pick(PLACES, 5, "'pl' || " + key),
                key, person("'in' || " + key), phone("'in' || " + key), roll("'k' || " + bkey),
                roll("'m' || " + bkey), roll("'cv' || " + bkey), bkey), p);
        // joint branches: each covers two or three blind units of its community, the first six of its street
        jdbc.update("""
                with jb as (
                    select o.id, o.street_id, o.community_id,
                           case when o.id = (select min(id) from party_org where type = 'JOINT_BRANCH'
                                             and closed_on is null and community_id is not null) then 6
                                else 2 + mod(abs(hashtext('jb' || o.name || o.id)), 2) end as k
                    from party_org o where o.type = 'JOINT_BRANCH' and o.closed_on is null and o.community_id is not null),
                cand as (
                    select n.id as unit_id, jb.id as org_id, jb.k,
                           row_number() over (partition by jb.id order by (n.community_id = jb.community_id) desc, n.id) as rn
                    from jb join new_org n on n.street_id = jb.street_id and n.coverage_mode = 'NONE'
                    where n.community_id = jb.community_id or jb.k = 6),
                chosen as (
                    select distinct on (unit_id) unit_id, org_id from cand where rn <= k order by unit_id, k desc, org_id)
                update new_org n set coverage_mode = 'JOINT_BRANCH', party_org_id = chosen.org_id
                from chosen where chosen.unit_id = n.id""", p);
        // every unit starts uncovered on the day it opened; then its organization, joint branch or instructor came
        jdbc.update("""
                insert into new_org_coverage (new_org_id, changed_on, coverage_mode, recorded_by)
                select id, opened_on, 'NONE', 'demo' from new_org order by id""", p);
        jdbc.update("""
                insert into new_org_coverage (new_org_id, changed_on, coverage_mode, party_org_id, instructor_name,
                                              recorded_by)
                select n.id,
                       case n.coverage_mode
                            when 'OWN_ORG' then least(greatest(coalesce(o.founded_on, n.opened_on + 200),
                                                               n.opened_on + 1), :today - 1)
                            when 'JOINT_BRANCH' then least(n.opened_on + 60 + mod(abs(hashtext('jd' || n.credit_code)), 700),
                                                           :today - 1)
                            else n.instructor_since end,
                       n.coverage_mode, n.party_org_id, n.instructor_name, 'demo'
                from new_org n left join party_org o on o.id = n.party_org_id
                where n.coverage_mode <> 'NONE' order by n.id""", p);
        // built then scattered: some blind units were in a joint branch of their street and left it
        jdbc.update("""
                with s as (
                    select n.id, n.opened_on, (select min(o.id) from party_org o where o.type = 'JOINT_BRANCH'
                                               and o.street_id = n.street_id) as org_id
                    from new_org n where n.coverage_mode = 'NONE' and %s < 160)
                insert into new_org_coverage (new_org_id, changed_on, coverage_mode, party_org_id, note, recorded_by)
                select id, least(opened_on + 100, :today - 200), 'JOINT_BRANCH', org_id, null, 'demo'
                from s where org_id is not null
                union all
                select id, least(opened_on + 100, :today - 200) + 90 + mod(id * 37, 100)::int, 'NONE', null,
                       '企业人员流动大，联合党支部活动难以开展，未再纳入', 'demo'
                from s where org_id is not null
                order by 1, 2""".formatted(roll("'sc' || n.credit_code")), p);
        // a few moved from another community of their street
        jdbc.update("""
                insert into new_org_move (new_org_id, moved_on, from_street_id, from_community_id, to_street_id,
                                          to_community_id, note, recorded_by)
                select n.id, least(n.opened_on + 30 + mod(abs(hashtext('mv' || n.credit_code)), 300), :today - 1),
                       n.street_id, (select min(c.id) from region c where c.parent_id = n.street_id and c.id <> n.community_id),
                       n.street_id, n.community_id, '经营场所搬迁', 'demo'
                from new_org n where n.community_id is not null and %s between 900 and 949 order by n.id""".formatted(
                roll("'mv' || n.credit_code")), p);
        // a few closed, after everything else that happened to them
        jdbc.update("""
                update new_org n set closed_on = greatest(:today - (10 + mod(abs(hashtext('cd' || n.credit_code)), 300)),
                           (select max(changed_on) from new_org_coverage h where h.new_org_id = n.id),
                           coalesce((select max(moved_on) from new_org_move m where m.new_org_id = n.id), n.opened_on)),
                       close_reason = %s
                where n.coverage_mode in ('NONE', 'INSTRUCTOR') and %s between 950 and 989""".formatted(
                pick(REASONS, 4, "'rs' || n.credit_code"), roll("'mv' || n.credit_code")), p);
        // two members of each own organization are linked as working there
        jdbc.update("""
                insert into new_org_member (new_org_id, member_id, linked_on)
                select n.id, m.id, :today - mod(abs(hashtext('ln' || n.credit_code)), 300)
                from new_org n join lateral (select id from party_member where party_org_id = n.party_org_id
                                             and status = 'FULL' order by id limit 2) m on true
                where n.coverage_mode = 'OWN_ORG' order by n.id, m.id""", p);
        Integer units = jdbc.getJdbcTemplate().queryForObject("select count(*) from new_org", Integer.class);
        log.info("Seeded {} two-new organizations in {} ms", units, (System.nanoTime() - t0) / 1_000_000);
    }
}
