package org.grassroots.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grassroots.org.OrgService;
import org.grassroots.org.PartyOrg;
import org.grassroots.security.GrassrootsUser;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo city's two years of meetings (demo/DemoMeetingSeeder) look like a real city's: every
 * branch and group meets as the requirements ask, on plausible days, never in the future, with the
 * attendance list the application itself would offer, and with gaps enough that the compliance pages
 * show done, due and overdue. Only rows the seed wrote and nobody edited since are checked.
 */
class DemoMeetingsIntegrationTests extends WebIntegrationTestBase {

    private static final String BRANCH_TYPES = "('BRANCH', 'JOINT_BRANCH', 'TEMPORARY_BRANCH')";

    @Autowired
    MeetingService meetings;

    @Autowired
    OrgService orgs;

    @Autowired
    ComplianceWindow window;

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql.replace("BRANCH_TYPES", BRANCH_TYPES), Long.class, args);
        return n == null ? 0 : n;
    }

    @Test
    void shouldSeedMeetingsForEveryBranchAndGroupWithinTheWindow() {
        LocalDate today = window.today();
        assertThat(count("select count(*) from meeting where created_by = 'demo'")).isGreaterThan(10_000);
        // every seeded branch and group (those not created by tests later) meets
        assertThat(count("""
                select count(*) from party_org o
                where (o.type in BRANCH_TYPES or o.type = 'PARTY_GROUP')
                  and o.id <= (select max(party_org_id) from meeting where created_by = 'demo')
                  and not exists (select 1 from meeting m where m.party_org_id = o.id and m.created_by = 'demo')"""))
                .isZero();
        assertThat(count("select count(*) from meeting where created_by = 'demo' and held_on > ?", today)).isZero();
        assertThat(count("select count(*) from meeting where created_by = 'demo' and held_on < ?", window.since()))
                .isZero();
        assertThat(count("select count(*) from meeting where created_by = 'demo' and held_on >= ?",
                today.minusDays(40))).as("recent meetings").isPositive();
        // group meetings in the groups, everything else in the branches
        assertThat(count("""
                select count(*) from meeting m join party_org o on o.id = m.party_org_id
                where m.created_by = 'demo'
                  and (o.type = 'PARTY_GROUP') <> (m.type = 'PARTY_GROUP_MEETING')""")).isZero();
        assertThat(count("select count(*) from meeting m join party_org o on o.id = m.party_org_id"
                + " where m.created_by = 'demo' and o.type not in BRANCH_TYPES and o.type <> 'PARTY_GROUP'")).isZero();
        assertThat(jdbc.queryForList("select distinct type from meeting where created_by = 'demo'", String.class))
                .containsExactlyInAnyOrder("MEMBERS_ASSEMBLY", "BRANCH_COMMITTEE", "PARTY_GROUP_MEETING",
                        "PARTY_LESSON", "THEME_DAY", "LIFE_MEETING", "DEMOCRATIC_APPRAISAL");
        // committee meetings only where a committee sits
        assertThat(count("""
                select count(*) from meeting m where m.created_by = 'demo' and m.type = 'BRANCH_COMMITTEE'
                  and not exists (select 1 from party_member c where c.party_org_id = m.party_org_id
                                  and c.committee_role is not null)""")).isZero();
    }

    @Test
    void shouldHoldThemeDayOnAFixedDayOfTheMonthPerBranch() {
        assertThat(count("""
                select count(*) from (select party_org_id from meeting
                    where created_by = 'demo' and type = 'THEME_DAY'
                    group by party_org_id having count(distinct extract(day from held_on)) > 1) x""")).isZero();
        assertThat(count("""
                select count(distinct extract(day from held_on)) from meeting
                where created_by = 'demo' and type = 'THEME_DAY'""")).as("not all on the same day").isGreaterThan(10);
        // other meetings mostly on working days, the life meeting mostly in the fourth quarter
        assertThat(count("""
                select count(*) from meeting where created_by = 'demo' and type <> 'THEME_DAY'
                  and extract(isodow from held_on) >= 6""")).isLessThan(count(
                "select count(*) from meeting where created_by = 'demo' and type <> 'THEME_DAY'") / 20);
        assertThat(count("select count(*) from meeting where created_by = 'demo' and type = 'LIFE_MEETING'"
                + " and extract(month from held_on) >= 10")).isGreaterThan(count(
                "select count(*) from meeting where created_by = 'demo' and type = 'LIFE_MEETING'") * 3 / 4);
        assertThat(count("""
                select count(*) from meeting where created_by = 'demo' and type = 'PARTY_LESSON'
                  and (lecturer_member_id is null or lecture_title is null)""")).isZero();
    }

    /** A sample of unedited meetings in the last district, compared with the list the application offers. */
    @Test
    void shouldListTheMembersOfTheDayAsTheApplicationDoes() {
        Scope city = ((GrassrootsUser) users.loadUserByUsername("city")).getScope();
        List<Map<String, Object>> sample = jdbc.queryForList("""
                select * from (
                    select m.id, m.party_org_id, m.type, m.held_on,
                           row_number() over (partition by m.type order by hashtext(m.id::text), m.id) as n
                    from meeting m join party_org o on o.id = m.party_org_id
                    where m.created_by = 'demo' and m.version = 0
                      and o.district_id = (select max(id) from region where level = 'DISTRICT')) x
                where n <= 8 order by type, n""");
        Map<Object, List<Map<String, Object>>> byType = sample.stream()
                .collect(Collectors.groupingBy(r -> r.get("type")));
        assertThat(byType).hasSize(7);
        int compared = 0;
        for (List<Map<String, Object>> ofType : byType.values()) {
            for (Map<String, Object> row : ofType) {
                PartyOrg org = orgs.require((Long) row.get("party_org_id"), city);
                MeetingType type = MeetingType.valueOf((String) row.get("type"));
                LocalDate day = ((java.sql.Date) row.get("held_on")).toLocalDate();
                Map<Long, Boolean> listed = meetings.attendeesOf(org, type, day).stream()
                        .collect(Collectors.toMap(Attendees.Attendee::memberId, Attendees.Attendee::voting));
                Map<Long, Boolean> recorded = jdbc.queryForList(
                        "select member_id, voting from meeting_attendance where meeting_id = ?", row.get("id"))
                        .stream().collect(Collectors.toMap(a -> (Long) a.get("member_id"), a -> (Boolean) a.get("voting")));
                assertThat(recorded).as("attendance of meeting %s (%s on %s)", row.get("id"), type, day)
                        .isEqualTo(listed);
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(40);
    }

    @Test
    void shouldRecordMostMembersPresentAndReasonsForTheExcused() {
        Map<String, Long> byStatus = jdbc.queryForList("""
                select a.status, count(*) as n from meeting_attendance a join meeting m on m.id = a.meeting_id
                where m.created_by = 'demo' and m.version = 0 group by a.status""").stream()
                .collect(Collectors.toMap(r -> (String) r.get("status"), r -> (Long) r.get("n")));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        assertThat(total).isGreaterThan(100_000);
        assertThat(byStatus.get("PRESENT") * 100 / total).isBetween(80L, 90L);
        assertThat(byStatus.get("EXCUSED")).isPositive();
        assertThat(byStatus.get("ABSENT")).isPositive();
        assertThat(count("""
                select count(*) from meeting_attendance a join meeting m on m.id = a.meeting_id
                where m.created_by = 'demo' and m.version = 0
                  and (a.status = 'EXCUSED') <> (a.reason is not null)""")).isZero();
    }

    /** Resolutions are voted by the voting members present, and nearly all of them pass. */
    @Test
    @Transactional(readOnly = true)
    void shouldCountVotesFromTheVotersPresent() {
        List<Map<String, Object>> resolutions = jdbc.queryForList("""
                select r.meeting_id, r.votes_for + r.votes_against + r.votes_abstain as cast_votes,
                       (select count(*) from meeting_attendance a where a.meeting_id = r.meeting_id and a.voting
                          and a.status = 'PRESENT') as present
                from meeting_resolution r join meeting m on m.id = r.meeting_id
                where m.created_by = 'demo' and m.version = 0""");
        assertThat(resolutions).hasSizeGreaterThan(100);
        assertThat(resolutions).allSatisfy(r -> assertThat(((Number) r.get("cast_votes")).longValue())
                .as("votes at meeting %s", r.get("meeting_id")).isEqualTo(((Number) r.get("present")).longValue()));
        assertThat(count("select count(*) from meeting where created_by = 'demo' and election")).isPositive();
        assertThat(count("""
                select count(*) from meeting m where m.created_by = 'demo' and m.election
                  and not exists (select 1 from meeting_resolution r where r.meeting_id = m.id)""")).isZero();

        Scope city = ((GrassrootsUser) users.loadUserByUsername("city")).getScope();
        List<Long> sample = jdbc.queryForList("""
                select distinct r.meeting_id from meeting_resolution r join meeting m on m.id = r.meeting_id
                where m.created_by = 'demo' and m.version = 0 and not m.election order by 1 limit 40""", Long.class);
        long passed = sample.stream().map(id -> meetings.validityOf(meetings.require(id, city)))
                .filter(v -> v.quorate() && v.resolutions().stream().allMatch(MeetingValidity.ResolutionResult::passed))
                .count();
        assertThat(passed).isGreaterThanOrEqualTo(sample.size() * 9L / 10);
    }

    /** In the last district, which no other test edits (member forms there would change the roles). */
    @Test
    void shouldSeatCommitteesOfThreeToFiveAndFillTheGroups() {
        List<Map<String, Object>> committees = jdbc.queryForList("""
                select o.id, o.secretary_id, count(m.id) as seats,
                       count(m.id) filter (where m.committee_role = 'SECRETARY') as secretaries,
                       bool_and(m.status = 'FULL') as all_full,
                       bool_or(m.committee_role = 'SECRETARY' and m.id = o.secretary_id) as secretary_chairs
                from party_org o join party_member m on m.party_org_id = o.id and m.committee_role is not null
                where o.district_id = (select max(id) from region where level = 'DISTRICT')
                  and exists (select 1 from meeting x where x.party_org_id = o.id and x.created_by = 'demo'
                              and x.type = 'BRANCH_COMMITTEE' and x.version = 0)
                group by o.id, o.secretary_id""");
        assertThat(committees).hasSizeGreaterThan(20);
        assertThat(committees).allSatisfy(c -> {
            assertThat(((Number) c.get("seats")).intValue()).as("committee of %s", c.get("id")).isBetween(3, 5);
            assertThat(((Number) c.get("secretaries")).intValue()).isEqualTo(1);
        });
        assertThat(committees).allSatisfy(c -> assertThat(c.get("secretary_chairs")).isEqualTo(true));
        // every group has members, all of its own branch
        assertThat(count("""
                select count(*) from party_org g where g.type = 'PARTY_GROUP'
                  and g.district_id = (select max(id) from region where level = 'DISTRICT')
                  and exists (select 1 from meeting x where x.party_org_id = g.id and x.created_by = 'demo')
                  and (select count(*) from party_member m where m.party_group_id = g.id) < 3""")).isZero();
        assertThat(count("""
                select count(*) from party_member m join party_org g on g.id = m.party_group_id
                where m.party_org_id <> g.parent_id""")).isZero();
    }

    /** Mostly done, some overdue, the open periods partly due: the mix the compliance pages need. */
    @Test
    void shouldLeaveAMixOfDoneDueAndOverdue() {
        LocalDate today = window.today();
        long closed = count("select count(*) from org_period_status where period_end < ?", today);
        long closedDone = count("select count(*) from org_period_status where period_end < ? and held >= expected",
                today);
        assertThat(closedDone * 100 / closed).as("share kept in closed periods").isBetween(80L, 92L);
        assertThat(count("select count(*) from org_period_status where period_end >= ? and held < expected", today))
                .as("due").isPositive();
        assertThat(count("select count(*) from org_period_status where period_end >= ? and held >= expected", today))
                .as("done in open periods").isPositive();
        List<Long> rates = jdbc.queryForList("""
                select (100 * avg((s.held >= s.expected)::int))::bigint from org_period_status s
                where s.period_end < ?
                  and exists (select 1 from meeting m where m.party_org_id = s.party_org_id and m.created_by = 'demo')
                group by s.party_org_id""", Long.class, today);
        assertThat(rates.stream().filter(r -> r < 65).count()).as("organizations chronically behind")
                .isBetween(5L, rates.size() / 5L);
        assertThat(rates.stream().filter(r -> r >= 85).count()).as("organizations keeping up")
                .isGreaterThan(rates.size() / 2L);
        assertThat(rates.stream().filter(r -> r == 100).count()).as("no city is perfect").isLessThan(rates.size());
    }
}
