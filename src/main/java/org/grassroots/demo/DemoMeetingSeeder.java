package org.grassroots.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.grassroots.meeting.ComplianceService;
import org.grassroots.meeting.ComplianceWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo city its organizational life: branch committees and Party group members, then
 * about two years of meetings (from the compliance window's first day to today) for every branch and
 * Party group, as the requirement table asks, with attendance and a few resolutions. Most
 * organizations keep most requirements; about one in ten is chronically behind, one in twenty has
 * lapsed in the last months, and any period may be missed at random, so the compliance pages show a
 * mix of done, due and overdue.
 *
 * <p>Everything is set-based SQL whose only chance is a hash ({@code hashtext}, {@code hashint8}) of
 * stable keys (organization and member ids, types, dates), never of generated meeting ids: two seeds
 * of the same city give the same meetings. It runs at every first start and in every test JVM, so it
 * must stay within seconds (about 2 s on 2 cores for 15,000 meetings and 285,000 attendance rows).
 */
@Component
public class DemoMeetingSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetingSeeder.class);

    private static final String BRANCH_TYPES = "('BRANCH', 'JOINT_BRANCH', 'TEMPORARY_BRANCH')";

    /** Membership on the day of the meeting, as meeting/Attendees.java decides it. */
    private static final String MEMBER_ON_DAY = """
            (pm.admitted_on <= mt.held_on or (pm.admitted_on is null and pm.status = 'FULL'))
            and (pm.left_on is null or pm.left_on > mt.held_on)
            and pm.status not in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'NOT_APPROVED', 'MEMBERSHIP_SUSPENDED')""";

    private static final String VOTING = """
            case when pm.full_member_on is not null then pm.full_member_on <= mt.held_on
                 else pm.status = 'FULL' end""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ComplianceService compliance;
    private final ComplianceWindow window;

    DemoMeetingSeeder(NamedParameterJdbcTemplate jdbc, ComplianceService compliance, ComplianceWindow window) {
        this.jdbc = jdbc;
        this.compliance = compliance;
        this.window = window;
    }

    /** A number in 0..999 drawn from a key: the seed's only source of chance. */
    static String roll(String key) {
        return "mod(abs(hashtext(" + key + ")::bigint), 1000)::int";
    }

    /** Runs inside the demo seed's transaction, after the people and the secretaries are in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void seed() {
        long t0 = System.nanoTime();
        LocalDate today = window.today();
        LocalDate since = window.since();
        MapSqlParameterSource p = params(since, today);
        int committee = seatCommittees(p);
        int grouped = fillGroups(p);
        long t1 = System.nanoTime();
        int meetings = bulkLoad("meeting", false,
                () -> jdbc.update(scheduledMeetingsSql(), p) + jdbc.update(electionsSql(), p));
        long t2 = System.nanoTime();
        int attendance = bulkLoad("meeting_attendance", true, () -> jdbc.update(attendanceSql(), p));
        long t3 = System.nanoTime();
        int resolutions = jdbc.update(resolutionsSql(), p);
        // statistics of the rows just loaded (this transaction's own, which ANALYZE reads too): planned
        // as if the tables were empty, the summaries' statements took several times longer
        jdbc.getJdbcOperations().execute("analyze region, party_org, party_member, meeting, meeting_attendance");
        long t4 = System.nanoTime();
        // the summaries, derived from the meetings just as a rebuild does it (their foreign keys, too,
        // cost more checked row by row than the rows themselves)
        ComplianceService.RebuildReport report = bulkLoad("org_period_status", false,
                () -> bulkLoad("compliance_rollup", false, compliance::rebuild));
        long t5 = System.nanoTime();
        log.info("Seeded {} demo meetings ({} to {}) with {} attendance rows and {} resolutions, {} committee members"
                + " and {} Party group members, and {} compliance status rows, in {} ms (roles {}, meetings {},"
                + " attendance {}, resolutions {}, summaries {})", meetings, since, today, attendance, resolutions,
                committee, grouped, report.statusRows(), ms(t0, t5), ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4),
                ms(t4, t5));
    }

    /**
     * Seats the branch committees and fills the Party groups of any city, as {@link #seed()} does
     * first for the demo city (committee members chosen among those who were full members by
     * {@code since}); the city-scale generator's meetings start from here. Returns the people placed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int seatCommitteesAndGroups(LocalDate since) {
        MapSqlParameterSource p = new MapSqlParameterSource("since", since);
        return seatCommittees(p) + fillGroups(p);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Bulk-loads a table with its foreign keys (and, when asked, its keys and indexes) set aside, then
     * puts them back, which checks and builds each in one pass: row by row, the foreign key checks
     * cost several times the insert itself (about 6 s for the attendance) and the index upkeep about
     * as much as the insert. The rows come from joins with the rows they refer to, and all of it is
     * one transaction, so nothing else sees the table without its constraints, and a violation still
     * fails the whole seed. The definitions are read from the catalog, so they stay the migrations'.
     */
    private <T> T bulkLoad(String table, boolean indexesToo, Supplier<T> load) {
        Map<String, String> of = Map.of("table", table);
        List<Map<String, Object>> foreignKeys = jdbc.queryForList("""
                select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
                where conrelid = cast(:table as regclass) and contype = 'f' order by conname""", of);
        List<Map<String, Object>> keys = !indexesToo ? List.of() : jdbc.queryForList("""
                select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
                where conrelid = cast(:table as regclass) and contype in ('p', 'u') order by conname""", of);
        List<Map<String, Object>> indexes = !indexesToo ? List.of() : jdbc.queryForList("""
                select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
                from pg_index i where i.indrelid = cast(:table as regclass)
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                order by 1""", of);
        JdbcOperations sql = jdbc.getJdbcOperations();
        List<String> drops = new java.util.ArrayList<>();
        foreignKeys.forEach(k -> drops.add("alter table " + table + " drop constraint " + k.get("name")));
        keys.forEach(k -> drops.add("alter table " + table + " drop constraint " + k.get("name")));
        indexes.forEach(i -> drops.add("drop index " + i.get("name")));
        drops.forEach(sql::execute);
        T result = load.get();
        keys.forEach(k -> sql.execute("alter table " + table + " add constraint " + k.get("name") + " "
                + k.get("definition")));
        indexes.forEach(i -> sql.execute((String) i.get("definition")));
        if (!foreignKeys.isEmpty()) {
            sql.execute("alter table " + table + " " + String.join(", ", foreignKeys.stream()
                    .map(k -> "add constraint " + k.get("name") + " " + k.get("definition")).toList()));
        }
        return result;
    }

    private static MapSqlParameterSource params(LocalDate since, LocalDate today) {
        MapSqlParameterSource p = new MapSqlParameterSource("since", since).addValue("today", today)
                .addValue("places", DemoMeetingTexts.PLACES)
                .addValue("starts", DemoMeetingTexts.START_TIMES)
                .addValue("lectures", DemoMeetingTexts.LECTURE_TITLES)
                .addValue("agendas", DemoMeetingTexts.AGENDAS)
                .addValue("resolutions", DemoMeetingTexts.RESOLUTIONS)
                .addValue("excuses", DemoMeetingTexts.EXCUSES)
                .addValue("electionTopic", DemoMeetingTexts.ELECTION_TOPIC)
                .addValue("electionResolution", DemoMeetingTexts.ELECTION_RESOLUTION);
        for (Map.Entry<String, List<String>> e : DemoMeetingTexts.TOPICS.entrySet()) {
            p.addValue("topics_" + e.getKey(), e.getValue());
        }
        return p;
    }

    /**
     * Every branch with a committee gets 3–5 committee members: its secretary and two to four other
     * full members who are still members, long-standing members first (so they sat on it all along).
     */
    private int seatCommittees(MapSqlParameterSource p) {
        int secretaries = jdbc.update("""
                update party_member m set committee_role = 'SECRETARY'
                from party_org o where o.secretary_id = m.id and o.has_committee""", p);
        int others = jdbc.update("""
                with ranked as (
                    select m.id,
                           row_number() over (partition by m.party_org_id
                                              order by m.full_member_on > cast(:since as date),
                                                       hashtext('demo-committee-' || m.id), m.id) as seat,
                           2 + mod(abs(hashtext('demo-committee-size-' || o.id)::bigint), 3) as seats
                    from party_member m join party_org o on o.id = m.party_org_id
                    where o.has_committee and m.status = 'FULL' and m.left_on is null and m.id <> o.secretary_id)
                update party_member m
                set committee_role = (array['ORGANIZATION', 'PROPAGANDA', 'DISCIPLINE', 'MEMBER'])[r.seat]
                from ranked r where r.id = m.id and r.seat <= r.seats""", p);
        return secretaries + others;
    }

    /** About half of the members (present and past) of a branch with a Party group belong to the group. */
    private int fillGroups(MapSqlParameterSource p) {
        return jdbc.update("""
                update party_member m set party_group_id = g.id
                from party_org g
                where g.type = 'PARTY_GROUP' and g.parent_id = m.party_org_id
                  and g.id = (select min(x.id) from party_org x where x.parent_id = g.parent_id
                              and x.type = 'PARTY_GROUP')
                  and (m.admitted_on is not null or m.status in ('FULL', 'PROBATIONARY'))
                  and GROUPED < 500""".replace("GROUPED", roll("'demo-group-' || m.id")), p);
    }

    private static String topic(String typeColumn, String keyExpr) {
        StringBuilder sql = new StringBuilder("case " + typeColumn);
        for (Map.Entry<String, List<String>> e : DemoMeetingTexts.TOPICS.entrySet()) {
            sql.append(" when '").append(e.getKey()).append("' then (array[:topics_").append(e.getKey())
                    .append("])[1 + mod(").append(roll(keyExpr)).append(", ").append(e.getValue().size())
                    .append(")]");
        }
        return sql.append(" else '组织生活' end").toString();
    }

    /** Picks one element of a list parameter by a roll. */
    private static String pick(String listParam, int size, String keyExpr) {
        return "(array[:" + listParam + "])[1 + mod(" + roll(keyExpr) + ", " + size + ")]";
    }

    /**
     * One meeting per organization, requirement, period and required count (an occasional second
     * committee meeting in a month), on a plausible day of the period: the theme day on the
     * organization's fixed day of the month, committee meetings a few days before it, members'
     * meetings and lectures often on the theme day, the organizational life meeting mostly in Q4 and
     * the democratic appraisal with it or soon after; other meetings move off weekends. Slots are
     * dropped for missed periods and for days after today or before the organization was founded.
     */
    private static String scheduledMeetingsSql() {
        return """
                insert into meeting (party_org_id, type, held_on, start_time, end_time, place, chair_member_id,
                                     recorder_member_id, topic, lecturer_member_id, lecture_title, agenda, election,
                                     created_by, created_at, updated_at)
                with org as materialized (
                    select o.id, o.type, o.has_committee, o.founded_on,
                           case when o.type = 'PARTY_GROUP'
                                then (select min(m.id) from party_member m where m.party_group_id = o.id
                                      and m.party_org_id = o.parent_id and m.status = 'FULL' and m.left_on is null)
                                else o.secretary_id end as chair,
                           case when o.type = 'PARTY_GROUP' then null
                                else (select min(m.id) from party_member m where m.party_org_id = o.id
                                      and m.committee_role = 'ORGANIZATION') end as recorder,
                           case when o.type = 'PARTY_GROUP' then null
                                else coalesce(o.secretary_id, (select min(m.id) from party_member m
                                    where m.party_org_id = o.id and m.status in ('FULL', 'PROBATIONARY')))
                           end as lecturer,
                           HABIT as habit,
                           1 + mod(abs(hashtext('demo-theme-day-' || o.id)::bigint), 28)::int as theme_day
                    from party_org o
                    where o.closed_on is null
                      and o.type in ('BRANCH', 'JOINT_BRANCH', 'TEMPORARY_BRANCH', 'PARTY_GROUP')),
                slot as materialized (
                    select k.*, DAYROLL as day_roll, MONTHROLL as month_roll, KEPT as kept_roll
                    from (
                        select org.*, r.meeting_type, r.frequency, ps.start::date as period_start,
                               period_end(r.frequency, ps.start::date) as period_end, n.n,
                               org.id || '-' || r.meeting_type || '-' || ps.start::date || '-' || n.n as slot_key,
                               org.id || '-' || ps.start::date as year_key
                        from meeting_requirement r
                        join org on org.type = any (r.org_types) and (r.condition = 'ALWAYS' or org.has_committee)
                        cross join lateral generate_series(period_start(r.frequency, cast(:since as date)),
                                cast(:today as date),
                                case r.frequency when 'MONTH' then interval '1 month'
                                                 when 'QUARTER' then interval '3 months'
                                                 else interval '1 year' end) ps(start)
                        cross join lateral generate_series(1, r.min_count
                                + case when r.meeting_type = 'BRANCH_COMMITTEE'
                                       and EXTRA < 80 then 1 else 0 end) n(n)
                        where r.effective_from <= ps.start::date
                          and (r.effective_to is null or r.effective_to >= period_end(r.frequency, ps.start::date))
                    ) k),
                planned as materialized (
                    select s.*,
                           case s.meeting_type
                               when 'THEME_DAY' then s.period_start + (s.theme_day - 1)
                               when 'BRANCH_COMMITTEE' then s.period_start
                                   + least(27, greatest(0, s.theme_day - 3 - mod(s.day_roll, 5)) + (s.n - 1) * 14)
                               when 'PARTY_GROUP_MEETING' then s.period_start
                                   + least(27, greatest(0, s.theme_day - 4 + mod(s.day_roll, 7)))
                               when 'MEMBERS_ASSEMBLY' then (s.period_start
                                   + make_interval(months => case when s.month_roll < 200 then 0
                                                                  when s.month_roll < 500 then 1 else 2 end))::date
                                   + case when s.day_roll < 550 then s.theme_day - 1 else mod(s.day_roll, 28) end
                               when 'PARTY_LESSON' then (s.period_start
                                   + make_interval(months => mod(s.month_roll, 3)))::date
                                   + case when s.day_roll < 500 then s.theme_day - 1 else mod(s.day_roll, 28) end
                               when 'LIFE_MEETING' then s.period_start + life.offset_days
                               when 'DEMOCRATIC_APPRAISAL' then s.period_start + life.offset_days
                                   + case when s.day_roll < 600 then 0 else 1 + mod(s.day_roll, 10) end
                               else s.period_start + mod(s.day_roll, s.period_end - s.period_start + 1)
                           end as planned_on
                    from slot s
                    -- the organizational life meeting of the year, mostly in Q4; the appraisal goes with it
                    cross join lateral (
                        select (make_date(extract(year from s.period_start)::int,
                                          case when LIFEMONTH < 850 then 10 + mod(LIFEMONTH, 3)
                                               else 1 + mod(LIFEMONTH, 9) end, 1)
                                + mod(LIFEDAY, 28)) - s.period_start as offset_days) life),
                dated as (
                    select pl.*,
                           least(pl.period_end, pl.planned_on
                               + case when pl.meeting_type = 'THEME_DAY' then 0
                                      else case extract(isodow from pl.planned_on)::int
                                               when 6 then case when pl.planned_on > pl.period_start then -1 else 2 end
                                               when 7 then 1 else 0 end end) as held_on
                    from planned pl)
                select d.id, d.meeting_type, d.held_on, st.start_time, st.start_time + interval '90 minutes',
                       PLACE, d.chair, d.recorder, TOPIC,
                       case when d.meeting_type = 'PARTY_LESSON' then d.lecturer end,
                       case when d.meeting_type = 'PARTY_LESSON' then LECTURE end,
                       case when d.meeting_type in ('MEMBERS_ASSEMBLY', 'BRANCH_COMMITTEE') then AGENDA end,
                       false, 'demo', created.at, created.at
                from dated d
                cross join lateral (select cast(STARTTIME as time) as start_time) st
                cross join lateral (select least(now(), (d.held_on + 1 + mod(d.day_roll, 4) + time '20:00')
                                                   at time zone 'Asia/Shanghai') as at) created
                where d.held_on <= cast(:today as date)
                  and (d.founded_on is null or d.held_on >= d.founded_on)
                  and d.kept_roll < case
                      when d.habit < 100 then case d.meeting_type when 'PARTY_LESSON' then 350
                                                                  when 'BRANCH_COMMITTEE' then 450 else 550 end
                      when d.habit < 150 and d.held_on > cast(:today as date) - 120 then 0
                      else case d.meeting_type when 'PARTY_LESSON' then 860 when 'BRANCH_COMMITTEE' then 880
                                               when 'PARTY_GROUP_MEETING' then 860 else 920 end end
                order by d.id, d.held_on, d.meeting_type, d.n
                """
                .replace("HABIT", roll("'demo-habit-' || o.id"))
                .replace("EXTRA", roll("'demo-extra-' || org.id || '-' || ps.start::date"))
                .replace("DAYROLL", roll("'demo-day-' || k.slot_key"))
                .replace("MONTHROLL", roll("'demo-month-' || k.slot_key"))
                .replace("KEPT", roll("'demo-kept-' || k.slot_key"))
                .replace("LIFEMONTH", roll("'demo-life-month-' || s.year_key"))
                .replace("LIFEDAY", roll("'demo-life-day-' || s.year_key"))
                .replace("PLACE", pick("places", DemoMeetingTexts.PLACES.size(), "'demo-place-' || d.slot_key"))
                .replace("TOPIC", topic("d.meeting_type", "'demo-topic-' || d.slot_key"))
                .replace("LECTURE", pick("lectures", DemoMeetingTexts.LECTURE_TITLES.size(),
                        "'demo-lecture-' || d.slot_key"))
                .replace("AGENDA", pick("agendas", DemoMeetingTexts.AGENDAS.size(), "'demo-agenda-' || d.slot_key"))
                .replace("STARTTIME", pick("starts", DemoMeetingTexts.START_TIMES.size(),
                        "'demo-start-' || d.id || '-' || d.meeting_type"));
    }

    /** A members' meeting electing the committee on the day each term in the window started. */
    private static String electionsSql() {
        return """
                insert into meeting (party_org_id, type, held_on, start_time, end_time, place, chair_member_id,
                                     recorder_member_id, topic, agenda, election, created_by, created_at, updated_at)
                select o.id, 'MEMBERS_ASSEMBLY', o.term_start, time '09:00', time '11:30', PLACE, o.secretary_id,
                       (select min(m.id) from party_member m where m.party_org_id = o.id
                        and m.committee_role = 'ORGANIZATION'),
                       :electionTopic, '一、听取和审查支部委员会工作报告；二、选举新一届支部委员会', true, 'demo',
                       least(now(), (o.term_start + 1 + time '20:00') at time zone 'Asia/Shanghai'),
                       least(now(), (o.term_start + 1 + time '20:00') at time zone 'Asia/Shanghai')
                from party_org o
                where o.type in BRANCH_TYPES and o.closed_on is null
                  and o.term_start between cast(:since as date) and cast(:today as date)
                  and (o.founded_on is null or o.term_start >= o.founded_on)
                order by o.id
                """
                .replace("BRANCH_TYPES", BRANCH_TYPES)
                .replace("PLACE", pick("places", DemoMeetingTexts.PLACES.size(), "'demo-place-election-' || o.id"));
    }

    /**
     * The attendance list of every seeded meeting: the members of the organization on the day (of the
     * Party group for group meetings, of the committee for committee meetings), most present, some
     * excused with a reason, a few absent; fewer present in organizations that are behind, more at
     * elections and committee meetings.
     */
    private static String attendanceSql() {
        String presence = "case when mt.election then 950 when mt.type = 'BRANCH_COMMITTEE' then 920"
                + " else o.presence end";
        // a person's chance on a day, whatever the meeting: who comes to the theme day stays for the members'
        // meeting held with it. An integer hash: a text key per row would cost more than the insert itself.
        String roll = "mod(abs(hashint8(pm.id * 100000 + (mt.held_on - date '2000-01-01'))::bigint), 1000)::int";
        String candidates = """
                select mt.id as meeting_id, pm.id as member_id, VOTING as voting, ROLL as roll, PRESENCE as presence
                from meeting mt join org o on o.id = mt.party_org_id
                join party_member pm on JOIN
                where mt.created_by = 'demo' and mt.type <> 'HEART_TALK' and WHERE and MEMBER_ON_DAY"""
                .replace("ROLL", roll)
                .replace("PRESENCE", presence)
                .replace("MEMBER_ON_DAY", MEMBER_ON_DAY);
        String members = candidates.replace("VOTING", VOTING).replace("JOIN", "pm.party_org_id = o.id")
                .replace("WHERE", "o.type in " + BRANCH_TYPES + " and mt.type <> 'BRANCH_COMMITTEE'");
        String committee = candidates.replace("VOTING", "true").replace("JOIN", "pm.party_org_id = o.id")
                .replace("WHERE", "o.type in " + BRANCH_TYPES + " and mt.type = 'BRANCH_COMMITTEE'"
                        + " and pm.committee_role is not null");
        String group = candidates.replace("VOTING", VOTING)
                .replace("JOIN", "pm.party_group_id = o.id and pm.party_org_id = o.parent_id")
                .replace("WHERE", "o.type = 'PARTY_GROUP'");
        // how many usually come, per organization: fewer where the organization is behind
        String org = """
                with org as materialized (
                    select o.id, o.type, o.parent_id,
                           case when HABIT < 100 then 700 else 820 + mod(PRESENCE, 80) end as presence
                    from party_org o)
                """
                .replace("HABIT", roll("'demo-habit-' || o.id"))
                .replace("PRESENCE", roll("'demo-presence-' || o.id"));
        return "insert into meeting_attendance (meeting_id, member_id, status, voting, reason)\n" + org + """
                select a.meeting_id, a.member_id,
                       case when a.roll < a.presence then 'PRESENT'
                            when a.roll < a.presence + (1000 - a.presence) * 3 / 4 then 'EXCUSED'
                            else 'ABSENT' end,
                       a.voting,
                       case when a.roll >= a.presence and a.roll < a.presence + (1000 - a.presence) * 3 / 4
                            then (array[:excuses])[1 + mod(a.roll, EXCUSES)] end
                from (
                """
                .replace("EXCUSES", Integer.toString(DemoMeetingTexts.EXCUSES.size()))
                + members + "\nunion all\n" + committee + "\nunion all\n" + group + "\n) a";
    }

    /**
     * Resolutions at every election and about a third of the other members' meetings, voted by the
     * voting members present: all for, now and then one abstention.
     */
    private static String resolutionsSql() {
        String chosen = roll("'demo-resolution-' || mt.party_org_id || '-' || mt.held_on");
        return """
                insert into meeting_resolution (meeting_id, position, text, votes_for, votes_against, votes_abstain)
                select mt.id, 1,
                       case when mt.election then :electionResolution else TEXT end,
                       c.present - ABSTAIN, 0, ABSTAIN
                from meeting mt
                cross join lateral (select count(*) filter (where a.voting and a.status = 'PRESENT') as present
                                    from meeting_attendance a where a.meeting_id = mt.id) c
                where mt.created_by = 'demo' and mt.type = 'MEMBERS_ASSEMBLY' and c.present > 0
                  and (mt.election or CHOSEN < 330)
                order by mt.id
                """
                .replace("ABSTAIN", "case when not mt.election and c.present >= 10 and mod(CHOSEN, 3) = 0 then 1"
                        + " else 0 end")
                .replace("TEXT", "(array[:resolutions])[1 + mod(CHOSEN, " + DemoMeetingTexts.RESOLUTIONS.size() + ")]")
                .replace("CHOSEN", chosen);
    }
}
