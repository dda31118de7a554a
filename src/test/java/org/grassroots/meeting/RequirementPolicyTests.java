package org.grassroots.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.grassroots.meeting.MeetingType.BRANCH_COMMITTEE;
import static org.grassroots.meeting.MeetingType.DEMOCRATIC_APPRAISAL;
import static org.grassroots.meeting.MeetingType.LIFE_MEETING;
import static org.grassroots.meeting.MeetingType.MEMBERS_ASSEMBLY;
import static org.grassroots.meeting.MeetingType.PARTY_GROUP_MEETING;
import static org.grassroots.meeting.MeetingType.PARTY_LESSON;
import static org.grassroots.meeting.MeetingType.THEME_DAY;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grassroots.meeting.MeetingRequirement.Condition;
import org.grassroots.org.OrgType;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The requirement table says what domain-rules.md §2 says, row by row, and the policy reads it right:
 * which organizations owe what, from which period on, and what a period's counts mean. The table rows
 * are read from the real database the application runs on (the shared test context); the rest are
 * plain unit checks of MeetingRequirement and RequirementPolicy.
 */
class RequirementPolicyTests extends WebIntegrationTestBase {

    /** The Regulations on the Work of Party Branches (Trial) took effect on this day. */
    static final LocalDate BRANCH_REGS = LocalDate.of(2018, 10, 28);

    static final Set<OrgType> BRANCHES = EnumSet.of(OrgType.BRANCH, OrgType.JOINT_BRANCH, OrgType.TEMPORARY_BRANCH);

    /** One regulation as domain-rules.md §2 states it. */
    record Rule(MeetingType type, Frequency frequency, int count, Set<OrgType> orgTypes, Condition condition,
            String article, String rule) {

        @Override
        public String toString() {
            return type + " " + count + "/" + frequency + " (" + article + ": " + rule + ")";
        }
    }

    static Stream<Rule> rules() {
        return Stream.of(
                new Rule(MEMBERS_ASSEMBLY, Frequency.QUARTER, 1, BRANCHES, Condition.ALWAYS, "Art. 11",
                        "branch members' meeting generally once a quarter"),
                new Rule(BRANCH_COMMITTEE, Frequency.MONTH, 1, BRANCHES, Condition.HAS_COMMITTEE, "Art. 12",
                        "committee meeting generally once a month, where a committee exists"),
                new Rule(PARTY_GROUP_MEETING, Frequency.MONTH, 1, EnumSet.of(OrgType.PARTY_GROUP), Condition.ALWAYS,
                        "Art. 13", "Party group meeting generally once a month, in the groups"),
                new Rule(PARTY_LESSON, Frequency.QUARTER, 1, BRANCHES, Condition.ALWAYS, "Art. 15",
                        "Party lecture; no national frequency, common local rule once a quarter"),
                new Rule(THEME_DAY, Frequency.MONTH, 1, BRANCHES, Condition.ALWAYS, "Art. 16",
                        "theme Party day on a relatively fixed day each month"),
                new Rule(LIFE_MEETING, Frequency.YEAR, 1, BRANCHES, Condition.ALWAYS, "Art. 17",
                        "organizational life meeting at least once a year"),
                new Rule(DEMOCRATIC_APPRAISAL, Frequency.YEAR, 1, BRANCHES, Condition.ALWAYS, "Art. 19",
                        "democratic appraisal of members generally once a year"));
    }

    @Autowired
    RequirementPolicy policy;

    // ------------------------------------------------------------------ the seeded table, row by row

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldSeedOneRequirementAsTheRegulationSays(Rule rule) {
        List<MeetingRequirement> rows = policy.all().stream().filter(r -> r.getMeetingType() == rule.type()).toList();

        assertThat(rows).as("rows for %s", rule.type()).hasSize(1);
        MeetingRequirement row = rows.get(0);
        assertThat(row.getFrequency()).isEqualTo(rule.frequency());
        assertThat(row.getMinCount()).isEqualTo(rule.count());
        // a city may ask for more than the regulation, never for less
        assertThat(row.getMinAllowed()).isEqualTo(rule.count());
        assertThat(row.getMaxAllowed()).isGreaterThanOrEqualTo(rule.count());
        assertThat(row.getOrgTypes()).containsExactlyInAnyOrderElementsOf(
                rule.orgTypes().stream().map(Enum::name).toList());
        assertThat(row.getCondition()).isEqualTo(rule.condition());
        assertThat(row.getEffectiveFrom()).isEqualTo(BRANCH_REGS);
        assertThat(row.getEffectiveTo()).isNull();
        assertThat(row.getSource()).contains("Branch Regs " + rule.article());
        assertThat(row.getSource()).as("the source cites the right article, not a longer number")
                .doesNotContainPattern(rule.article().replace(".", "\\.") + "\\d");
    }

