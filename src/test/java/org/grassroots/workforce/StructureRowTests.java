package org.grassroots.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.grassroots.workforce.WorkforceViews.Check;
import org.grassroots.workforce.WorkforceViews.CommunityFacts;
import org.grassroots.workforce.WorkforceViews.StructureRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The team structure of a region from its communities' facts, and each community's checks. */
class StructureRowTests {

    /** residents, headcount, age sum, young, old, college, party workers, staff, secretaries, ending, ended. */
    private static CommunityFacts facts(long residents, long headcount, long ageSum, long young, long old,
            long college, long partyWorkers, long staff, long secretaries, long ending, long ended) {
        return new CommunityFacts(1, "c", "/1/", residents, headcount, ageSum, young, old, college, partyWorkers,
                staff, secretaries, ending, ended);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // facts; average age, young %, old %, college %, party workers per community, per 10,000
                Arguments.of(List.of(facts(10000, 20, 800, 5, 2, 14, 1, 18, 1, 0, 0)),
                        "40.0", 25L, 10L, 70L, "1.00", "18.0"),
                Arguments.of(List.of(facts(5000, 3, 130, 1, 1, 2, 1, 3, 1, 0, 0),
                        facts(5000, 3, 140, 0, 1, 1, 0, 2, 0, 0, 0)),
                        "45.0", 17L, 33L, 50L, "0.50", "5.0"),
                Arguments.of(List.of(facts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), null, null, null, null, "0.00", null),
                Arguments.of(List.of(), null, null, null, null, null, null));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void shouldSumTheCommunitiesIntoTheStructure(List<CommunityFacts> facts, String averageAge, Long young,
            Long old, Long college, String partyWorkers, String perTenThousand) {
        StructureRow row = StructureRow.of(null, facts);
        assertThat(text(row.averageAge())).isEqualTo(averageAge);
        assertThat(row.youngPercent()).isEqualTo(young);
        assertThat(row.oldPercent()).isEqualTo(old);
        assertThat(row.collegePercent()).isEqualTo(college);
        assertThat(text(row.partyWorkersPerCommunity())).isEqualTo(partyWorkers);
        assertThat(text(row.staffPerTenThousand())).isEqualTo(perTenThousand);
        assertThat(row.communities()).isEqualTo(facts.size());
    }

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of(10000L, 18L, 18, true),
                Arguments.of(10000L, 17L, 18, false),
                Arguments.of(3000L, 6L, 18, true),
                Arguments.of(0L, 5L, 18, null));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void shouldCompareTheStaffingRatioWithTheTarget(long residents, long staff, int target, Boolean meets) {
        StructureRow row = StructureRow.of(null, List.of(facts(residents, staff, 0, 0, 0, 0, 1, staff, 1, 0, 0)));
        assertThat(row.meets(target)).isEqualTo(meets);
    }

    static Stream<Arguments> checks() {
        return Stream.of(
                Arguments.of(facts(1, 5, 0, 0, 0, 0, 1, 5, 1, 0, 0), List.of()),
                Arguments.of(facts(1, 5, 0, 0, 0, 0, 0, 5, 1, 0, 0), List.of(Check.NO_PARTY_WORKER)),
                Arguments.of(facts(1, 5, 0, 0, 0, 0, 1, 5, 0, 0, 0), List.of(Check.SECRETARY_VACANT)),
                Arguments.of(facts(1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1),
                        List.of(Check.SECRETARY_VACANT, Check.NO_PARTY_WORKER, Check.TERM_ENDING, Check.TERM_ENDED)));
    }

    @ParameterizedTest
    @MethodSource("checks")
    void shouldFlagWhatACommunityLacks(CommunityFacts facts, List<Check> expected) {
        assertThat(facts.checks()).containsExactlyElementsOf(expected);
        StructureRow row = StructureRow.of(null, List.of(facts));
        assertThat(row.checkCount()).isEqualTo(expected.size());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
