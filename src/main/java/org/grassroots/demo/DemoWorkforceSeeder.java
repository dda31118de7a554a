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
 * Gives every demo community a worker team and two years of funds, with the cases the pages flag.
 * Teams: a secretary (the community organization's secretary when it has one), a deputy, committee
 * members, a full-time Party worker, community workers sized to about 14–18 per 10,000 residents, and
 * in some communities a first secretary or an instructor. Every 11th community (from the 6th) has its
 * secretary post vacant (the former secretary left); every 7th (from the 4th) has no full-time Party
 * worker; first secretaries' terms end on days spread around today, so some end within 90 days and
 * some have ended. Funds: budget lines per category and source for last year and this year, monthly
 * spending up to today; every 9th community (from the 3rd) has no budget this year, every 8th (from the
 * 7th) spends far behind schedule, and every 10th (from the 5th) spends on Party building without a
 * budget line for it.
 *
 * <p>Set-based SQL over hashes of region codes: every seed gives the same rows in a few milliseconds.
 */
@Component
class DemoWorkforceSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkforceSeeder.class);

    private static final String SURNAMES = "(array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱','胡','郭'])";
    private static final String GIVEN = "(array['晓燕','建华','丽娟','志强','海燕','文杰','春梅','国栋','慧敏','子涵','俊杰',"
            + "'雅琴','明辉','思远','红霞','伟东','佳怡','立新'])";
    private static final String UNITS = "(array['市财政局','市发展改革委','区教育局','市国资委','区人社局','市供电公司'])";

    private static final String COMMUNITIES = """
            create temporary table demo_wf_comm on commit drop as
            select c.id, c.code, row_number() over (order by c.code) as ord,
                   coalesce((select sum(g.residents) from grid_node g
                             where g.community_id = c.id and g.kind = 'GRID' and g.closed_on is null), 0) as residents,
                   (select o.secretary_id from party_org o join party_member m on m.id = o.secretary_id
                    where o.region_id = c.id and o.closed_on is null and m.status = 'FULL'
                    order by o.id limit 1) as secretary_id
            from region c where c.level = 'COMMUNITY'
            """;

    /** One row per post to fill: the role, a sequence within it, full-time or not, and the age range. */
    private static final String SLOTS = """
            create temporary table demo_wf_slot on commit drop as
            select c.id, c.code, c.ord, 'SECRETARY' as role, 1 as seq, true as full_time, 38 as lo, 55 as hi
              from demo_wf_comm c where mod(c.ord, 11) <> 6
            union all select c.id, c.code, c.ord, 'DEPUTY_SECRETARY', 1, true, 32, 50 from demo_wf_comm c
            union all select c.id, c.code, c.ord, 'COMMITTEE_MEMBER', s, false, 28, 60
              from demo_wf_comm c, generate_series(1, 2 + mod(abs(hashtext('cm' || c.code)), 2)) s
            union all select c.id, c.code, c.ord, 'PARTY_WORKER', 1, mod(c.ord, 7) <> 4, 25, 45
              from demo_wf_comm c where mod(c.ord, 7) <> 4 or mod(c.ord, 2) = 0
            union all select c.id, c.code, c.ord, 'COMMUNITY_WORKER', s, mod(s, 6) <> 0, 23, 58
              from demo_wf_comm c,
                   generate_series(1, greatest(3, (c.residents * (12 + mod(abs(hashtext('cw' || c.code)), 7)) / 10000)::int
                                       - 2)) s
            union all select c.id, c.code, c.ord, 'FIRST_SECRETARY', 1, true, 30, 45
              from demo_wf_comm c where mod(c.ord, 6) = 1
            union all select c.id, c.code, c.ord, 'INSTRUCTOR', 1, false, 50, 64
              from demo_wf_comm c where mod(c.ord, 5) = 2
            """;

    private static final String WORKERS = """
            insert into community_worker (community_id, name, role, full_time, birth_year, education, start_on,
                                          certificate, dispatching_unit, term_end_on)
            select s.id,
                   %1$s[1 + mod(abs(hashtext('sn' || s.code || s.role || s.seq)), 16)]
                       || %2$s[1 + mod(abs(hashtext('gn' || s.code || s.role || s.seq)), 18)],
                   s.role, s.full_time,
                   :year - (s.lo + mod(abs(hashtext('age' || s.code || s.role || s.seq)), s.hi - s.lo + 1)),
                   case mod(abs(hashtext('edu' || s.code || s.role || s.seq)), 10)
                        when 0 then 'SENIOR_SECONDARY' when 1 then 'VOCATIONAL' when 2 then 'JUNIOR_COLLEGE'
                        when 3 then 'JUNIOR_COLLEGE' when 4 then 'JUNIOR_COLLEGE' when 9 then 'MASTER'
                        else 'BACHELOR' end,
                   case when s.role = 'FIRST_SECRETARY'
                        then cast(:today as date) + (mod(s.ord * 37, 400) - 40)::int - 730
                        else cast(:today as date) - (30 + mod(abs(hashtext('st' || s.code || s.role || s.seq)), 3000))
                   end,
                   case mod(abs(hashtext('cert' || s.code || s.role || s.seq)), 10)
                        when 4 then 'ASSISTANT' when 5 then 'ASSISTANT' when 6 then 'ASSISTANT'
                        when 7 then 'INTERMEDIATE' when 8 then 'INTERMEDIATE' when 9 then 'SENIOR' else 'NONE' end,
                   case when s.role = 'FIRST_SECRETARY' then %3$s[1 + mod(abs(hashtext('unit' || s.code)), 6)] end,
                   case when s.role = 'FIRST_SECRETARY' then cast(:today as date) + (mod(s.ord * 37, 400) - 40)::int end
            from demo_wf_slot s order by s.id, s.role, s.seq
            """.formatted(SURNAMES, GIVEN, UNITS);

    /** Former posts, kept as history: the secretary who left a vacant post, and a worker who left. */
    private static final String FORMER = """
            insert into community_worker (community_id, name, role, full_time, birth_year, education, start_on,
                                          end_on, certificate)
            select c.id, %1$s[1 + mod(abs(hashtext('fsn' || c.code)), 16)] || %2$s[1 + mod(abs(hashtext('fgn' || c.code)), 18)],
                   case when mod(c.ord, 11) = 6 then 'SECRETARY' else 'COMMUNITY_WORKER' end, true,
                   :year - (40 + mod(abs(hashtext('fage' || c.code)), 20)), 'JUNIOR_COLLEGE',
                   cast(:today as date) - (900 + mod(abs(hashtext('fst' || c.code)), 900)),
                   cast(:today as date) - (20 + mod(abs(hashtext('fend' || c.code)), 200)), 'NONE'
            from demo_wf_comm c where mod(c.ord, 11) = 6 or mod(c.ord, 3) = 0
            """.formatted(SURNAMES, GIVEN);

    private static final String BUDGETS = """
            insert into fund_budget (community_id, year, category, source, amount, note)
            select c.id, y.year, l.category, l.source, l.amount, null
            from demo_wf_comm c
            cross join (values (:year - 1), (:year)) as y(year)
            cross join lateral (values
                ('WORK', 'STREET', 40000 + mod(abs(hashtext('bw' || c.code || y.year)), 6) * 10000),
                ('PARTY_BUILDING', 'DISTRICT', 20000 + mod(abs(hashtext('bp' || c.code || y.year)), 4) * 5000),
                ('MASSES', 'DISTRICT', greatest(50000, round(c.residents * (15 + mod(abs(hashtext('bm' || c.code)), 10)), -3))),
                ('MASSES', 'SOCIAL', case when mod(c.ord, 4) = 0 then 10000 + mod(abs(hashtext('bs' || c.code)), 5) * 4000 end),
                ('PAY', 'DISTRICT', 300000 + mod(abs(hashtext('bpay' || c.code || y.year)), 5) * 50000)
            ) as l(category, source, amount)
            where l.amount is not null
              and not (y.year = :year and mod(c.ord, 9) = 3)
              and not (y.year = :year and mod(c.ord, 10) = 5 and l.category = 'PARTY_BUILDING')
            order by c.id, y.year, l.category, l.source
            """;

    /**
     * Monthly spending per budgeted category up to today: 70–119% of a month's share, 25% in the
     * communities behind schedule; plus Party-building spending where that category has no budget.
     */
    private static final String SPENDING = """
            insert into fund_spending (community_id, spent_on, category, amount, purpose)
            select b.community_id, d.day, b.category,
                   round(b.amount / 12 * case when mod(c.ord, 8) = 7 and b.year = :year then 0.25
                                              else 0.70 + mod(abs(hashtext('f' || c.code || b.category || d.m)), 50) / 100.0
                                         end, 2),
                   case b.category when 'WORK' then '办公及会议支出' when 'PARTY_BUILDING' then '主题党日活动'
                        when 'MASSES' then '为民服务项目' else '社区工作者报酬' end
                   || '（' || d.m || '月）'
            from (select community_id, year, category, sum(amount) as amount from fund_budget
                  where year in (:year - 1, :year) group by community_id, year, category) b
            join demo_wf_comm c on c.id = b.community_id
            cross join lateral (select m, make_date(b.year, m, 1 + mod(abs(hashtext('day' || c.code || b.category || m)), 27))
                                       as day
                                from generate_series(1, 12) m) d
            where d.day <= cast(:today as date)
            union all
            select c.id, least(make_date(:year, 1 + mod(abs(hashtext('ub' || c.code || k)), 6), 10 + k),
                               cast(:today as date)),
                   'PARTY_BUILDING', 1200 + k * 850.5, '党员教育培训（无预算）'
            from demo_wf_comm c cross join generate_series(1, 2) k where mod(c.ord, 10) = 5
            order by 1, 2
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DemoWorkforceSeeder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        MapSqlParameterSource p = new MapSqlParameterSource("today", today).addValue("year", today.getYear());
        jdbc.getJdbcOperations().execute(COMMUNITIES);
        jdbc.getJdbcOperations().execute(SLOTS);
        int workers = jdbc.update(WORKERS, p);
        // the secretary is the community organization's secretary where there is one, as in the record
        jdbc.update("""
                update community_worker w
                set member_id = m.id, name = m.name, birth_year = extract(year from m.birth_date)::int,
                    education = m.education
                from demo_wf_comm c join party_member m on m.id = c.secretary_id
                where w.community_id = c.id and w.role = 'SECRETARY' and w.end_on is null""", p);
        workers += jdbc.update(FORMER, p);
        int budgets = jdbc.update(BUDGETS, p);
        int spending = jdbc.update(SPENDING, p);
        log.info("Demo workforce and funds: {} posts, {} budget lines, {} spending entries in {} ms", workers, budgets,
                spending, (System.nanoTime() - t0) / 1_000_000);
    }
}
