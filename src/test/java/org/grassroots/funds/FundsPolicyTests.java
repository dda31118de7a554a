package org.grassroots.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The execution rate, the elapsed share of the year and the on-track rule, case by case. */
class FundsPolicyTests {

    static Stream<Arguments> shares() {
        return Stream.of(
                Arguments.of(2025, LocalDate.of(2026, 3, 1), "1"),
                Arguments.of(2027, LocalDate.of(2026, 3, 1), "0"),
                Arguments.of(2026, LocalDate.of(2026, 1, 1), "0.0027"),
                Arguments.of(2026, LocalDate.of(2026, 7, 2), "0.5014"),
                Arguments.of(2026, LocalDate.of(2026, 12, 31), "1.0000"),
                Arguments.of(2028, LocalDate.of(2028, 12, 31), "1.0000"));
    }

    @ParameterizedTest
    @MethodSource("shares")
    void shouldGiveTheElapsedShareOfTheYear(int year, LocalDate today, String share) {
        assertThat(FundsPolicy.expectedShare(year, today)).isEqualByComparingTo(share);
    }

    static Stream<Arguments> tracks() {
        return Stream.of(
                // budget, spent, expected share, tolerance, on track
                Arguments.of("1000", "300", "0.5", "0.2", true),
                Arguments.of("1000", "299.99", "0.5", "0.2", false),
                Arguments.of("1000", "0", "0.1", "0.2", true),
                Arguments.of("1000", "0", "0.3", "0.2", false),
                Arguments.of("1000", "1200", "1", "0", true),
                Arguments.of("1000", "999.99", "1", "0", false),
                Arguments.of("0", "0", "0", "0.2", false),
                Arguments.of(null, "10", "0.5", "0.2", false));
    }

    @ParameterizedTest
    @MethodSource("tracks")
    void shouldJudgeWhetherSpendingIsOnTrack(String budget, String spent, String share, String tolerance,
            boolean onTrack) {
        assertThat(FundsPolicy.onTrack(budget == null ? null : new BigDecimal(budget), new BigDecimal(spent),
                new BigDecimal(share), new BigDecimal(tolerance))).isEqualTo(onTrack);
    }

    static Stream<Arguments> rates() {
        return Stream.of(
                Arguments.of("1000", "250", "25.0"),
                Arguments.of("3", "1", "33.3"),
                Arguments.of("1000", "1500", "150.0"),
                Arguments.of("0", "10", null));
    }

    @ParameterizedTest
    @MethodSource("rates")
    void shouldGiveTheRateInPercent(String budget, String spent, String percent) {
        BigDecimal actual = FundsPolicy.percent(FundsPolicy.rate(new BigDecimal(budget), new BigDecimal(spent)));
        if (percent == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(percent);
        }
    }

    static Stream<Arguments> perResident() {
        return Stream.of(
                Arguments.of("1000", 400L, "2.50"),
                Arguments.of("1000", 3L, "333.33"),
                Arguments.of("1000", 0L, null));
    }

    @ParameterizedTest
    @MethodSource("perResident")
    void shouldGiveTheAmountPerResident(String amount, long residents, String expected) {
        BigDecimal actual = FundsPolicy.perResident(new BigDecimal(amount), residents);
        assertThat(actual == null ? null : actual.toPlainString()).isEqualTo(expected);
    }
}
