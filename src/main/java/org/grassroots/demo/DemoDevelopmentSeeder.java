package org.grassroots.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo city's applicants, activists, candidates and probationary members the development
 * steps their status and dates imply (domain-rules.md §3), with the cases the pages are for: about
 * three applicants in ten not yet talked to, activists past their year, a quarter of the older
 * candidates voted in by their branch in the last two months and waiting for the street's approval, and about one
 * probationary member in twelve whose probation ended 2–5 months ago — some waiting for the
 * street's approval of their full membership, some extended, the others still undecided.
 *
 * <p>A record whose dates are out of order (the city seeder moves a very young person's application
 * to their 18th birthday, after the day they became an activist) gets no steps: its dates cannot be
 * the days of real steps.
 *
 * <p>Those whose probation ended had their dates moved back by the same number of days (the seeded
 * city admits people at most a year ago); they attended their branch's meetings in between as
 * probationary members, without a vote, as the application would have listed them.
 *
 * <p>Set-based SQL whose only chance is {@code hashtext} of stable keys (a person's name and birth
 * date, never generated ids): every seed gives the same steps.
 */
@Component
class DemoDevelopmentSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDevelopmentSeeder.class);

    private final NamedParameterJdbcTemplate jdbc;

    DemoDevelopmentSeeder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A number from 0 to n - 1 drawn from the person's key and a salt. */
    private static String roll(String salt, int n) {
        return "mod(abs(hashtext(d.k || '" + salt + "'))::bigint, " + n + ")::int";
    }

    private static final String PEOPLE = """
            create temporary table demo_dev on commit drop as
            select m.id, m.party_org_id as org, m.status, m.name || m.birth_date::text as k, m.birth_date, m.applied_on as applied,
                   m.activist_on as activist, m.candidate_on as candidate, m.admitted_on as admitted,
                   m.party_group_id, m.committee_role, o.community_id, o.street_id, o.name as branch,
                   coalesce(p.name, o.name) as higher,
                   coalesce((select w.name from party_org w where w.region_id = o.street_id
                             and w.type = 'WORKING_COMMITTEE' order by w.id limit 1), s.name) as approver,
                   r.name || '委组织部' as department
            from party_member m join party_org o on o.id = m.party_org_id
            left join party_org p on p.id = o.parent_id
            join region s on s.id = o.street_id join region r on r.id = o.district_id
            where m.status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY') and o.community_id is not null
              and m.applied_on <= coalesce(m.activist_on, m.applied_on)
              and coalesce(m.activist_on, m.applied_on) <= coalesce(m.candidate_on, m.activist_on, m.applied_on);
            create temporary table demo_dev_full on commit drop as
            select m.id, o.community_id, row_number() over (partition by o.community_id order by m.id) as rn,
                   count(*) over (partition by o.community_id) as cnt
            from party_member m join party_org o on o.id = m.party_org_id
            where m.status = 'FULL' and o.community_id is not null and o.closed_on is null;
            create index on demo_dev_full (community_id, rn);
            create temporary table demo_dev_cnt on commit drop as
            select community_id, count(*) as cnt from demo_dev_full group by community_id;
            analyze demo_dev;
            analyze demo_dev_full;
            analyze demo_dev_cnt
            """;

    /** Probationary members whose year has ended: their dates move back, so that the year ended 20–144 days ago. */
    private static final String SHIFT = """
            create temporary table demo_dev_shift on commit drop as
            select d.id, d.org, d.admitted as old_admitted,
                   (:today - (385 + ROLL_SHIFT))::date - d.admitted as delta
            from demo_dev d
            where d.status = 'PROBATIONARY' and d.party_group_id is null and d.committee_role is null
              and ROLL_LATE < 8
              and d.birth_date + interval '18 years' <= d.applied + ((:today - (385 + ROLL_SHIFT))::date - d.admitted);
            update party_member m set applied_on = applied_on + s.delta, activist_on = activist_on + s.delta,
                   candidate_on = candidate_on + s.delta, admitted_on = admitted_on + s.delta
            from demo_dev_shift s where m.id = s.id;
            update demo_dev d set applied = applied + s.delta, activist = activist + s.delta,
                   candidate = candidate + s.delta, admitted = admitted + s.delta
            from demo_dev_shift s where d.id = s.id;
            update member_history h set effective_on = m.applied_on
            from demo_dev_shift s join party_member m on m.id = s.id
            where h.member_id = s.id and h.kind = 'JOINED';
            insert into meeting_attendance (meeting_id, member_id, status, voting)
            select mt.id, s.id, 'PRESENT', false
            from demo_dev_shift s
            cross join lateral (select x.id from meeting x where x.party_org_id = s.org
                                  and x.held_on >= s.old_admitted + s.delta and x.held_on < s.old_admitted
                                  and x.type not in ('BRANCH_COMMITTEE', 'HEART_TALK') and x.deleted_at is null
                                  and x.created_by = 'demo'
                                offset 0) mt
            on conflict do nothing
            """;

    /** Every step's day per person; a step with no day is not done yet. */
    private static final String DATES = """
            create temporary table demo_dev_days on commit drop as
            with base as (
                select d.*,
                       (d.admitted + interval '1 year')::date as prob_end,
                       least(d.admitted + 15 + ROLL_APPROVE, :today) as approved,
                       (d.admitted < :today - 365) as ended,
                       -- the fate of a year that ended: 0-2 up for conversion, 3 extended; the first and the last
                       -- person moved back take one of each, so the demo shows both whatever the day
                       case d.id when (select min(s.id) from demo_dev_shift s) then 3
                                 when (select max(s.id) from demo_dev_shift s) then 0
                                 else ROLL_FATE end as fate,
                       (d.status = 'CANDIDATE' and d.candidate <= :today - 140 and ROLL_ADMIT < 25) as voted,
                       (:today - 20 - ROLL_VOTE) as recent_vote
                from demo_dev d
            ),
            days as (
                select b.*,
                       b.applied as apply_on,
                       case when b.status = 'APPLICANT' and ROLL_TALKED >= 70 then null
                            when b.status = 'APPLICANT' then nullif(least(b.applied + 7 + ROLL_TALK, :today + 1), :today + 1)
                            else least(b.applied + 7 + ROLL_TALK, b.activist) end as talk_on,
                       b.activist + 5 + ROLL_FILED as activist_filed_on,
                       b.activist + 2 + ROLL_MENTORS as mentors_on,
                       case when b.status = 'ACTIVIST' and (b.activist + interval '6 months')::date > :today then null
                            else (b.activist + interval '6 months')::date end as training_on,
                       b.candidate + 5 + ROLL_CFILED as candidate_filed_on,
                       b.candidate + 7 + ROLL_INTRO as introducers_on,
                       nullif(least(b.candidate + 20 + ROLL_REVIEW, :today + 1), :today + 1) as review_on,
                       nullif(least(b.candidate + 15 + ROLL_COURSE, :today + 1), :today + 1) as course_on,
                       case when b.voted then b.recent_vote - 25 else b.admitted - 40 end as committee_on,
                       case when b.voted then b.recent_vote - 15 else b.admitted - 30 end as pre_review_on,
                       case when b.voted then b.recent_vote - 7 else b.admitted - 20 end as form_on,
                       case when b.voted then b.recent_vote else b.admitted end as vote_on,
                       case when b.voted then b.recent_vote + 5 + ROLL_SENT
                            else least(b.admitted + 8, b.approved) end as admission_sent_on
                from base b
            )
            select x.*, least(x.admitted + 5, x.admission_sent_on) as higher_talk_on,
                   case when x.voted then x.recent_vote + 3 else null end as voted_talk_on
            from days x;
            analyze demo_dev_days
            """;

    private static final String STEPS = """
            insert into member_step (member_id, step_code, done_on, submitted_on, decided_by, extension_months,
                                     approval_state, approver_street_id, approved_by, approved_at, recorded_by)
            select d.id, v.code, v.done_on, v.sent_on,
                   case s.decider when 'BRANCH' then d.branch when 'HIGHER' then d.higher
                                  when 'APPROVER' then d.approver else d.department end,
                   v.ext, v.state, case when v.state <> 'NONE' then d.street_id end,
                   case when v.state = 'APPROVED' then 'demo' end, case when v.state = 'APPROVED' then now() end,
                   'demo'
            from demo_dev_days d
            cross join lateral (values
                ('APPLY', d.apply_on, null::date, 'NONE', null::int),
                ('TALK', d.talk_on, null, 'NONE', null),
                ('ACTIVIST', case when d.status <> 'APPLICANT' then d.activist end, null, 'NONE', null),
                ('ACTIVIST_FILED', case when d.status <> 'APPLICANT' then d.activist_filed_on end, null, 'NONE', null),
                ('MENTORS', case when d.status <> 'APPLICANT' then d.mentors_on end, null, 'NONE', null),
                ('TRAINING', case when d.status <> 'APPLICANT' then d.training_on end, null, 'NONE', null),
                ('CANDIDATE', case when d.status in ('CANDIDATE', 'PROBATIONARY') then d.candidate end, null, 'NONE', null),
                ('CANDIDATE_FILED', case when d.status in ('CANDIDATE', 'PROBATIONARY') then d.candidate_filed_on end,
                    null, 'NONE', null),
                ('INTRODUCERS', case when d.status in ('CANDIDATE', 'PROBATIONARY') then d.introducers_on end,
                    null, 'NONE', null),
                ('POLITICAL_REVIEW', case when d.status in ('CANDIDATE', 'PROBATIONARY') then d.review_on end,
                    null, 'NONE', null),
                ('INTENSIVE_TRAINING', case when d.status in ('CANDIDATE', 'PROBATIONARY') then d.course_on end,
                    null, 'NONE', null),
                ('COMMITTEE_REVIEW', case when d.status = 'PROBATIONARY' or d.voted then d.committee_on end,
                    null, 'NONE', null),
                ('PRE_REVIEW', case when d.status = 'PROBATIONARY' or d.voted then d.pre_review_on end,
                    null, 'NONE', null),
                ('APPLICATION_FORM', case when d.status = 'PROBATIONARY' or d.voted then d.form_on end,
                    null, 'NONE', null),
                ('ADMISSION_VOTE', case when d.status = 'PROBATIONARY' or d.voted then d.vote_on end,
                    null, 'NONE', null),
                ('HIGHER_TALK', case when d.status = 'PROBATIONARY' then d.higher_talk_on
                                     when d.voted then d.voted_talk_on end, null, 'NONE', null),
                ('ADMISSION_APPROVAL', case when d.status = 'PROBATIONARY' then d.approved end,
                    case when d.status = 'PROBATIONARY' or d.voted then d.admission_sent_on end,
                    case when d.status = 'PROBATIONARY' then 'APPROVED' else 'PENDING' end, null),
                ('ADMISSION_FILED', case when d.status = 'PROBATIONARY' and d.approved + 7 <= :today
                    then d.approved + 7 end, null, 'NONE', null),
                ('PLACEMENT', case when d.status = 'PROBATIONARY' and d.approved + 2 <= :today
                    then d.approved + 2 end, null, 'NONE', null),
                ('OATH', case when d.status = 'PROBATIONARY' and d.approved + 10 + ROLL_OATH <= :today
                    then d.approved + 10 + ROLL_OATH end, null, 'NONE', null),
                ('PROBATION_ASSESSMENT', case when d.status = 'PROBATIONARY'
                    and (d.admitted + interval '6 months')::date <= :today
                    then (d.admitted + interval '6 months')::date end, null, 'NONE', null),
                ('CONVERSION_APPLICATION', case when d.status = 'PROBATIONARY' and d.prob_end - 20 <= :today
                    and d.prob_end - 20 >= d.approved then d.prob_end - 20 end, null, 'NONE', null),
                ('CONVERSION_VOTE', case when d.status = 'PROBATIONARY' and d.ended and d.fate < 3
                    then d.prob_end + 5 + ROLL_CVOTE end, null, 'NONE', null),
                ('CONVERSION_APPROVAL', null, case when d.status = 'PROBATIONARY' and d.ended and d.fate < 3
                    then d.prob_end + 8 + ROLL_CVOTE end, 'PENDING', null),
                ('EXTENSION', case when d.status = 'PROBATIONARY' and d.ended and d.fate = 3
                    then least(d.prob_end + 10, :today) end,
                    case when d.status = 'PROBATIONARY' and d.ended and d.fate = 3
                    then least(d.prob_end + 3, :today) end, 'APPROVED', 6)
            ) as v(code, done_on, sent_on, state, ext)
            join development_step s on s.code = v.code
            where coalesce(v.done_on, v.sent_on) is not null
            order by d.id, s.seq
            """;

    /** Mentors and introducers: two different full members of the person's community. */
    private static final String PEOPLE_NAMED = """
            insert into member_step_person (step_id, member_id, role)
            select t.step_id, f.id, t.role
            from (select ms.id as step_id, d.community_id,
                         case ms.step_code when 'MENTORS' then 'MENTOR' else 'INTRODUCER' end as role,
                         1 + mod(mod(abs(hashtext(d.k || ms.step_code))::bigint, c.cnt)
                             + slot.n * (1 + mod(abs(hashtext(d.k || ms.step_code || 'b'))::bigint, c.cnt - 1)),
                             c.cnt) as rn
                  from member_step ms join demo_dev d on d.id = ms.member_id
                  join demo_dev_cnt c on c.community_id = d.community_id and c.cnt >= 2
                  cross join (values (0), (1)) as slot(n)
                  where ms.step_code in ('MENTORS', 'INTRODUCERS') and ms.recorded_by = 'demo') t
            join demo_dev_full f on f.community_id = t.community_id and f.rn = t.rn
            """;

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        MapSqlParameterSource p = new MapSqlParameterSource("today", today);
        jdbc.getJdbcTemplate().execute(PEOPLE);
        for (String statement : rolls(SHIFT).split(";\n")) {
            jdbc.update(statement, p);
        }
        for (String statement : rolls(DATES).split(";\n")) {
            jdbc.update(statement, p);
        }
        int[] counts = new int[2];
        withoutForeignKeys(List.of("member_step", "member_step_person"), () -> {
            counts[0] = jdbc.update(rolls(STEPS), p);
            counts[1] = jdbc.update(PEOPLE_NAMED, p);
        });
        log.info("Seeded {} development steps naming {} mentors and introducers in {} ms", counts[0], counts[1],
                (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Loads the tables with their foreign keys set aside and puts them back, which checks each in one
     * pass instead of row by row (several times the cost of the insert). All of it is the seed's one
     * transaction, so a violation still fails the seed; the definitions come from the catalog.
     */
    private void withoutForeignKeys(List<String> tables, Runnable load) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (String table : tables) {
            keys.put(table, jdbc.query("""
                    select 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
                    where conrelid = cast(:table as regclass) and contype = 'f' order by conname""",
                    Map.of("table", table), (rs, i) -> rs.getString(1)));
        }
        keys.forEach((table, defs) -> defs.forEach(d -> jdbc.getJdbcTemplate().execute("alter table " + table
                + " drop " + d.substring(0, d.indexOf(' ', "constraint ".length())))));
        load.run();
        keys.forEach((table, defs) -> {
            if (!defs.isEmpty()) {
                jdbc.getJdbcTemplate().execute("alter table " + table + " "
                        + String.join(", ", defs.stream().map(d -> "add " + d).toList()));
            }
        });
    }

    private static String rolls(String sql) {
        return sql.replace("ROLL_SHIFT", roll("shift", 125)).replace("ROLL_LATE", roll("late", 100))
                .replace("ROLL_APPROVE", roll("approve", 30)).replace("ROLL_FATE", roll("fate", 10))
                .replace("ROLL_ADMIT", roll("admit", 100)).replace("ROLL_VOTE", roll("vote", 40)).replace("ROLL_TALKED", "mod(abs(hashtext(b.k || 'talked'))::bigint, 100)::int")
                .replace("ROLL_TALK", "mod(abs(hashtext(b.k || 'talk'))::bigint, 21)::int")
                .replace("ROLL_FILED", "mod(abs(hashtext(b.k || 'filed'))::bigint, 10)::int")
                .replace("ROLL_MENTORS", "mod(abs(hashtext(b.k || 'mentors'))::bigint, 6)::int")
                .replace("ROLL_CFILED", "mod(abs(hashtext(b.k || 'cfiled'))::bigint, 10)::int")
                .replace("ROLL_INTRO", "mod(abs(hashtext(b.k || 'intro'))::bigint, 10)::int")
                .replace("ROLL_REVIEW", "mod(abs(hashtext(b.k || 'review'))::bigint, 30)::int")
                .replace("ROLL_COURSE", "mod(abs(hashtext(b.k || 'course'))::bigint, 20)::int")
                .replace("ROLL_SENT", "mod(abs(hashtext(b.k || 'sent'))::bigint, 10)::int")
                .replace("ROLL_OATH", roll("oath", 20)).replace("ROLL_CVOTE", roll("cvote", 10));
    }
}
