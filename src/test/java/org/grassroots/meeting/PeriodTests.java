package org.grassroots.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Months, quarters and years: the calendar units requirements are counted in, and their URL keys. */
class PeriodTests {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} {1} lies in {2}..{3}, key {4}")
    @CsvSource({
        // month: first, last, leap and common February, Dec
        "MONTH,   2026-01-01, 2026-01-01, 2026-01-31, 2026-01",
        "MONTH,   2026-01-31, 2026-01-01, 2026-01-31, 2026-01",
        "MONTH,   2024-02-29, 2024-02-01, 2024-02-29, 2024-02",
        "MONTH,   2026-02-14, 2026-02-01, 2026-02-28, 2026-02",
        "MONTH,   2100-02-10, 2100-02-01, 2100-02-28, 2100-02",
        "MONTH,   2000-02-10, 2000-02-01, 2000-02-29, 2000-02",
        "MONTH,   2026-04-30, 2026-04-01, 2026-04-30, 2026-04",
        "MONTH,   2026-12-31, 2026-12-01, 2026-12-31, 2026-12",
        // quarter: both ends of each
        "QUARTER, 2026-01-01, 2026-01-01, 2026-03-31, 2026-Q1",
        "QUARTER, 2026-03-31, 2026-01-01, 2026-03-31, 2026-Q1",
        "QUARTER, 2026-04-01, 2026-04-01, 2026-06-30, 2026-Q2",
        "QUARTER, 2026-06-30, 2026-04-01, 2026-06-30, 2026-Q2",
        "QUARTER, 2026-07-01, 2026-07-01, 2026-09-30, 2026-Q3",
        "QUARTER, 2026-09-30, 2026-07-01, 2026-09-30, 2026-Q3",
        "QUARTER, 2026-10-01, 2026-10-01, 2026-12-31, 2026-Q4",
        "QUARTER, 2026-12-31, 2026-10-01, 2026-12-31, 2026-Q4",
        "QUARTER, 2024-02-29, 2024-01-01, 2024-03-31, 2024-Q1",
        // year, leap and common
        "YEAR,    2024-02-29, 2024-01-01, 2024-12-31, 2024",
        "YEAR,    2026-01-01, 2026-01-01, 2026-12-31, 2026",
        "YEAR,    2026-12-31, 2026-01-01, 2026-12-31, 2026",
    })
    void shouldPlaceDayInItsPeriodWithEndAndKey(Frequency frequency, LocalDate day, LocalDate start, LocalDate end,
            String key) {
        Period p = Period.containing(frequency, day);

        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.key()).isEqualTo(key);
        assertThat(p.contains(day)).isTrue();
        assertThat(p.contains(start.minusDays(1))).isFalse();
        assertThat(p.contains(end.plusDays(1))).isFalse();
        assertThat(Period.parse(key)).contains(p);
    }

    @ParameterizedTest(name = "{0} {1}: next {2}, previous {3}")
    @CsvSource({
        "MONTH,   2026-12, 2027-01, 2026-11",
        "MONTH,   2027-01, 2027-02, 2026-12",
        "MONTH,   2024-02, 2024-03, 2024-01",
        "QUARTER, 2026-Q4, 2027-Q1, 2026-Q3",
        "QUARTER, 2027-Q1, 2027-Q2, 2026-Q4",
        "YEAR,    2026,    2027,    2025",
        "YEAR,    2024,    2025,    2023",
    })
    void shouldStepToNextAndPreviousAcrossYearEnds(Frequency frequency, String key, String next, String previous) {
        Period p = Period.parse(key).orElseThrow();

        assertThat(p.frequency()).isEqualTo(frequency);
        assertThat(p.next().key()).isEqualTo(next);
        assertThat(p.previous().key()).isEqualTo(previous);
        assertThat(p.next().previous()).isEqualTo(p);
        assertThat(p.previous().next()).isEqualTo(p);
    }

    /** Every day of a leap and a common year, for each frequency: periods tile the calendar without gaps. */
    @ParameterizedTest
    @EnumSource(Frequency.class)
    void shouldTileEveryDayOfLeapAndCommonYearsWithoutGapOrOverlap(Frequency frequency) {
        for (LocalDate day = d("2023-12-01"); day.isBefore(d("2026-02-01")); day = day.plusDays(1)) {
            Period p = Period.containing(frequency, day);
            assertThat(p.contains(day)).as("%s contains %s", p, day).isTrue();
            assertThat(Period.containing(frequency, p.start())).isEqualTo(p);
            assertThat(Period.containing(frequency, p.end())).isEqualTo(p);
            assertThat(p.end().plusDays(1)).isEqualTo(p.next().start());
            assertThat(p.previous().end().plusDays(1)).isEqualTo(p.start());
            assertThat(Period.parse(p.key())).contains(p);
        }
    }

    static Stream<Arguments> closedOn() {
        Period march = Period.parse("2026-03").orElseThrow();
        Period q1 = Period.parse("2026-Q1").orElseThrow();
        Period year = Period.parse("2025").orElseThrow();
        return Stream.of(
                Arguments.of(march, d("2026-03-01"), false),
                Arguments.of(march, d("2026-03-31"), false),
                Arguments.of(march, d("2026-04-01"), true),
                Arguments.of(q1, d("2026-03-31"), false),
                Arguments.of(q1, d("2026-04-01"), true),
                Arguments.of(year, d("2025-12-31"), false),
                Arguments.of(year, d("2026-01-01"), true));
    }

    /** A period is still open on its last day and closed from the next one on. */
    @ParameterizedTest(name = "{0} closed on {1}: {2}")
    @MethodSource("closedOn")
    void shouldCloseOnTheDayAfterItsEnd(Period period, LocalDate today, boolean closed) {
        assertThat(period.isClosedOn(today)).isEqualTo(closed);
    }

    @ParameterizedTest(name = "\"{0}\" is no period")
    @NullAndEmptySource
    @ValueSource(strings = {"2026-13", "2026-00", "2026-Q5", "2026-Q0", "abc", "2026-1", "2026-q1", " 2026",
        "2026 ", "26", "202", "20261", "2026-Q", "2026-W05", "2026-02-01", "-2026", "２０２６"})
    void shouldParseNothingFromBadKey(String key) {
        assertThat(Period.parse(key)).isEmpty();
    }

    @Test
    void shouldParseEachKindOfKey() {
        assertThat(Period.parse("2026-02")).contains(new Period(Frequency.MONTH, d("2026-02-01")));
        assertThat(Period.parse("2026-Q3")).contains(new Period(Frequency.QUARTER, d("2026-07-01")));
        assertThat(Period.parse("2026")).contains(new Period(Frequency.YEAR, d("2026-01-01")));
        assertThat(Period.parse("2026-12").orElseThrow().end()).isEqualTo(d("2026-12-31"));
        assertThat(Period.parse("2028-02").orElseThrow().end()).isEqualTo(d("2028-02-29"));
    }
}
