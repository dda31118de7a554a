package org.grassroots.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grassroots.demo.DemoMeetingTexts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Years of organizational life for a whole city in three statements: every organization's meetings
 * as the requirement table asks (with gaps), a few heart talks, and the attendance of everyone who
 * was a member on the day. The demo seeder's shapes and texts, made cheap enough for five million
 * meetings and tens of millions of attendance rows: the only chance is {@code hashint8extended} of
 * integer keys (organization, member, requirement, day) with a salt per purpose, never text, and
 * never generated meeting ids, so two runs give the same city.
 *
 * <p>Most organizations hold most meetings; one in ten lags chronically (fewer meetings, fewer
 * present), one in twenty has lapsed in the last four months; meetings after today are not held yet.
 * Attendance: the branch's members on the day (probationary or full, admitted on or before it, not
 * yet left); committee meetings only the committee, Party group meetings only the group; voting is
 * being a full member on the day; mostly present, some excused with a reason, a few absent.
 */
final class CityMeetings {

    private static final String BRANCH_TYPES = "('BRANCH', 'JOINT_BRANCH', 'TEMPORARY_BRANCH')";

    /** Membership on the day of the meeting, as meeting/Attendees.java decides it. */
    private static final String MEMBER_ON_DAY = """
            (pm.admitted_on <= mt.held_on or (pm.admitted_on is null and pm.status = 'FULL'))
              and (pm.left_on is null or pm.left_on > mt.held_on)
              and pm.status not in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'NOT_APPROVED', 'MEMBERSHIP_SUSPENDED')""";

    private static final String VOTING = """
            case when pm.full_member_on is not null then pm.full_member_on <= mt.held_on
                 else pm.status = 'FULL' end""";

    private final JdbcTemplate jdbc;

    CityMeetings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A number in 0..999 drawn from an integer key and a salt. */
    static String roll(String key, int salt) {
        return "abs(hashint8extended(" + key + ", " + salt + ") % 1000)::int";
    }

    /** An SQL array literal of constant texts. */
    static String array(List<String> texts) {
        List<String> quoted = new ArrayList<>();
        texts.forEach(t -> quoted.add("'" + t.replace("'", "''") + "'"));
        return "array[" + String.join(", ", quoted) + "]::text[]";
    }

    private static String pick(List<String> texts, String roll) {
        return "(" + array(texts) + ")[1 + " + roll + " % " + texts.size() + "]";
    }

    /**
     * Per organization that holds meetings: chair and recorder, its theme day, its habit (below 100:
     * chronically behind; 100–149: lapsed lately) and how many of its members usually come, per mille.
     */
    void organizations() {
        jdbc.execute("""
                create temporary table bench_org on commit drop as
                select o.id, o.type, o.has_committee, o.founded_on,
                       case when o.type = 'PARTY_GROUP'
                            then (select min(m.id) from party_member m where m.party_group_id = o.id
                                  and m.status = 'FULL' and m.left_on is null)
                            else o.secretary_id end as chair,
                       case when o.type = 'PARTY_GROUP' then null
                            else (select min(m.id) from party_member m where m.party_org_id = o.id
                                  and m.committee_role = 'ORGANIZATION') end as recorder,
                       1 + abs(hashint8extended(o.id, 1) % 28)::int as theme_day,
                       {HABIT} as habit,
                       case when {HABIT} < 100 then 700 else 820 + {PRESENCE} % 80 end as presence
                from party_org o
                where o.closed_on is null and o.type in ('BRANCH', 'JOINT_BRANCH', 'TEMPORARY_BRANCH', 'PARTY_GROUP')
                order by o.id;
                alter table bench_org add primary key (id);
                analyze bench_org"""
                .replace("{HABIT}", roll("o.id", 2))
                .replace("{PRESENCE}", roll("o.id", 3)));
    }

    /**
     * One meeting per organization, requirement and period it owes, on a plausible day: the theme day
     * on the organization's fixed day of the month, the committee a few days before, the Party group
     * around it, members' meetings and lessons in a month of the quarter (often on the theme day), the
     * organizational life meeting mostly in Q4 with the democratic appraisal on the day or soon after;
     * weekend days move to a weekday. Dropped: missed periods, days after today or before founding.
     * The {@code offset 0} fences keep the planner from copying the day's expression (and its hashes)
     * into every place that uses it: three times faster.
     */
    int meetings(LocalDate since, LocalDate today) {
        return jdbc.update(meetingsSql(), since, today, today, since, today);
    }

