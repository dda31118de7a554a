package org.grassroots.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.grassroots.region.Region;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** domain-rules.md §1 (organization setup, terms) as applied by {@link OrgSetupPolicy} with the default numbers. */
class OrgSetupPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    /** Far enough away that no term warning interferes with the size rules. */
    private static final LocalDate LONG_TERM = TODAY.plusYears(2);

    private final OrgSetupPolicy policy = new OrgSetupPolicy(OrgRules.defaults());

    private static Arguments rule(String rule, OrgType type, boolean committee, LocalDate termEnd, long full,
            long members, String... expectedKeys) {
        return Arguments.of(rule, type, committee, termEnd, full, members, List.of(expectedKeys));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                rule("Const. Art. 30: a branch needs >=3 full members; 2 is too few",
                        OrgType.BRANCH, false, LONG_TERM, 2, 4, "org.warning.tooFewFull"),
                rule("Const. Art. 30: probationary members do not count (2 full + 3 probationary)",
                        OrgType.BRANCH, false, LONG_TERM, 2, 5, "org.warning.tooFewFull"),
                rule("Const. Art. 30: 3 full members are enough",
                        OrgType.BRANCH, false, LONG_TERM, 3, 3),
                rule("Branch Regs ch. 2: a joint branch keeps the branch rules",
                        OrgType.JOINT_BRANCH, false, LONG_TERM, 1, 1, "org.warning.tooFewFull"),
                rule("Branch Regs ch. 2: a temporary branch keeps the branch rules",
                        OrgType.TEMPORARY_BRANCH, false, LONG_TERM, 0, 0, "org.warning.tooFewFull"),
                rule("Branch Regs ch. 6: 6 full members need no committee",
                        OrgType.BRANCH, false, LONG_TERM, 6, 6),
                rule("Branch Regs ch. 6: 7 full members without a committee",
                        OrgType.BRANCH, false, LONG_TERM, 7, 7, "org.warning.committeeRequired"),
                rule("Branch Regs ch. 6: 7 full members with a committee",
                        OrgType.BRANCH, true, LONG_TERM, 7, 7),
                rule("Branch Regs Art. 4: 51 members is above the upper limit of 50",
                        OrgType.BRANCH, true, LONG_TERM, 40, 51, "org.warning.tooLarge"),
                rule("Branch Regs Art. 4: 50 members is within the limit",
                        OrgType.BRANCH, true, LONG_TERM, 40, 50),
                rule("Branch Regs Art. 4 + ch. 6: 51 members, 45 full, no committee",
                        OrgType.BRANCH, false, LONG_TERM, 45, 51,
                        "org.warning.committeeRequired", "org.warning.tooLarge"),
                rule("Branch Regs ch. 6: term ended yesterday",
                        OrgType.BRANCH, false, TODAY.minusDays(1), 3, 3, "org.warning.termExpired"),
                rule("Branch Regs ch. 6: term ends today: still in office, warn that it is ending",
                        OrgType.BRANCH, false, TODAY, 3, 3, "org.warning.termEnding"),
                rule("Branch Regs ch. 6: term ends in 5 months (reminder from 6 months before)",
                        OrgType.BRANCH, false, TODAY.plusMonths(5), 3, 3, "org.warning.termEnding"),
                rule("Branch Regs ch. 6: term ends in exactly 6 months",
                        OrgType.BRANCH, false, TODAY.plusMonths(6), 3, 3, "org.warning.termEnding"),
                rule("Branch Regs ch. 6: term ends in 6 months and a day",
                        OrgType.BRANCH, false, TODAY.plusMonths(6).plusDays(1), 3, 3),
                rule("Branch Regs ch. 6: term ends in 7 months",
                        OrgType.BRANCH, false, TODAY.plusMonths(7), 3, 3),
                rule("no term recorded: no term warning",
                        OrgType.BRANCH, false, null, 3, 3),
                rule("Branch Regs ch. 6: a committee's expired term is reported too",
                        OrgType.COMMITTEE, true, TODAY.minusDays(1), 0, 0, "org.warning.termExpired"),
                rule("Branch Regs Art. 13: a party group has no size, committee or term rules",
                        OrgType.PARTY_GROUP, false, TODAY.minusDays(1), 0, 60),
                rule("Branch Regs Art. 13: a party group with 8 full members needs no committee",
                        OrgType.PARTY_GROUP, false, null, 8, 8),
                rule("branch-size rules are for branches: a committee with 2 full members",
                        OrgType.COMMITTEE, false, LONG_TERM, 2, 2),
                rule("branch-size rules are for branches: a working committee with 8 full members and 200 members",
                        OrgType.WORKING_COMMITTEE, false, LONG_TERM, 8, 200),
                rule("branch-size rules are for branches: a general branch with 60 members",
                        OrgType.GENERAL_BRANCH, false, LONG_TERM, 55, 60));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @DisplayName("domain-rules.md §1: setup warnings with the regulation's default numbers")
    @MethodSource("cases")
    void shouldWarnAsTheRuleSaysWhenOrganizationIsInThatState(String rule, OrgType type, boolean committee,
            LocalDate termEnd, long full, long members, List<String> expectedKeys) {
        List<OrgWarning> warnings = policy.warnings(type, committee, termEnd, full, members, TODAY);
        assertThat(warnings).extracting(OrgWarning::key).as(rule).containsExactlyElementsOf(expectedKeys);
    }

    @Test
    void shouldCarryCountsAndThresholdWhenWarningHasArguments() {
        assertThat(policy.warnings(OrgType.BRANCH, false, LONG_TERM, 2, 2, TODAY))
                .singleElement().satisfies(w -> assertThat(w.argArray()).containsExactly(2L, 3));
        assertThat(policy.warnings(OrgType.BRANCH, true, TODAY.plusMonths(5), 3, 3, TODAY))
                .singleElement().satisfies(w -> assertThat(w.argArray()).containsExactly(TODAY.plusMonths(5), 6));
    }

    @Test
    @DisplayName("thresholds are settings (domain-rules.md: numbers as settings with the regulation as default)")
    void shouldUseConfiguredThresholdsWhenRulesAreCustomized() {
        OrgSetupPolicy strict = new OrgSetupPolicy(new OrgRules(4, 5, 30, 2, null, null));

        assertThat(keys(strict.warnings(OrgType.BRANCH, true, LONG_TERM, 3, 3, TODAY)))
                .containsExactly("org.warning.tooFewFull");
        assertThat(keys(policy.warnings(OrgType.BRANCH, true, LONG_TERM, 3, 3, TODAY))).isEmpty();

        assertThat(keys(strict.warnings(OrgType.BRANCH, false, LONG_TERM, 5, 5, TODAY)))
                .containsExactly("org.warning.committeeRequired");
        assertThat(keys(strict.warnings(OrgType.BRANCH, true, LONG_TERM, 20, 31, TODAY)))
                .containsExactly("org.warning.tooLarge");
        assertThat(keys(strict.warnings(OrgType.BRANCH, true, TODAY.plusMonths(3), 5, 5, TODAY))).isEmpty();
        assertThat(keys(policy.warnings(OrgType.BRANCH, true, TODAY.plusMonths(3), 5, 5, TODAY)))
                .containsExactly("org.warning.termEnding");
    }

    @Test
    void shouldKeepDefaultsWhenRulesAreNotConfigured() {
        assertThat(OrgRules.defaults()).isEqualTo(new OrgRules(3, 7, 50, 6, 3, 5));
    }

    @ParameterizedTest(name = "{0} in a COMMUNITY serves 5 years")
    @DisplayName("Term Opinion §1: every elected community body serves 5 years")
    @EnumSource(value = OrgType.class, names = {"WORKING_COMMITTEE", "PARTY_GROUP"},
            mode = EnumSource.Mode.EXCLUDE)
    void shouldServeFiveYearsWhenCategoryIsCommunity(OrgType type) {
        assertThat(policy.termYears(type, OrgCategory.COMMUNITY)).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} committee serves 5 years")
    @DisplayName("Term Opinion §1: base committees serve 5 years, whatever the sector")
    @EnumSource(OrgCategory.class)
    void shouldServeFiveYearsWhenOrganizationIsCommittee(OrgCategory category) {
        assertThat(policy.termYears(OrgType.COMMITTEE, category)).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} has no term")
    @DisplayName("a working committee is appointed and a Party group belongs to its branch: no term, no term warning")
    @EnumSource(value = OrgType.class, names = {"WORKING_COMMITTEE", "PARTY_GROUP"})
    void shouldHaveNoTermWhenNotElected(OrgType type) {
        assertThat(policy.hasTerm(type)).isFalse();
        assertThat(policy.termYears(type, OrgCategory.COMMUNITY)).isZero();
        assertThat(policy.warnings(type, false, TODAY.minusDays(1), 10, 10, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} outside communities serves 3 years")
    @DisplayName("Term Opinion §1: general branches and branches outside communities serve 3 years")
    @EnumSource(value = OrgType.class, names = {"GENERAL_BRANCH", "BRANCH", "JOINT_BRANCH", "TEMPORARY_BRANCH"})
    void shouldServeThreeYearsWhenBranchOutsideCommunity(OrgType type) {
        for (OrgCategory category : OrgCategory.values()) {
            if (category != OrgCategory.COMMUNITY) {
                assertThat(policy.termYears(type, category)).as(category.name()).isEqualTo(3);
            }
        }
    }

    @Test
    void shouldUseConfiguredTermYearsWhenRulesAreCustomized() {
        OrgSetupPolicy custom = new OrgSetupPolicy(new OrgRules(null, null, null, null, 4, 6));
        assertThat(custom.termYears(OrgType.BRANCH, OrgCategory.PRIVATE_ENTERPRISE)).isEqualTo(4);
        assertThat(custom.termYears(OrgType.BRANCH, OrgCategory.COMMUNITY)).isEqualTo(6);
    }

    @Test
    @DisplayName("a closed organization is history: it gets no warnings")
    void shouldNotWarnWhenOrganizationIsClosed() {
        Region street = Region.city("T-UNIT-C", "city").addChild("T-UNIT-D", "district").addChild("T-UNIT-S", "street");
        PartyOrg committee = PartyOrg.found("committee", OrgType.WORKING_COMMITTEE, OrgCategory.COMMUNITY, null, street);
        PartyOrg branch = PartyOrg.found("branch", OrgType.BRANCH, OrgCategory.COMMUNITY, committee, street);
        branch.setUpTerm(null, TODAY.minusYears(5), TODAY.minusDays(1), false);

        assertThat(keys(policy.warnings(branch, 1, 1, TODAY)))
                .containsExactly("org.warning.tooFewFull", "org.warning.termExpired");
        branch.close(TODAY);
        assertThat(policy.warnings(branch, 1, 1, TODAY)).isEmpty();
    }

    private static List<String> keys(List<OrgWarning> warnings) {
        return warnings.stream().map(OrgWarning::key).toList();
    }
}
