package org.grassroots.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.org.OrgType;
import org.grassroots.shared.BusinessRuleException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pure rules behind the compliance and reminder pages, without Spring. */
class ComplianceViewLogicTests {

    private static final LocalDate SINCE = LocalDate.of(2024, 1, 1);

    // ---------------------------------------------------------------- rates

    @ParameterizedTest(name = "{1} of {0} done: {2}%")
    @DisplayName("a rate is rounded down, so 100% means every organization is done")
    @CsvSource({"10, 8, 80", "200, 199, 99", "3, 1, 33", "3, 3, 100", "0, 0, 0", "30000, 29999, 99"})
    void shouldRoundPercentDownWhenSomeAreMissing(long required, long done, int percent) {
        assertThat(new ComplianceRate(required, done).percent()).isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0}/{1}, closed={2}: {3}")
    @DisplayName("badges: green when all done, neutral while open, amber once closed, never red")
    @CsvSource({"10, 10, true, success", "10, 10, false, success", "10, 8, false, secondary",
        "10, 8, true, warning", "10, 0, true, warning", "0, 0, true, light"})
    void shouldColourBadgeWithoutShamingWhenRateIsShown(long required, long done, boolean closed, String tone) {
        assertThat(new ComplianceRate(required, done).tone(closed)).isEqualTo(tone).isNotEqualTo("danger");
    }

    @Test
    void shouldAddRequiredAndDoneWhenRatesAreSummed() {
        ComplianceRate sum = new ComplianceRate(10, 8).plus(new ComplianceRate(5, 1)).plus(ComplianceRate.NONE);
        assertThat(sum).isEqualTo(new ComplianceRate(15, 9));
        assertThat(sum.missing()).isEqualTo(6);
    }

    // ---------------------------------------------------------------- period choice

    @Test
    @DisplayName("the default is the current quarter; the tabs lead to this month, quarter and year")
    void shouldOfferThisMonthQuarterAndYearWhenDefaultIsChosen() {
        PeriodChoice choice = PeriodChoice.defaultFor(LocalDate.of(2026, 11, 26), SINCE);
        assertThat(choice.chosen().key()).isEqualTo("2026-Q4");
        assertThat(choice.thisMonth().key()).isEqualTo("2026-11");
        assertThat(choice.thisQuarter().key()).isEqualTo("2026-Q4");
        assertThat(choice.thisYear().key()).isEqualTo("2026");
        assertThat(choice.isClosed()).isFalse();
        assertThat(choice.isAvailable()).isTrue();
    }

    @ParameterizedTest(name = "{0} on {1}: previous {2}, next {3}")
    @DisplayName("the arrows stop where the summaries end and before the future")
    @CsvSource(nullValues = "-", value = {
        "2026-Q4, 2026-11-26, 2026-Q3, -",
        "2026-Q3, 2026-11-26, 2026-Q2, 2026-Q4",
        "2024-Q1, 2026-11-26, -, 2024-Q2",
        "2026-11, 2026-11-26, 2026-10, -",
        "2026-10, 2026-11-26, 2026-09, 2026-11",
        "2024-01, 2026-11-26, -, 2024-02",
        "2025, 2026-11-26, 2024, 2026",
        "2024, 2026-11-26, -, 2025",
        "2026-11, 2026-11-01, 2026-10, -"})
    void shouldLinkNeighbourPeriodsWhenSummariesCoverThem(String key, LocalDate today, String previous, String next) {
        PeriodChoice choice = new PeriodChoice(Period.parse(key).orElseThrow(), today, SINCE);
        assertThat(choice.previous() == null ? null : choice.previous().key()).isEqualTo(previous);
        assertThat(choice.next() == null ? null : choice.next().key()).isEqualTo(next);
    }

    @ParameterizedTest(name = "{0} on 2026-11-26: available {1}")
    @CsvSource({"2026-Q4, true", "2026-12, false", "2027, false", "2023-12, false", "2024-01, true", "2026, true"})
    void shouldOnlyOfferPeriodsTheSummariesHoldWhenKeyIsGiven(String key, boolean available) {
        assertThat(new PeriodChoice(Period.parse(key).orElseThrow(), LocalDate.of(2026, 11, 26), SINCE).isAvailable())
                .isEqualTo(available);
    }

