package org.grassroots.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MemberStatusTests {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @DisplayName("domain-rules.md §3: the pipeline moves forward, suspension can be lifted, exits are final")
    @CsvSource({
        "APPLICANT,            ACTIVIST,             true",
        "ACTIVIST,             CANDIDATE,            true",
        "CANDIDATE,            PROBATIONARY,         true",
        "PROBATIONARY,         FULL,                 true",
        "PROBATIONARY,         PROBATION_CANCELLED,  true",
        "FULL,                 MEMBERSHIP_SUSPENDED, true",
        "MEMBERSHIP_SUSPENDED, FULL,                 true",
        "MEMBERSHIP_SUSPENDED, REMOVED_SELF_LAPSED,  true",
        "FULL,                 EXPELLED,             true",
        "CANDIDATE,            ACTIVIST,             false",
        "FULL,                 PROBATIONARY,         false",
        "PROBATIONARY,         EXPELLED,             false",
        "EXPELLED,             FULL,                 false",
        "PERSUADED_TO_WITHDRAW, FULL,                false",
        "REMOVED_SELF_LAPSED,  MEMBERSHIP_SUSPENDED, false",
        "DECEASED,             FULL,                 false",
        "PROBATION_CANCELLED,  PROBATIONARY,         false",
        "NOT_APPROVED,         APPLICANT,            false"
    })
    void shouldAllowOnlyRegulatedTransitions(MemberStatus from, MemberStatus to, boolean allowed) {
        assertThat(from.canChangeTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(MemberStatus.class)
    void shouldAlwaysAllowKeepingTheSameStatus(MemberStatus status) {
        assertThat(status.canChangeTo(status)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = MemberStatus.class, names = {"PROBATION_CANCELLED", "NOT_APPROVED", "REMOVED_SELF_LAPSED",
        "PERSUADED_TO_WITHDRAW", "WITHDRAWN", "EXPELLED", "DECEASED"})
    void shouldHaveNoNextStatusWhenExited(MemberStatus status) {
        assertThat(status.next()).isEmpty();
        assertThat(status.isCurrent()).isFalse();
    }
}