    @Test
    void shouldRequireNoOtherMeetingsThanTheRegulations() {
        Set<MeetingType> seeded = policy.all().stream().map(MeetingRequirement::getMeetingType)
                .collect(Collectors.toSet());

        assertThat(seeded).isEqualTo(rules().map(Rule::type).collect(Collectors.toSet()));
        // heart-to-heart talks (Art. 18) are counted per pair of people, not per organization: a log only
        assertThat(seeded).doesNotContain(MeetingType.HEART_TALK);
        assertThat(policy.inForceOn(LocalDate.now()).stream().map(MeetingRequirement::getMeetingType))
                .containsExactly(MEMBERS_ASSEMBLY, BRANCH_COMMITTEE, PARTY_GROUP_MEETING, PARTY_LESSON, THEME_DAY,
                        LIFE_MEETING, DEMOCRATIC_APPRAISAL);
    }

    /**
     * What each kind of organization owes. Branch Regs Art. 11–19 bind Party branches; committees,
     * working committees and general branches keep other rules (not counted here); groups hold group
     * meetings (Art. 13) and only those.
     */
    @ParameterizedTest(name = "{0}, committee {1}: {2}")
    @CsvSource({
        "BRANCH,            true,  MEMBERS_ASSEMBLY BRANCH_COMMITTEE PARTY_LESSON THEME_DAY LIFE_MEETING DEMOCRATIC_APPRAISAL",
        "BRANCH,            false, MEMBERS_ASSEMBLY PARTY_LESSON THEME_DAY LIFE_MEETING DEMOCRATIC_APPRAISAL",
        "JOINT_BRANCH,      true,  MEMBERS_ASSEMBLY BRANCH_COMMITTEE PARTY_LESSON THEME_DAY LIFE_MEETING DEMOCRATIC_APPRAISAL",
        "JOINT_BRANCH,      false, MEMBERS_ASSEMBLY PARTY_LESSON THEME_DAY LIFE_MEETING DEMOCRATIC_APPRAISAL",
        "TEMPORARY_BRANCH,  true,  MEMBERS_ASSEMBLY BRANCH_COMMITTEE PARTY_LESSON THEME_DAY LIFE_MEETING DEMOCRATIC_APPRAISAL",
        "TEMPORARY_BRANCH,  false, MEMBERS_ASSEMBLY PARTY_LESSON THEME_DAY LIFE_MEETING DEMOCRATIC_APPRAISAL",
        "PARTY_GROUP,       false, PARTY_GROUP_MEETING",
        "PARTY_GROUP,       true,  PARTY_GROUP_MEETING",
        "GENERAL_BRANCH,    true,  ''",
        "GENERAL_BRANCH,    false, ''",
        "COMMITTEE,         true,  ''",
        "COMMITTEE,         false, ''",
        "WORKING_COMMITTEE, true,  ''",
        "WORKING_COMMITTEE, false, ''",
    })
    void shouldOweWhatTheRegulationsAskOfEachKindOfOrganization(OrgType type, boolean hasCommittee, String owed) {
        Set<MeetingType> expected = owed.isBlank() ? Set.of()
                : Arrays.stream(owed.trim().split("\\s+")).map(MeetingType::valueOf).collect(Collectors.toSet());
        LocalDate today = LocalDate.now();

        assertThat(policy.owedBy(type, hasCommittee, today).stream().map(MeetingRequirement::getMeetingType))
                .containsExactlyInAnyOrderElementsOf(expected);
        // and the rules above say the same
        assertThat(rules().filter(r -> r.orgTypes().contains(type)
                && (r.condition() == Condition.ALWAYS || hasCommittee)).map(Rule::type))
                .containsExactlyInAnyOrderElementsOf(expected);
        // the table's own rows agree one by one
        for (MeetingRequirement r : policy.all()) {
            assertThat(r.appliesTo(type, hasCommittee)).as("%s applies to %s/%s", r.getMeetingType(), type,
                    hasCommittee).isEqualTo(expected.contains(r.getMeetingType()));
        }
    }