    @Test
    @DisplayName("the overview of a past quarter looks at its last month; of a past year, at December and Q4 too")
    void shouldShowMonthAndQuarterOfReferenceDayWhenOverviewIsBuilt() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertThat(keys(new PeriodChoice(Period.parse("2026-Q4").orElseThrow(), today, SINCE).glancePeriods()))
                .containsExactly("2026-11", "2026-Q4");
        assertThat(keys(new PeriodChoice(Period.parse("2026-Q2").orElseThrow(), today, SINCE).glancePeriods()))
                .containsExactly("2026-06", "2026-Q2");
        assertThat(keys(new PeriodChoice(Period.parse("2026-08").orElseThrow(), today, SINCE).glancePeriods()))
                .containsExactly("2026-08", "2026-Q3");
        assertThat(keys(new PeriodChoice(Period.parse("2025").orElseThrow(), today, SINCE).glancePeriods()))
                .containsExactly("2025-12", "2025-Q4", "2025");
        assertThat(keys(new PeriodChoice(Period.parse("2026").orElseThrow(), today, SINCE).glancePeriods()))
                .containsExactly("2026-11", "2026-Q4", "2026");
    }

    private static List<String> keys(List<Period> periods) {
        return periods.stream().map(Period::key).toList();
    }

    // ---------------------------------------------------------------- reminder window

    @ParameterizedTest(name = "on {0}: due soon {1}")
    @DisplayName("due soon: the open periods that end within 14 days")
    @CsvSource(nullValues = "-", value = {
        "2026-11-26, 2026-11-01",
        "2026-11-16, 2026-11-01",
        "2026-11-15, -",
        "2026-12-20, 2026-01-01 2026-10-01 2026-12-01",
        "2026-12-31, 2026-01-01 2026-10-01 2026-12-01",
        "2027-01-01, -"})
    void shouldPickPeriodsEndingWithinTwoWeeksWhenRemindingOfDueMeetings(LocalDate today, String starts) {
        ReminderWindow w = ReminderWindow.on(today);
        assertThat(w.dueSoonStarts().stream().map(LocalDate::toString).toList())
                .isEqualTo(starts == null ? List.of() : List.of(starts.split(" ")));
    }

    @Test
    @DisplayName("overdue: the periods of every frequency that closed within the last 12 months")
    void shouldPickPeriodsClosedWithinTwelveMonthsWhenRemindingOfOverdueMeetings() {
        ReminderWindow w = ReminderWindow.on(LocalDate.of(2026, 11, 26));
        assertThat(w.overdueSince()).isEqualTo(LocalDate.of(2025, 11, 26));
        List<LocalDate> starts = w.overdueStarts();
        // months 2025-11 .. 2026-10 (2025-11 ends on the 30th, inside the window), quarters 2025-Q4 .. 2026-Q3, year 2025
        assertThat(starts).contains(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2025, 10, 1),
                LocalDate.of(2026, 7, 1), LocalDate.of(2025, 1, 1));
        assertThat(starts).doesNotContain(LocalDate.of(2026, 11, 1), LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1).minusYears(2));
        assertThat(w.isRecentlyClosed(LocalDate.of(2026, 10, 31))).isTrue();
        assertThat(w.isRecentlyClosed(LocalDate.of(2026, 11, 26))).isFalse();
        assertThat(w.isRecentlyClosed(LocalDate.of(2025, 11, 25))).isFalse();
        assertThat(w.isDueSoon(LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(w.isDueSoon(LocalDate.of(2026, 12, 10))).isTrue();
        assertThat(w.isDueSoon(LocalDate.of(2026, 12, 11))).isFalse();
    }

    // ---------------------------------------------------------------- requirement changes

    private static MeetingRequirement partyLesson() {
        return bounded(MeetingRequirement.of(MeetingType.PARTY_LESSON, Frequency.QUARTER, 1,
                List.of(OrgType.BRANCH), MeetingRequirement.Condition.ALWAYS, LocalDate.of(2018, 10, 28)), 1, 3);
    }

    /** MeetingRequirement.of fixes the bounds to the count; a change of one count in the test needs room. */
    private static MeetingRequirement bounded(MeetingRequirement r, int min, int max) {
        org.springframework.test.util.ReflectionTestUtils.setField(r, "minAllowed", min);
        org.springframework.test.util.ReflectionTestUtils.setField(r, "maxAllowed", max);
        return r;
    }

    @Test
    @DisplayName("a change ends the row with the current period; a scheduled row is corrected in place")
    void shouldCorrectScheduledRowInPlaceWhenChangedBeforeItStarts() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        MeetingRequirement current = partyLesson();
        assertThat(current.isScheduled(today)).isFalse();
        MeetingRequirement next = current.changeCount(2, today);
        assertThat(current.getEffectiveTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(next.getEffectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(next.isScheduled(today)).isTrue();
        assertThat(next.isScheduled(LocalDate.of(2027, 1, 1))).isFalse();

        next.reviseScheduledCount(3, today);
        assertThat(next.getMinCount()).isEqualTo(3);
        assertThat(next.getEffectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> next.reviseScheduledCount(4, today)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("requirement.count.bounds");
        assertThatThrownBy(() -> current.reviseScheduledCount(2, today)).isInstanceOf(IllegalStateException.class);
    }
}
