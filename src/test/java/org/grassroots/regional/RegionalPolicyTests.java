package org.grassroots.regional;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The time rules of regional Party building, table by table. */
class RegionalPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    private static RegionalPolicy policy(int months) {
        return new RegionalPolicy(new RegionalRules(months, 15, 60));
    }

    static Stream<Arguments> periods() {
        return Stream.of(
                Arguments.of(3, "2026-01-01", "2026-01-01", "2026-03-31"),
                Arguments.of(3, "2026-03-31", "2026-01-01", "2026-03-31"),
                Arguments.of(3, "2026-04-01", "2026-04-01", "2026-06-30"),
                Arguments.of(3, "2026-12-31", "2026-10-01", "2026-12-31"),
                Arguments.of(6, "2026-06-30", "2026-01-01", "2026-06-30"),
                Arguments.of(6, "2026-07-01", "2026-07-01", "2026-12-31"),
                Arguments.of(1, "2024-02-10", "2024-02-01", "2024-02-29"),
                Arguments.of(12, "2026-08-08", "2026-01-01", "2026-12-31"));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void shouldFindThePeriodOfADay(int months, String day, String start, String end) {
        RegionalPolicy.Period period = policy(months).period(LocalDate.parse(day));
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
    }

    static Stream<Arguments> previous() {
        return Stream.of(
                Arguments.of(3, "2026-02-15", "2025-10-01"),
                Arguments.of(3, "2026-05-20", "2026-01-01"),
                Arguments.of(6, "2026-05-20", "2025-07-01"));
    }

    @ParameterizedTest
    @MethodSource("previous")
    void shouldStartTiesWindowAtThePreviousPeriod(int months, String day, String since) {
        assertThat(policy(months).tiesSince(LocalDate.parse(day))).isEqualTo(since);
    }

    static Stream<Arguments> met() {
        return Stream.of(
                Arguments.of(null, false),
                Arguments.of("2026-04-01", true),
                Arguments.of("2026-05-20", true),
                Arguments.of("2026-03-31", false),
                Arguments.of("2026-05-21", false));
    }

    @ParameterizedTest
    @MethodSource("met")
    void shouldTellWhetherTheJointMeetingMetThisPeriod(String lastHeld, boolean expected) {
        assertThat(policy(3).metInPeriod(lastHeld == null ? null : LocalDate.parse(lastHeld), TODAY))
                .isEqualTo(expected);
    }

    static Stream<Arguments> overdue() {
        return Stream.of(
                Arguments.of(FollowUpStatus.OPEN, "2026-05-19", true),
                Arguments.of(FollowUpStatus.OPEN, "2026-05-20", false),
                Arguments.of(FollowUpStatus.OPEN, "2026-06-01", false),
                Arguments.of(FollowUpStatus.DONE, "2026-01-01", false),
                Arguments.of(FollowUpStatus.DROPPED, "2026-01-01", false));
    }

    @ParameterizedTest
    @MethodSource("overdue")
    void shouldMarkOpenItemsPastTheirDeadlineOverdue(FollowUpStatus status, String due, boolean expected) {
        assertThat(RegionalPolicy.overdue(status, LocalDate.parse(due), TODAY)).isEqualTo(expected);
    }

    static Stream<Arguments> agreements() {
        return Stream.of(
                Arguments.of("2026-06-01", "2027-06-01", AgreementState.UPCOMING, false),
                Arguments.of("2026-05-20", "2029-05-19", AgreementState.ACTIVE, false),
                Arguments.of("2024-01-01", "2026-07-19", AgreementState.ACTIVE, true),
                Arguments.of("2024-01-01", "2026-07-20", AgreementState.ACTIVE, false),
                Arguments.of("2024-01-01", "2026-05-20", AgreementState.ACTIVE, true),
                Arguments.of("2024-01-01", "2026-05-19", AgreementState.EXPIRED, false));
    }

    @ParameterizedTest
    @MethodSource("agreements")
    void shouldDeriveAgreementStateAndWarning(String start, String end, AgreementState state, boolean soon) {
        LocalDate s = LocalDate.parse(start);
        LocalDate e = LocalDate.parse(end);
        assertThat(RegionalPolicy.state(s, e, TODAY)).isEqualTo(state);
        assertThat(policy(3).expiringSoon(s, e, TODAY)).isEqualTo(soon);
    }

    static Stream<Arguments> reviews() {
        return Stream.of(
                Arguments.of("2025-06-01", null, false),
                Arguments.of("2025-05-20", null, true),
                Arguments.of("2024-01-01", "2025-05-21", false),
                Arguments.of("2024-01-01", "2025-05-19", true),
                Arguments.of("2020-01-01", null, false));
    }

    @ParameterizedTest
    @MethodSource("reviews")
    void shouldAskForTheYearlyReview(String start, String lastReview, boolean due) {
        LocalDate s = LocalDate.parse(start);
        LocalDate end = s.getYear() == 2020 ? LocalDate.of(2023, 1, 1) : LocalDate.of(2028, 1, 1);
        assertThat(RegionalPolicy.reviewDue(s, end, lastReview == null ? null : LocalDate.parse(lastReview), TODAY))
                .isEqualTo(due);
    }

    static Stream<Arguments> ties() {
        return Stream.of(
                Arguments.of(null, 0, false),
                Arguments.of(null, 1, true),
                Arguments.of("2026-01-01", 0, true),
                Arguments.of("2025-12-31", 0, false),
                Arguments.of("2026-06-01", 0, false));
    }

    @ParameterizedTest
    @MethodSource("ties")
    void shouldCountTiesActiveWithARecentMeetingOrAnAgreement(String lastMeeting, long agreements, boolean active) {
        assertThat(policy(3).tiesActive(lastMeeting == null ? null : LocalDate.parse(lastMeeting), agreements, TODAY))
                .isEqualTo(active);
    }

    @ParameterizedTest
    @MethodSource("periods")
    void shouldPutTheTopicsDeadlineBeforeTheMeeting(int months, String day, String start, String end) {
        assertThat(policy(months).topicsDue(LocalDate.parse(day))).isEqualTo(LocalDate.parse(day).minusDays(15));
    }
}