    /** The real rows keep their bounds: no count below the regulation, none above the row's maximum. */
    @Test
    void shouldRefuseCountsOutsideTheSeededBounds() {
        for (MeetingRequirement row : policy.all()) {
            LocalDate today = LocalDate.of(2026, 11, 27);
            assertThatExceptionOfType(BusinessRuleException.class)
                    .isThrownBy(() -> row.changeCount(row.getMinAllowed() - 1, today))
                    .satisfies(e -> assertThat(e.messageKey()).isEqualTo("requirement.count.bounds"))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("minCount"));
            assertThatExceptionOfType(BusinessRuleException.class)
                    .isThrownBy(() -> row.changeCount(row.getMaxAllowed() + 1, today));
            assertThat(row.getEffectiveTo()).as("a refused change leaves the row as it was").isNull();
        }
    }

    // ------------------------------------------------------------------ MeetingRequirement, unit

    private static MeetingRequirement requirement(MeetingType type, Frequency frequency, int count, int min, int max,
            LocalDate from) {
        MeetingRequirement r = MeetingRequirement.of(type, frequency, count, List.copyOf(BRANCHES), Condition.ALWAYS,
                from);
        ReflectionTestUtils.setField(r, "minAllowed", min);
        ReflectionTestUtils.setField(r, "maxAllowed", max);
        return r;
    }

    private static Period period(String key) {
        return Period.parse(key).orElseThrow();
    }

    @Test
    void shouldApplyByTypeAndCommitteeOnly() {
        MeetingRequirement committee = MeetingRequirement.of(BRANCH_COMMITTEE, Frequency.MONTH, 1,
                List.copyOf(BRANCHES), Condition.HAS_COMMITTEE, BRANCH_REGS);
        MeetingRequirement always = MeetingRequirement.of(THEME_DAY, Frequency.MONTH, 1, List.copyOf(BRANCHES),
                Condition.ALWAYS, BRANCH_REGS);

        assertThat(committee.appliesTo(OrgType.BRANCH, true)).isTrue();
        assertThat(committee.appliesTo(OrgType.BRANCH, false)).isFalse();
        assertThat(committee.appliesTo(OrgType.GENERAL_BRANCH, true)).isFalse();
        assertThat(always.appliesTo(OrgType.JOINT_BRANCH, false)).isTrue();
        assertThat(always.appliesTo(OrgType.PARTY_GROUP, true)).isFalse();
        assertThat(always.appliesTo(OrgType.COMMITTEE, true)).isFalse();
    }

    /** In force only for periods it covers whole: from its first day and, if it ends, to the last. */
    @ParameterizedTest(name = "from {0} to {1}: {2} -> {3}")
    @CsvSource({
        "2026-04-01, ,           2026-Q2, true",
        "2026-04-01, ,           2026-Q1, false",
        "2026-04-01, ,           2026-04, true",
        "2026-04-01, ,           2026-03, false",
        "2026-04-01, ,           2026,    false",
        "2026-04-01, ,           2027,    true",
        "2026-04-02, ,           2026-Q2, false",
        "2026-04-02, ,           2026-Q3, true",
        "2018-10-28, 2026-06-30, 2026-Q2, true",
        "2018-10-28, 2026-06-30, 2026-Q3, false",
        "2018-10-28, 2026-06-29, 2026-Q2, false",
        "2018-10-28, 2026-06-29, 2026-06, false",
        "2018-10-28, 2026-06-29, 2026-05, true",
        "2018-10-28, 2026-12-31, 2026,    true",
        "2018-10-28, 2026-12-30, 2026,    false",
    })
    void shouldBeInForceForWholePeriodsOnly(LocalDate from, LocalDate to, String periodKey, boolean inForce) {
        MeetingRequirement r = requirement(MEMBERS_ASSEMBLY, Frequency.QUARTER, 1, 1, 3, from);
        ReflectionTestUtils.setField(r, "effectiveTo", to);

        assertThat(r.inForce(period(periodKey))).isEqualTo(inForce);
    }

    /** A new count takes effect at the start of the next period; the current one keeps what it had. */
    @ParameterizedTest(name = "{0} changed on {1}: old ends {2}, new starts {3}")
    @CsvSource({
        "MONTH,   2026-03-01, 2026-03-31, 2026-04-01",
        "MONTH,   2026-03-31, 2026-03-31, 2026-04-01",
        "MONTH,   2026-12-15, 2026-12-31, 2027-01-01",
        "MONTH,   2028-02-10, 2028-02-29, 2028-03-01",
        "QUARTER, 2026-01-01, 2026-03-31, 2026-04-01",
        "QUARTER, 2026-03-31, 2026-03-31, 2026-04-01",
        "QUARTER, 2026-11-27, 2026-12-31, 2027-01-01",
        "YEAR,    2026-01-01, 2026-12-31, 2027-01-01",
        "YEAR,    2026-12-31, 2026-12-31, 2027-01-01",
    })
    void shouldChangeCountFromTheNextPeriodStart(Frequency frequency, LocalDate today, LocalDate oldEnds,
            LocalDate newStarts) {
        MeetingRequirement r = requirement(MEMBERS_ASSEMBLY, frequency, 1, 1, 3, BRANCH_REGS);

        MeetingRequirement next = r.changeCount(2, today);

        assertThat(r.getEffectiveTo()).isEqualTo(oldEnds);
        assertThat(r.getMinCount()).isEqualTo(1);
        assertThat(next.getEffectiveFrom()).isEqualTo(newStarts);
        assertThat(next.getEffectiveTo()).isNull();
        assertThat(next.getMinCount()).isEqualTo(2);
        assertThat(next.getMinAllowed()).isEqualTo(1);
        assertThat(next.getMaxAllowed()).isEqualTo(3);
        assertThat(next.getFrequency()).isEqualTo(frequency);
        assertThat(next.getOrgTypes()).isEqualTo(r.getOrgTypes());
        assertThat(next.getCondition()).isEqualTo(r.getCondition());
        Period current = Period.containing(frequency, today);
        assertThat(r.inForce(current)).isTrue();
        assertThat(next.inForce(current)).isFalse();
        assertThat(r.inForce(current.next())).isFalse();
        assertThat(next.inForce(current.next())).isTrue();
    }

    @ParameterizedTest(name = "count {0} within 1..3: {1}")
    @CsvSource({"0, false", "1, true", "2, true", "3, true", "4, false", "-1, false"})
    void shouldChangeCountOnlyWithinBounds(int count, boolean allowed) {
        MeetingRequirement r = requirement(THEME_DAY, Frequency.MONTH, 1, 1, 3, BRANCH_REGS);
        LocalDate today = LocalDate.of(2026, 11, 27);

        if (allowed) {
            assertThat(r.changeCount(count, today).getMinCount()).isEqualTo(count);
        } else {
            assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> r.changeCount(count, today))
                    .satisfies(e -> assertThat(e.args()).containsExactly(1, 3));
            assertThat(r.getEffectiveTo()).isNull();
        }
    }

    // ------------------------------------------------------------------ RequirementPolicy.status, unit

    /** Due while the period is open (its last day included), overdue from the day after, done any time. */
    @ParameterizedTest(name = "expected {0}, held {1}, {2} on {3}: {4}")
    @CsvSource({
        "1, 0, 2026-03, 2026-03-01, DUE",
        "1, 0, 2026-03, 2026-03-31, DUE",
        "1, 0, 2026-03, 2026-04-01, OVERDUE",
        "1, 1, 2026-03, 2026-03-01, DONE",
        "1, 1, 2026-03, 2026-04-01, DONE",
        "1, 3, 2026-03, 2027-01-01, DONE",
        "2, 1, 2026-03, 2026-03-31, DUE",
        "2, 1, 2026-03, 2026-04-01, OVERDUE",
        "2, 2, 2026-03, 2026-04-01, DONE",
        "1, 0, 2026-Q1, 2026-03-31, DUE",
        "1, 0, 2026-Q1, 2026-04-01, OVERDUE",
        "1, 0, 2026-Q4, 2026-12-31, DUE",
        "1, 0, 2026-Q4, 2027-01-01, OVERDUE",
        "1, 0, 2025,    2025-12-31, DUE",
        "1, 0, 2025,    2026-01-01, OVERDUE",
        "1, 0, 2024,    2024-02-29, DUE",
        "0, 0, 2026-03, 2026-04-01, NOT_REQUIRED",
        "0, 0, 2026-03, 2026-03-15, NOT_REQUIRED",
        "0, 2, 2026-03, 2026-04-01, NOT_REQUIRED",
    })
    void shouldTellStatusAtPeriodBoundaries(int expected, int held, String periodKey, LocalDate today,
            ComplianceStatus status) {
        assertThat(RequirementPolicy.status(expected, held, period(periodKey), today)).isEqualTo(status);
    }
}
