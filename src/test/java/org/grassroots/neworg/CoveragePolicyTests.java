package org.grassroots.neworg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The coverage rules of one unit, table by table. */
class CoveragePolicyTests {

    private final CoveragePolicy policy = new CoveragePolicy(NewOrgRules.defaults());

    @ParameterizedTest(name = "{0}, organization open {1} -> {2}")
    @CsvSource({
        "OWN_ORG, true, ORG_COVERED",
        "OWN_ORG, false, BLIND",
        "JOINT_BRANCH, true, ORG_COVERED",
        "JOINT_BRANCH, false, BLIND",
        "INSTRUCTOR, false, WORK_COVERED",
        "NONE, false, BLIND",
    })
    void shouldDeriveCoverageFromModeAndOrganization(CoverageMode mode, boolean orgOpen, Coverage expected) {
        assertThat(CoveragePolicy.coverage(mode, orgOpen)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} full members, {1}, open {2} -> {3}")
    @CsvSource({
        "2, NONE, false, false",
        "3, NONE, false, true",
        "3, INSTRUCTOR, false, true",
        "5, JOINT_BRANCH, true, true",
        "3, OWN_ORG, true, false",
        "3, OWN_ORG, false, true",
        "0, OWN_ORG, true, false",
    })
    void shouldAlertWhenEnoughFullMembersAndNoOwnOrganization(int full, CoverageMode mode, boolean orgOpen,
            boolean alert) {
        assertThat(policy.shouldEstablishBranch(full, mode, orgOpen)).isEqualTo(alert);
    }

    @ParameterizedTest(name = "threshold 5: {0} full members -> {1}")
    @CsvSource({"4, false", "5, true"})
    void shouldTakeThresholdFromSetting(int full, boolean alert) {
        CoveragePolicy five = new CoveragePolicy(new NewOrgRules(null, 5));
        assertThat(five.shouldEstablishBranch(full, CoverageMode.NONE, false)).isEqualTo(alert);
    }

    @ParameterizedTest(name = "history {0}, now {1} -> {2}")
    @CsvSource({
        "NONE, BLIND, false",
        "NONE INSTRUCTOR, WORK_COVERED, false",
        "NONE JOINT_BRANCH NONE, BLIND, true",
        "NONE OWN_ORG INSTRUCTOR, WORK_COVERED, true",
        "NONE OWN_ORG, BLIND, true",
        "NONE OWN_ORG, ORG_COVERED, false",
        "JOINT_BRANCH NONE JOINT_BRANCH, ORG_COVERED, false",
    })
    void shouldFlagBuiltThenScatteredWhenOrganizationCoverageWasLost(String history, Coverage now,
            boolean scattered) {
        List<CoverageMode> modes = Arrays.stream(history.split(" ")).map(CoverageMode::valueOf).toList();
        assertThat(CoveragePolicy.builtThenScattered(modes, now)).isEqualTo(scattered);
    }

    @ParameterizedTest(name = "{0} units -> over {1}")
    @CsvSource({"1, false", "5, false", "6, true", "12, true"})
    void shouldWarnWhenJointBranchCoversMoreThanFive(long units, boolean over) {
        assertThat(policy.jointBranchOverLimit(units)).isEqualTo(over);
    }
}
