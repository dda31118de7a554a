package org.grassroots.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** domain-rules.md §4 (Dues Regs 2008) as applied by {@link DuesPolicy} with the default settings. */
class DuesPolicyTests {

    private final DuesPolicy policy = new DuesPolicy(DuesRules.defaults());

    private static Arguments amount(String rule, DuesCategory category, String base, String expected) {
        return Arguments.of(rule, category, base == null ? null : new BigDecimal(base), new BigDecimal(expected));
    }

    static Stream<Arguments> amounts() {
        return Stream.of(
                amount("Art. 2: 1.00 in service, 0.5%, rounded half up to the fen", DuesCategory.IN_SERVICE, "1", "0.01"),
                amount("Art. 2: 2,999.99 in service is 0.5%", DuesCategory.IN_SERVICE, "2999.99", "15.00"),
                amount("Art. 2: 3,000 in service is still 0.5% (bound inclusive)", DuesCategory.IN_SERVICE, "3000", "15.00"),
                amount("Art. 2: 3,000.01 in service is 1% of the whole base", DuesCategory.IN_SERVICE, "3000.01", "30.00"),
                amount("Art. 2: 4,321 in service is 1%", DuesCategory.IN_SERVICE, "4321", "43.21"),
                amount("Art. 2: 5,000 in service is 1% (the regulation's own example: 50.00)",
                        DuesCategory.IN_SERVICE, "5000", "50.00"),
                amount("Art. 2: 5,000.01 in service is 1.5%", DuesCategory.IN_SERVICE, "5000.01", "75.00"),
                amount("Art. 2: 6,543.21 in service is 1.5%, 98.148 rounds to 98.15", DuesCategory.IN_SERVICE, "6543.21",
                        "98.15"),
                amount("Art. 2: 10,000 in service is still 1.5%", DuesCategory.IN_SERVICE, "10000", "150.00"),
                amount("Art. 2: 10,000.01 in service is 2%", DuesCategory.IN_SERVICE, "10000.01", "200.00"),
                amount("Art. 2: 25,000 in service is 2%", DuesCategory.IN_SERVICE, "25000", "500.00"),
                amount("Art. 5: 3,000 pension is 0.5%", DuesCategory.RETIRED, "3000", "15.00"),
                amount("Art. 5: 5,000 pension is still 0.5% (bound inclusive)", DuesCategory.RETIRED, "5000", "25.00"),
                amount("Art. 5: 5,000.01 pension is 1%", DuesCategory.RETIRED, "5000.01", "50.00"),
                amount("Art. 5: 8,000 pension is 1% (no higher bracket for retirees)", DuesCategory.RETIRED, "8000",
                        "80.00"),
                amount("Art. 6: farmers pay the city's amount, 0.50 by default", DuesCategory.FARMER, null, "0.50"),
                amount("Art. 6: students pay 0.20", DuesCategory.STUDENT, null, "0.20"),
                amount("Art. 6: the laid-off and unemployed pay 0.20", DuesCategory.UNEMPLOYED, null, "0.20"),
                amount("Art. 6: members on relief or subsistence allowance pay 0.20", DuesCategory.RELIEF, null, "0.20"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amounts")
    void shouldChargeTheBracketOfTheWholeBase(String rule, DuesCategory category, BigDecimal base, BigDecimal expected) {
        assertThat(policy.monthlyAmount(category, base)).isEqualTo(expected);
    }

    @Test
    @DisplayName("local practice: the rounding is a setting (down instead of half up)")
    void shouldRoundAsTheCitySets() {
        DuesPolicy down = new DuesPolicy(new DuesRules(null, RoundingMode.DOWN, null));
        assertThat(down.monthlyAmount(DuesCategory.IN_SERVICE, new BigDecimal("6543.21"))).isEqualTo("98.14");
        assertThat(policy.monthlyAmount(DuesCategory.IN_SERVICE, new BigDecimal("6543.21"))).isEqualTo("98.15");
    }

    @Test
    @DisplayName("Art. 6: the farmers' amount is a setting that must stay within 0.20–1.00 yuan")
    void shouldKeepFarmerAmountWithinTheRegulation() {
        assertThat(new DuesPolicy(new DuesRules(new BigDecimal("0.8"), null, null))
                .monthlyAmount(DuesCategory.FARMER, null)).isEqualTo("0.80");
        assertThatThrownBy(() -> new DuesRules(new BigDecimal("1.01"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DuesRules(new BigDecimal("0.19"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Art. 11: a one-off voluntary extra of 1,000 yuan or more goes to the Centre")
    void shouldSendLargeExtrasToTheCentre() {
        assertThat(DuesPolicy.goesToCentre(new BigDecimal("999.99"))).isFalse();
        assertThat(DuesPolicy.goesToCentre(new BigDecimal("1000"))).isTrue();
        assertThat(DuesPolicy.goesToCentre(new BigDecimal("1000.00"))).isTrue();
        assertThat(DuesPolicy.goesToCentre(null)).isFalse();
    }

    // ---------------------------------------------------------------- which base decides a month

    private static final YearMonth JAN = YearMonth.of(2026, 1);

    private static DuesPolicy.Base base(long id, String month, String amount, BaseKind kind) {
        return new DuesPolicy.Base(id, YearMonth.parse(month), DuesCategory.IN_SERVICE, new BigDecimal(amount), kind);
    }

    private static Arguments year(String rule, List<DuesPolicy.Base> bases, String firstOwed, String month,
            String expected) {
        return Arguments.of(rule, bases, firstOwed == null ? null : YearMonth.parse(firstOwed), YearMonth.parse(month),
                expected == null ? null : new BigDecimal(expected));
    }

    static Stream<Arguments> fixedForYear() {
        DuesPolicy.Base jan4000 = base(1, "2026-01", "4000", BaseKind.ANNUAL);
        return Stream.of(
                year("the January assessment holds in January", List.of(jan4000), null, "2026-01", "40.00"),
                year("the January assessment holds in December", List.of(jan4000), null, "2026-12", "40.00"),
                year("an annual base recorded for May does not change this year's amount",
                        List.of(jan4000, base(2, "2026-05", "6000", BaseKind.ANNUAL)), null, "2026-05", "40.00"),
                year("... but it sets next January's amount",
                        List.of(jan4000, base(2, "2026-05", "6000", BaseKind.ANNUAL)), null, "2027-01", "90.00"),
                year("Art. 10: a change within the year applies from the month first paid",
                        List.of(jan4000, base(2, "2026-05", "6000", BaseKind.CHANGE)), null, "2026-05", "90.00"),
                year("Art. 10: ... and not before it",
                        List.of(jan4000, base(2, "2026-05", "6000", BaseKind.CHANGE)), null, "2026-04", "40.00"),
                year("a later change replaces an earlier one",
                        List.of(jan4000, base(2, "2026-05", "6000", BaseKind.CHANGE),
                                base(3, "2026-09", "2000", BaseKind.CHANGE)), null, "2026-10", "10.00"),
                year("a base from last year holds this year until a new one is set",
                        List.of(base(1, "2025-03", "12000", BaseKind.ANNUAL)), null, "2026-07", "240.00"),
                year("no base in force before the first one", List.of(base(1, "2026-03", "4000", BaseKind.ANNUAL)),
                        null, "2026-02", null),
                year("a member's first base applies from its own month", List.of(base(1, "2026-03", "4000",
                        BaseKind.ANNUAL)), null, "2026-03", "40.00"),
                year("probationary from June: the amount is set in June, not in January",
                        List.of(base(1, "2025-01", "2500", BaseKind.ANNUAL), base(2, "2026-06", "8000", BaseKind.ANNUAL)),
                        "2026-06", "2026-08", "120.00"),
                year("two bases for one month: the one recorded later wins",
                        List.of(jan4000, base(2, "2026-01", "5500", BaseKind.ANNUAL)), null, "2026-03", "82.50"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixedForYear")
    void shouldFixTheAmountAtTheStartOfTheYear(String rule, List<DuesPolicy.Base> bases, YearMonth firstOwed,
            YearMonth month, BigDecimal expected) {
        assertThat(policy.owed(bases, List.of(), month, firstOwed).orElse(null)).isEqualTo(expected);
    }

    @Test
    @DisplayName("with the yearly rule switched off, every base applies from its own month")
    void shouldFollowEveryBaseWithoutTheYearlyRule() {
        DuesPolicy monthly = new DuesPolicy(new DuesRules(null, null, false));
        List<DuesPolicy.Base> bases = List.of(base(1, "2026-01", "4000", BaseKind.ANNUAL),
                base(2, "2026-05", "6000", BaseKind.ANNUAL));
        assertThat(monthly.owed(bases, List.of(), YearMonth.of(2026, 5), null)).contains(new BigDecimal("90.00"));
        assertThat(policy.owed(bases, List.of(), YearMonth.of(2026, 5), null)).contains(new BigDecimal("40.00"));
    }

    @Test
    @DisplayName("only an approved reduction changes what its months owe (0: exempt)")
    void shouldOweTheReducedAmountWhereAReductionCovers() {
        List<DuesPolicy.Base> bases = List.of(base(1, "2026-01", "4000", BaseKind.ANNUAL));
        List<DuesPolicy.Reduction> approved = List.of(new DuesPolicy.Reduction(YearMonth.of(2026, 3),
                YearMonth.of(2026, 4), BigDecimal.ZERO));
        assertThat(policy.owed(bases, approved, YearMonth.of(2026, 2), null)).contains(new BigDecimal("40.00"));
        assertThat(policy.owed(bases, approved, YearMonth.of(2026, 3), null)).contains(new BigDecimal("0.00"));
        assertThat(policy.owed(bases, approved, YearMonth.of(2026, 4), null)).contains(new BigDecimal("0.00"));
        assertThat(policy.owed(bases, approved, YearMonth.of(2026, 5), null)).contains(new BigDecimal("40.00"));
        assertThat(policy.owed(bases, approved, JAN.minusMonths(1), null)).isEmpty();
    }
}
