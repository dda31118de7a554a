package org.grassroots.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.member.PartyMember;
import org.grassroots.security.GrassrootsUser;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo city's development steps hold to what DemoDevelopmentSeeder promises and to the rules:
 * steps consistent with each person's status and dates, prerequisites first, introducers who are full
 * members, the interesting cases present, and the board's SQL saying what the policy says. Checked in
 * the last district, which no other test edits.
 */
class DemoDevelopmentIntegrationTests extends WebIntegrationTestBase {

    /** People of the last district whose record has its dates in order (the others get no steps). */
    private static final String LAST_DISTRICT = """
            join party_org o on o.id = m.party_org_id
            where o.district_id = (select max(id) from region where level = 'DISTRICT')
              and m.applied_on <= coalesce(m.activist_on, m.applied_on)
              and coalesce(m.activist_on, m.applied_on) <= coalesce(m.candidate_on, m.activist_on, m.applied_on)""";

    @Autowired
    private DevelopmentService development;

    @Autowired
    private DevelopmentQueries queries;

    @Autowired
    private DevelopmentRules rules;

    @Autowired
    private Clock clock;

    private LocalDate today;

    @BeforeEach
    void today() {
        today = LocalDate.now(clock);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void shouldGiveEveryPersonTheStepsTheirStatusAndDatesImply() {
        assertThat(count("select count(*) from party_member m " + LAST_DISTRICT
                + " and m.status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY')")).isGreaterThan(100);
        for (String[] rule : new String[][] {
            {"APPLY", "m.applied_on", "'APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY'"},
            {"ACTIVIST", "m.activist_on", "'ACTIVIST', 'CANDIDATE', 'PROBATIONARY'"},
            {"CANDIDATE", "m.candidate_on", "'CANDIDATE', 'PROBATIONARY'"},
            {"ADMISSION_VOTE", "m.admitted_on", "'PROBATIONARY'"}}) {
            assertThat(count("select count(*) from party_member m " + LAST_DISTRICT
                    + " and m.status in (" + rule[2] + ") and not exists (select 1 from member_step s"
                    + " where s.member_id = m.id and s.step_code = ? and s.voided_at is null and s.done_on = "
                    + rule[1] + ")", rule[0])).as(rule[0]).isZero();
        }
        assertThat(count("select count(*) from party_member m " + LAST_DISTRICT + """
                 and m.status = 'PROBATIONARY' and not exists (select 1 from member_step s
                 where s.member_id = m.id and s.step_code = 'ADMISSION_APPROVAL' and s.approval_state = 'APPROVED'
                   and s.done_on >= m.admitted_on and s.approver_street_id = o.street_id)""")).isZero();
        // candidates waiting for admission are voted in but not yet admitted
        assertThat(count("select count(*) from party_member m " + LAST_DISTRICT + """
                 and exists (select 1 from member_step s where s.member_id = m.id and s.approval_state = 'PENDING'
                             and s.step_code = 'ADMISSION_APPROVAL') and (m.status <> 'CANDIDATE' or m.admitted_on is not null)"""))
                .isZero();
    }

    @Test
    void shouldKeepStepsInThePastAndAfterTheirPrerequisites() {
        assertThat(count("""
                select count(*) from member_step s
                where s.recorded_by = 'demo' and (s.done_on > ? or s.submitted_on > ?)""", today, today)).isZero();
        assertThat(count("""
                select count(*) from member_step s
                join development_step_prerequisite p on p.step_code = s.step_code
                where s.recorded_by = 'demo' and s.voided_at is null and s.approval_state <> 'RETURNED'
                  and not exists (select 1 from member_step r where r.member_id = s.member_id
                                  and r.step_code = p.requires_code and r.voided_at is null
                                  and r.approval_state in ('NONE', 'APPROVED')
                                  and r.done_on <= coalesce(s.done_on, s.submitted_on))""")).isZero();
        // pending requests go to the street the person's organization sits in
        assertThat(count("""
                select count(*) from member_step s join party_member m on m.id = s.member_id
                join party_org o on o.id = m.party_org_id
                where s.recorded_by = 'demo' and s.approval_state <> 'NONE' and s.approver_street_id <> o.street_id""")).isZero();
    }

    @Test
    void shouldNameTwoDifferentFullMembersAsIntroducersAndMentors() {
        List<Map<String, Object>> named = jdbc.queryForList("""
                select s.id, count(p.member_id) as n, count(distinct p.member_id) as distinct_n,
                       bool_and(x.status = 'FULL') as all_full, bool_or(p.member_id = s.member_id) as self
                from member_step s join member_step_person p on p.step_id = s.id
                join party_member x on x.id = p.member_id
                where s.recorded_by = 'demo' and s.step_code in ('INTRODUCERS', 'MENTORS')
                group by s.id""");
        assertThat(named).hasSizeGreaterThan(500);
        assertThat(named).allSatisfy(r -> {
            assertThat(((Number) r.get("n")).intValue()).isEqualTo(2);
            assertThat(((Number) r.get("distinct_n")).intValue()).isEqualTo(2);
            assertThat(r.get("self")).isEqualTo(false);
        });
        // introducers were full members when the demo named them (some may have left since, by other tests)
        assertThat(named.stream().filter(r -> Boolean.TRUE.equals(r.get("all_full"))).count())
                .isGreaterThan(named.size() * 9L / 10);
        assertThat(count("""
                select count(*) from member_step s where s.recorded_by = 'demo'
                  and s.step_code in ('INTRODUCERS', 'MENTORS')
                  and not exists (select 1 from member_step_person p where p.step_id = s.id)""")).isZero();
    }

    @Test
    void shouldShowSomethingDueOverdueAndWaitingInTheDemoCity() {
        Map<Alert, Long> byAlert = queries.allPeople(cityFilter(), today, rules.probationWindowDays()).stream()
                .collect(Collectors.groupingBy(DevelopmentQueries.Fact::alert, Collectors.counting()));
        for (Alert alert : List.of(Alert.TALK_OVERDUE, Alert.CANDIDATE_READY, Alert.AWAITING_APPROVAL,
                Alert.PROBATION_ENDING, Alert.DECISION_DUE, Alert.DECISION_OVERDUE, Alert.NONE)) {
            assertThat(byAlert.getOrDefault(alert, 0L)).as(alert.name()).isPositive();
        }
        long people = byAlert.values().stream().mapToLong(Long::longValue).sum();
        assertThat(byAlert.get(Alert.NONE)).as("most people have nothing overdue").isGreaterThan(people / 3);
        assertThat(count("select count(*) from member_step where recorded_by = 'demo' and step_code = 'CONVERSION_APPROVAL'"
                + " and approval_state = 'PENDING'")).isPositive();
        assertThat(count("select count(*) from member_step where recorded_by = 'demo' and step_code = 'EXTENSION'"))
                .isPositive();
        assertThat(count("""
                select count(*) from member_step where approval_state = 'PENDING' and voided_at is null
                  and approver_street_id = ?""", regionOf("street"))).as("the demo street has requests to decide")
                .isPositive();
    }

    /** People whose probation ended were probationary members at their branch meetings since the vote. */
    @Test
    void shouldListPeopleWhoseProbationEndedAtTheirBranchMeetings() {
        assertThat(count("""
                select count(*) from party_member m where m.status = 'PROBATIONARY' and m.admitted_on < ?
                  and exists (select 1 from member_history h where h.member_id = m.id and h.recorded_by = 'demo')""",
                today.minusYears(1))).isPositive();
        assertThat(count("""
                select count(*) from party_member m
                join meeting mt on mt.party_org_id = m.party_org_id and mt.held_on >= m.admitted_on
                where m.status = 'PROBATIONARY' and m.admitted_on < ? and mt.created_by = 'demo' and mt.version = 0
                  and exists (select 1 from member_history h where h.member_id = m.id and h.kind = 'JOINED'
                              and h.recorded_by = 'demo')
                  and mt.type not in ('BRANCH_COMMITTEE', 'HEART_TALK') and mt.deleted_at is null
                  and not exists (select 1 from meeting_attendance a where a.meeting_id = mt.id and a.member_id = m.id
                                  and not a.voting)""", today.minusYears(1))).isZero();
    }

    /** The board's SQL and the policy say the same of every person, today and on later days. */
    @Test
    @Transactional(readOnly = true)
    void shouldAgreeWithThePolicyForEveryPersonOnTheBoard() {
        long district = jdbc.queryForObject("select max(id) from region where level = 'DISTRICT'", Long.class);
        Scope scope = Scope.ofRegion(district, regionPath(district));
        DevelopmentQueries.Filter filter = new DevelopmentQueries.Filter(scope.regionPrefix(), "/", "/", null, null);
        DevelopmentPolicy policy = development.policy();
        int compared = 0;
        for (LocalDate day : List.of(today, today.plusDays(45), today.plusDays(200))) {
            List<DevelopmentQueries.Fact> facts = queries.allPeople(filter, day, rules.probationWindowDays());
            assertThat(facts).hasSizeGreaterThan(100);
            Map<Long, DevelopmentQueries.Fact> byId = facts.stream()
                    .collect(Collectors.toMap(DevelopmentQueries.Fact::memberId, Function.identity()));
            for (DevelopmentQueries.Fact f : byId.values()) {
                PartyMember m = development.requireMember(f.memberId(), scope);
                DevelopmentPolicy.Progress p = development.progress(m, development.stepsOf(m));
                DevelopmentPolicy.Due due = policy.alert(p, day);
                assertThat(f.alert()).as("alert of %s on %s", f.memberId(), day).isEqualTo(due.alert());
                assertThat(f.dueOn()).as("due day of %s on %s", f.memberId(), day).isEqualTo(due.dueOn());
                StepDef next = policy.nextStep(p);
                assertThat(f.nextStep()).as("next step of %s", f.memberId()).isEqualTo(next == null ? null : next.code());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    private DevelopmentQueries.Filter cityFilter() {
        Scope city = ((GrassrootsUser) users.loadUserByUsername("city")).getScope();
        return new DevelopmentQueries.Filter(city.regionPrefix(), city.orgPrefix(), "/", null, null);
    }
}
