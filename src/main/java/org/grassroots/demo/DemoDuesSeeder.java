package org.grassroots.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of Party dues for the demo city: a yearly base for most probationary and full members (by
 * their occupation: in service, retired, student, unemployed or on relief; wages and pensions across
 * every bracket), the annual reassessment in January and a few income changes within the year, and
 * payments for the twelve months up to this one, mostly quarterly, some monthly or half-yearly, mostly in cash or
 * by WeChat. About one member in ten is a few months behind, one in twenty-five has stopped paying for
 * six months or more (the flag), some skipped two months in between, some have paid this month
 * already, three members paid a voluntary extra that goes to the Centre, one in thirty has no base yet;
 * the first branch has an approved exemption and a request waiting for the street.
 *
 * <p>Amounts are computed here in SQL with the brackets of the Dues Regs and the default settings
 * (rounded half up to the fen, the fixed amount of 0.20 yuan); a test holds them to {@code DuesPolicy}.
 * Set-based, random only through {@code hashtext} of stable keys (ID mask, name and birth date). The
 * payments and their months are loaded with their keys, indexes and foreign keys set aside and put
 * back in the same transaction, which checks and builds each in one pass.
 */
@Component
public class DemoDuesSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDuesSeeder.class);

    private final NamedParameterJdbcTemplate jdbc;

    DemoDuesSeeder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }


    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String roll(String key) {
        return "mod(abs(hashtext(" + key + ")::bigint), 1000)::int";
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        YearMonth current = YearMonth.from(today);
        MapSqlParameterSource p = new MapSqlParameterSource("today", Date.valueOf(today))
                .addValue("now", Timestamp.from(Instant.now()))
                .addValue("start", Date.valueOf(current.minusMonths(11).atDay(1)))
                .addValue("january", Date.valueOf(YearMonth.of(current.getYear(), 1).atDay(1)))
                .addValue("change", Date.valueOf(current.minusMonths(4).atDay(1)))
                .addValue("current", Date.valueOf(current.atDay(1)))
                .addValue("december", Date.valueOf(YearMonth.of(current.getYear(), 12).atDay(1)))
                .addValue("cur", current.getYear() * 12 + current.getMonthValue() - 1);
        jdbc.getJdbcOperations().execute("""
                create temporary table demo_dues_mem on commit drop as
                select s.*, %s as roll, mod(abs(hashtext('grp' || s.k)), 10) as gk
                from (select m.id, m.id_number_masked || m.name || m.birth_date::text as k, m.occupation,
                             m.party_org_id as org,
                             date_trunc('month', coalesce(m.admitted_on, m.full_member_on))::date as admitted
                      from party_member m where m.status in ('PROBATIONARY', 'FULL')) s;
                create index on demo_dues_mem (id);
                analyze demo_dues_mem
                """.formatted(roll("'pay' || s.k")));
        long t1 = System.nanoTime();
        seedBases(p);
        long t2 = System.nanoTime();
        String loading = seedPayments(p);
        jdbc.getJdbcOperations().execute("""
                select setval(pg_get_serial_sequence('dues_payment', 'id'),
                              greatest(1, (select coalesce(max(id), 0) from dues_payment)))""");
        long t3 = System.nanoTime();
        seedReductions(p);
        long t4 = System.nanoTime();
        Integer payments = jdbc.getJdbcOperations().queryForObject(
                "select count(*) from dues_payment where recorded_by = 'demo'", Integer.class);
        log.info("Seeded {} demo dues payments in {} ms (members {}, bases {}, payments {}: {}; reductions {})",
                payments, ms(t0, t4), ms(t0, t1), ms(t1, t2), ms(t2, t3), loading, ms(t3, t4));
    }

    /** The yearly base from a year ago (or the admission month), January's reassessment, a few changes. */
    private void seedBases(MapSqlParameterSource p) {
        jdbc.update("""
                with s as (
                    select id, k, cat, base, greatest(cast(:start as date), coalesce(admitted, cast(:start as date)))
                               as first_month,
                           round(base * (100 + mod(%s, 6)) / 1000, 0) * 10 as january_base, %s as change_roll
                    from (select id, k, admitted,
                                 case occupation when 'RETIRED' then 'RETIRED' when 'STUDENT' then 'STUDENT'
                                     when 'FARMER' then 'FARMER'
                                     when 'UNEMPLOYED' then case when %s < 300 then 'RELIEF' else 'UNEMPLOYED' end
                                     else 'IN_SERVICE' end as cat,
                                 case when occupation = 'RETIRED' then (2500 + %s * 5)::numeric(12, 2)
                                      when occupation not in ('STUDENT', 'FARMER', 'UNEMPLOYED')
                                          then (1800 + %s * 14)::numeric(12, 2) end as base
                          from demo_dues_mem where %s >= 30) x
                ), rows as (
                    select id, first_month as month, cat, base, 'ANNUAL' as kind, null as note, 1 as ord from s
                    union all
                    select id, :january, cat, january_base, 'ANNUAL', null, 2 from s
                    where cat in ('IN_SERVICE', 'RETIRED') and first_month < :january
                    union all
                    select id, :change, 'IN_SERVICE',
                           round(case when cast(:change as date) >= :january and first_month < :january
                                      then january_base else base end * 125 / 1000, 0) * 10,
                           'CHANGE', '岗位调整，工资自当月起变动', 3 from s
                    where cat = 'IN_SERVICE' and change_roll < 20 and first_month < :change
                )
                insert into dues_base (member_id, effective_month, category, monthly_base, kind, note, recorded_by,
                                       recorded_at)
                select id, month, cat, base, kind, note, 'demo', :now from rows order by id, ord
                """.formatted(roll("'raise' || k"), roll("'change' || k"), roll("'relief' || k"),
                roll("'pension' || k"), roll("'wage' || k"), roll("'base' || k")), p);
    }

    /**
     * Every month from the first one owed to this month with what it owes (each base covers the months
     * up to the next one), whether it was paid, and the payment it belongs to: one per month, quarter
     * or half-year of consecutive paid months. One statement, so the months never leave memory.
     */
    private String seedPayments(MapSqlParameterSource p) {
        return bulkLoad(List.of("dues_payment", "dues_payment_month"), () -> jdbc.update("""
                with b as (
                    select member_id, category, monthly_base, eidx, nidx,
                           greatest(min(eidx) over (partition by member_id), aidx) as sidx
                    from (select x.member_id, x.category, x.monthly_base,
                                 (extract(year from x.effective_month) * 12 + extract(month from x.effective_month)
                                     - 1)::int as eidx,
                                 (extract(year from lead(x.effective_month) over w) * 12
                                     + extract(month from lead(x.effective_month) over w) - 1)::int as nidx,
                                 (extract(year from d.admitted) * 12 + extract(month from d.admitted) - 1)::int as aidx
                          from dues_base x join demo_dues_mem d on d.id = x.member_id
                          window w as (partition by x.member_id order by x.effective_month, x.id)) y
                ), months as (
                    select b.member_id as member, m.k, m.roll, m.gk, g.idx, b.sidx,
                           make_date(g.idx / 12, g.idx %% 12 + 1, 1) as month,
                           case b.category
                               when 'IN_SERVICE' then round(b.monthly_base * case when b.monthly_base <= 3000 then 0.5
                                   when b.monthly_base <= 5000 then 1.0 when b.monthly_base <= 10000 then 1.5 else 2.0
                                   end / 100, 2)
                               when 'RETIRED' then round(b.monthly_base * case when b.monthly_base <= 5000 then 0.5
                                   else 1.0 end / 100, 2)
                               when 'FARMER' then 0.50
                               else 0.20 end as amount
                    from b join demo_dues_mem m on m.id = b.member_id
                    cross join lateral generate_series(greatest(b.eidx, b.sidx),
                            least(coalesce(b.nidx - 1, :cur), :cur)) as g(idx)
                ), grouped as (
                    select member, k, month, amount, idx,
                           case when gk = 0 then idx when gk <= 6 then idx / 3 else idx / 6 end as period,
                           idx - row_number() over (partition by member order by idx) as island
                    from months d
                    where case when d.roll < 40 then d.idx < :cur - (6 + mod(d.roll, 4))
                               when d.roll < 140 then d.idx < :cur - (1 + mod(d.roll, 3))
                               when d.roll < 180 then d.idx < :cur and d.idx - d.sidx not in (3, 4)
                               when d.roll >= 900 then d.idx <= :cur
                               else d.idx < :cur end
                ), paid as (
                    select member, k, month, amount, idx,
                           (select coalesce(max(id), 0) from dues_payment)
                               + dense_rank() over (order by member, period, island) as payment
                    from grouped
                ), groups as (
                    select s.*, row_number() over (order by hashtext('centre' || k || first_idx), first_idx) <= 3
                               as centre
                    from (select payment as id, member, min(k) as k, min(month) as from_month, max(month) as to_month,
                                 min(idx) as first_idx, sum(amount) as amount
                          from paid group by payment, member) s
                ), payments as (
                    insert into dues_payment (id, member_id, from_month, to_month, amount, extra_amount, method,
                                              paid_on, recorded_by, recorded_at)
                    select id, member, from_month, to_month, amount,
                           case when centre then 1000 when %s < 15 then 50 else 0 end,
                           (array['CASH', 'CASH', 'CASH', 'CASH', 'WECHAT', 'WECHAT', 'WECHAT', 'ALIPAY',
                                  'BANK_TRANSFER', 'OTHER'])[1 + mod(abs(hashtext('method' || k)), 10)],
                           least(cast(:today as date),
                                 from_month + (2 + mod(abs(hashtext('day' || k || first_idx)), 20))),
                           'demo', :now
                    from groups
                )
                insert into dues_payment_month (payment_id, member_id, month, amount)
                select payment, member, month, amount from paid
                """.formatted(roll("'extra' || k || first_idx")), p));
    }

    /** The first branch: an approved exemption for a member who fell behind, and a request for the street. */
    private void seedReductions(MapSqlParameterSource p) {
        jdbc.update("""
                insert into dues_reduction (member_id, from_month, to_month, monthly_amount, reason, status,
                                            requested_by, requested_at, decided_by, decided_at, decision_note)
                select s.member, s.first_open, s.last_open, 0, '下岗后无固定收入，家庭生活困难', 'APPROVED', 'branch', :now,
                       'street', :now, '同意免交'
                from (select o.member, min(o.month) as first_open, max(o.month) as last_open
                      from (select m.id as member, m.k, g::date as month from demo_dues_mem m
                            join (select member_id, min(effective_month) as first_month from dues_base
                                  group by member_id) f on f.member_id = m.id
                            cross join lateral generate_series(greatest(f.first_month, m.admitted),
                                    cast(:current as date) - interval '1 month', interval '1 month') g
                            where m.org = (select min(id) from party_org where type = 'BRANCH')
                              and m.roll between 40 and 139
                              and not exists (select 1 from dues_payment_month pm where pm.member_id = m.id
                                              and pm.month = g::date)) o
                      group by o.member, o.k order by hashtext('exempt' || o.k) limit 1) s""", p);
        jdbc.update("""
                insert into dues_reduction (member_id, from_month, to_month, monthly_amount, reason, status,
                                            requested_by, requested_at)
                select m.id, :current, :december, 0, '本人长期患病，家庭生活困难，申请免交党费', 'PENDING', 'branch', :now
                from demo_dues_mem m
                where m.org = (select min(id) from party_org where type = 'BRANCH')
                  and exists (select 1 from dues_base b where b.member_id = m.id)
                  and not exists (select 1 from dues_payment_month pm where pm.member_id = m.id and pm.month >= :current)
                  and not exists (select 1 from dues_reduction r where r.member_id = m.id)
                order by hashtext('reduce' || m.k) limit 1""", p);
    }

    /**
     * Loads tables with their keys, indexes and foreign keys set aside, then puts them back, which
     * checks and builds each in one pass instead of row by row. One transaction: nobody sees the
     * tables without them, and a violation fails the seed. Definitions come from the catalog.
     */
    private String bulkLoad(List<String> tables, Runnable load) {
        JdbcOperations sql = jdbc.getJdbcOperations();
        List<String> drops = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        for (String kind : List.of("f", "pu")) {
            for (String table : tables) {
                for (Map<String, Object> k : jdbc.queryForList("""
                        select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
                        where conrelid = cast(:table as regclass) and strpos(:kinds, contype::text) > 0
                        order by conname""", Map.of("table", table, "kinds", kind))) {
                    String add = "alter table " + table + " add constraint " + k.get("name") + " " + k.get("definition");
                    (kind.equals("f") ? foreignKeys : keys).add(add);
                    drops.add("alter table " + table + " drop constraint " + k.get("name"));
                }
            }
        }
        for (String table : tables) {
            for (Map<String, Object> i : jdbc.queryForList("""
                    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
                    from pg_index i where i.indrelid = cast(:table as regclass)
                      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                    order by 1""", Map.of("table", table))) {
                indexes.add((String) i.get("definition"));
                drops.add("drop index " + i.get("name"));
            }
        }
        drops.forEach(sql::execute);
        long t0 = System.nanoTime();
        load.run();
        long t1 = System.nanoTime();
        keys.forEach(sql::execute);
        indexes.forEach(sql::execute);
        long t2 = System.nanoTime();
        foreignKeys.forEach(sql::execute);
        return "insert " + ms(t0, t1) + ", keys " + ms(t1, t2) + ", foreign keys " + ms(t2, System.nanoTime());
    }
}