    static String meetingsSql() {
        String slot = "o.id * 100000 + (ps.start::date - date '2000-01-01') * 10 + r.id";
        String year = "o.id * 10000 + extract(year from ps.start)::int";
        StringBuilder topic = new StringBuilder("case s.type");
        for (Map.Entry<String, List<String>> e : DemoMeetingTexts.TOPICS.entrySet()) {
            topic.append(" when '").append(e.getKey()).append("' then ").append(pick(e.getValue(), "s.roll"));
        }
        topic.append(" end");
        return """
                insert into meeting (party_org_id, type, held_on, start_time, end_time, place, chair_member_id,
                                     recorder_member_id, topic, lecturer_member_id, lecture_title, agenda, election,
                                     created_by, created_at, updated_at)
                select s.id, s.type, s.held_on, s.starts, s.starts + interval '90 minutes', {PLACE}, s.chair, s.recorder,
                       {TOPIC},
                       case when s.type = 'PARTY_LESSON' then s.chair end,
                       case when s.type = 'PARTY_LESSON' then {LECTURE} end,
                       case when s.type in ('MEMBERS_ASSEMBLY', 'BRANCH_COMMITTEE') then {AGENDA} end,
                       false, 'bench', s.at, s.at
                from (
                    select d.*, cast({STARTS} as time) as starts,
                           least(now(), (d.held_on + 1 + (d.roll2 % 4) + time '20:00') at time zone 'Asia/Shanghai') as at
                    from (
                        select p.*,
                               least(p.period_end, p.planned + case when p.type = 'THEME_DAY' then 0
                                   else case extract(isodow from p.planned)::int
                                       when 6 then case when p.planned > p.period_start then -1 else 2 end
                                       when 7 then 1 else 0 end end) as held_on
                        from (
                            select o.id, o.chair, o.recorder, o.founded_on, o.habit, r.meeting_type as type,
                                   ps.start::date as period_start, period_end(r.frequency, ps.start::date) as period_end,
                                   k.roll, k.roll2, k.kept,
                                   case r.meeting_type
                                       when 'THEME_DAY' then ps.start::date + (o.theme_day - 1)
                                       when 'BRANCH_COMMITTEE' then ps.start::date + greatest(0, o.theme_day - 3 - k.roll % 5)
                                       when 'PARTY_GROUP_MEETING'
                                           then ps.start::date + least(27, greatest(0, o.theme_day - 4 + k.roll % 7))
                                       when 'LIFE_MEETING' then y.life
                                       when 'DEMOCRATIC_APPRAISAL'
                                           then y.life + case when k.roll < 600 then 0 else 1 + k.roll % 10 end
                                       else (ps.start::date + make_interval(months => k.roll2 % 3))::date
                                           + case when k.roll < 550 then o.theme_day - 1 else k.roll % 28 end
                                   end as planned
                            from bench_org o
                            join meeting_requirement r on o.type = any (r.org_types)
                                and (r.condition = 'ALWAYS' or o.has_committee)
                            cross join lateral generate_series(period_start(r.frequency, cast(? as date)),
                                    cast(? as date),
                                    case r.frequency when 'MONTH' then interval '1 month'
                                                     when 'QUARTER' then interval '3 months'
                                                     else interval '1 year' end) ps(start)
                            cross join lateral (select {ROLL} as roll, {ROLL2} as roll2, {KEPT} as kept) k
                            cross join lateral (select make_date(extract(year from ps.start)::int,
                                    case when {LIFE} < 850 then 10 + {LIFE} % 3 else 1 + {LIFE} % 9 end,
                                    1 + {LIFEDAY} % 28) as life) y
                            where r.effective_from <= ps.start::date
                              and (r.effective_to is null or r.effective_to >= period_end(r.frequency, ps.start::date))
                            offset 0) p
                        offset 0) d
                    where d.held_on <= cast(? as date) and d.held_on >= cast(? as date)
                      and (d.founded_on is null or d.held_on >= d.founded_on)
                      and d.kept < case
                          when d.habit < 100 then case d.type when 'PARTY_LESSON' then 350
                                                              when 'BRANCH_COMMITTEE' then 450 else 550 end
                          when d.habit < 150 and d.held_on > cast(? as date) - 120 then 0
                          else case d.type when 'PARTY_LESSON' then 860 when 'BRANCH_COMMITTEE' then 880
                                           when 'PARTY_GROUP_MEETING' then 860 else 920 end end
                ) s
                order by s.id, s.held_on, s.type
                """
                .replace("{ROLL2}", roll(slot, 5))
                .replace("{ROLL}", roll(slot, 4))
                .replace("{KEPT}", roll(slot, 6))
                .replace("{LIFEDAY}", roll(year, 8))
                .replace("{LIFE}", roll(year, 7))
                .replace("{STARTS}", pick(DemoMeetingTexts.START_TIMES, "d.roll2"))
                .replace("{PLACE}", pick(DemoMeetingTexts.PLACES, "(s.roll + s.roll2)"))
                .replace("{TOPIC}", topic.toString())
                .replace("{LECTURE}", pick(DemoMeetingTexts.LECTURE_TITLES, "s.roll2"))
                .replace("{AGENDA}", pick(DemoMeetingTexts.AGENDAS, "s.roll2"));
    }

    /** Heart talks (no attendance list): one branch in five, one to three a year, the secretary with a member. */
    int heartTalks(LocalDate since, LocalDate today) {
        String talk = "o.id * 100000 + y.y * 10 + n.n";
        return jdbc.update("""
                insert into meeting (party_org_id, type, held_on, start_time, end_time, place, chair_member_id, topic,
                                     created_by, created_at, updated_at)
                select t.id, 'HEART_TALK', t.held_on, time '15:00', time '15:40', {PLACE}, t.secretary_id, {TOPIC}, 'bench',
                       least(now(), (t.held_on + 1 + time '20:00') at time zone 'Asia/Shanghai'),
                       least(now(), (t.held_on + 1 + time '20:00') at time zone 'Asia/Shanghai')
                from (select o.id, o.secretary_id, o.founded_on, {TALKROLL} as roll,
                             make_date(y.y, 1 + {MONTH} % 12, 1 + {DAY} % 28) as held_on
                      from party_org o
                      cross join generate_series(extract(year from cast(? as date))::int,
                                                 extract(year from cast(? as date))::int) y(y)
                      cross join generate_series(1, 3) n(n)
                      where o.type in {BRANCH_TYPES} and o.closed_on is null and o.secretary_id is not null
                        and {CHOSEN} < 200 and n.n <= 1 + {CHOSEN} % 3) t
                where t.held_on between cast(? as date) and cast(? as date)
                  and (t.founded_on is null or t.held_on >= t.founded_on)
                order by t.id, t.held_on
                """
                .replace("{BRANCH_TYPES}", BRANCH_TYPES)
                .replace("{CHOSEN}", roll("o.id", 9))
                .replace("{TALKROLL}", roll(talk, 10))
                .replace("{MONTH}", roll(talk, 11))
                .replace("{DAY}", roll(talk, 12))
                .replace("{PLACE}", pick(DemoMeetingTexts.PLACES, "t.roll"))
                .replace("{TOPIC}", pick(DemoMeetingTexts.HEART_TALKS, "t.roll")), since, today, since, today);
    }

    /**
     * The attendance list of every generated meeting but the talks: a person's chance on a day is the
     * same whatever the meeting (who comes to the theme day stays for the members' meeting held with
     * it); fewer come where the organization is behind, more to committee meetings.
     */
    long attendance() {
        return jdbc.update(attendanceSql());
    }

    static String attendanceSql() {
        String candidates = """
                select mt.id as meeting_id, pm.id as member_id, {VOTING} as voting, {PRESENCE} as presence,
                       abs(hashint8(pm.id * 100000 + (mt.held_on - date '2000-01-01')) % 1000)::int as roll
                from meeting mt join bench_org o on o.id = mt.party_org_id
                join party_member pm on {JOIN}
                where mt.created_by = 'bench' and {WHERE}
                  and {MEMBER_ON_DAY}"""
                .replace("{VOTING}", VOTING)
                .replace("{MEMBER_ON_DAY}", MEMBER_ON_DAY);
        String members = candidates.replace("{PRESENCE}", "o.presence").replace("{JOIN}", "pm.party_org_id = o.id")
                .replace("{WHERE}", "o.type <> 'PARTY_GROUP' and mt.type not in ('BRANCH_COMMITTEE', 'HEART_TALK')");
        String committee = candidates.replace("{PRESENCE}", "920").replace("{JOIN}", "pm.party_org_id = o.id")
                .replace("{WHERE}", "mt.type = 'BRANCH_COMMITTEE' and pm.committee_role is not null");
        String group = candidates.replace("{PRESENCE}", "o.presence").replace("{JOIN}", "pm.party_group_id = o.id")
                .replace("{WHERE}", "o.type = 'PARTY_GROUP'");
        String excused = "a.roll >= a.presence and a.roll < a.presence + (1000 - a.presence) * 3 / 4";
        return """
                insert into meeting_attendance (meeting_id, member_id, status, voting, reason)
                select a.meeting_id, a.member_id,
                       case when a.roll < a.presence then 'PRESENT' when {IS_EXCUSED} then 'EXCUSED' else 'ABSENT' end,
                       a.voting,
                       case when {IS_EXCUSED} then {REASON} end
                from (
                """
                .replace("{IS_EXCUSED}", excused)
                .replace("{REASON}", pick(DemoMeetingTexts.EXCUSES, "a.roll"))
                + members + "\nunion all\n" + committee + "\nunion all\n" + group + "\n) a";
    }
}
