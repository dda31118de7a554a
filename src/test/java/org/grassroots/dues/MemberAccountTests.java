package org.grassroots.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.grassroots.member.MemberStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One member's months (domain-rules.md §4): what is tracked, arrears and the six-month flag, and the
 * checks a payment, base or reduction must pass. Today is 2026-11-15; the member pays 40.00 a month
 * from January 2026 and has paid January to May.
 */
class MemberAccountTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    private static final YearMonth CURRENT = YearMonth.from(TODAY);
    private static final DuesPolicy POLICY = new DuesPolicy(DuesRules.defaults());
    private static final BigDecimal FORTY = new BigDecimal("40.00");

    private static MemberAccount account(MemberStatus status, String admitted, List<DuesPolicy.Base> bases,
            List<DuesPolicy.Reduction> approved, String... paidMonths) {
        Map<YearMonth, BigDecimal> paid = new HashMap<>();
        for (String m : paidMonths) {
            paid.put(YearMonth.parse(m), FORTY);
        }
        return new MemberAccount(1, status, admitted == null ? null : YearMonth.parse(admitted), bases, approved,
                paid, CURRENT, POLICY);
    }

    private static List<DuesPolicy.Base> jan4000() {
        return List.of(new DuesPolicy.Base(1, YearMonth.of(2026, 1), DuesCategory.IN_SERVICE, new BigDecimal("4000"),
                BaseKind.ANNUAL));
    }

    private static MemberAccount standard() {
        return account(MemberStatus.FULL, "2010-05", jan4000(), List.of(), "2026-01", "2026-02", "2026-03",
                "2026-04", "2026-05");
    }

    @Test
    @DisplayName("arrears are the unpaid months before this one; the current month is still due, not late")
    void shouldCountArrearsBeforeTheCurrentMonth() {
        MemberAccount a = standard();
        assertThat(a.arrears()).containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8),
                YearMonth.of(2026, 9), YearMonth.of(2026, 10));
        assertThat(a.longestRun()).isEqualTo(5);
        assertThat(a.flagged()).isFalse();
        assertThat(a.paidThrough()).contains(YearMonth.of(2026, 5));
        assertThat(a.firstOpen()).contains(YearMonth.of(2026, 6));
    }

    @Test
    @DisplayName("Dues Regs / Const. Art. 9: six consecutive unpaid months raise the flag; five do not")
    void shouldFlagSixConsecutiveUnpaidMonths() {
        MemberAccount six = account(MemberStatus.FULL, null, jan4000(), List.of(), "2026-01", "2026-02", "2026-03",
                "2026-04");
        assertThat(six.longestRun()).isEqualTo(6);
        assertThat(six.flagged()).isTrue();
        MemberAccount gaps = account(MemberStatus.FULL, null, jan4000(), List.of(), "2026-01", "2026-04", "2026-07",
                "2026-10");
        assertThat(gaps.arrears()).hasSize(6);
        assertThat(gaps.longestRun()).isEqualTo(2);
        assertThat(gaps.flagged()).isFalse();
    }

    @Test
    @DisplayName("months exempted by an approved reduction are not in arrears")
    void shouldNotCountExemptMonths() {
        MemberAccount a = account(MemberStatus.FULL, null, jan4000(), List.of(new DuesPolicy.Reduction(
                YearMonth.of(2026, 6), YearMonth.of(2026, 9), BigDecimal.ZERO)), "2026-01", "2026-02", "2026-03",
                "2026-04", "2026-05");
        assertThat(a.arrears()).containsExactly(YearMonth.of(2026, 10));
    }

    @Test
    @DisplayName("probationary members pay from the admission vote; months before the first base are not tracked")
    void shouldTrackFromAdmissionOrFirstBase() {
        MemberAccount probationary = account(MemberStatus.PROBATIONARY, "2026-08", jan4000(), List.of());
        assertThat(probationary.trackStart()).contains(YearMonth.of(2026, 8));
        assertThat(probationary.owed(YearMonth.of(2026, 7))).isEmpty();
        assertThat(probationary.arrears()).containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 9),
                YearMonth.of(2026, 10));
        MemberAccount noBase = account(MemberStatus.FULL, "2001-01", List.of(), List.of());
        assertThat(noBase.trackStart()).isEmpty();
        assertThat(noBase.arrears()).isEmpty();
        MemberAccount left = account(MemberStatus.WITHDRAWN, null, jan4000(), List.of());
        assertThat(left.paying()).isFalse();
        assertThat(left.arrears()).isEmpty();
    }

    // ---------------------------------------------------------------- payment checks

    private static Arguments payment(String rule, String from, String to, String amount, String paidOn, String note,
            String... expected) {
        return Arguments.of(rule, YearMonth.parse(from), YearMonth.parse(to), new BigDecimal(amount),
                LocalDate.parse(paidOn), note, List.of(expected));
    }

    static Stream<Arguments> payments() {
        return Stream.of(
                payment("June to October at 40.00 a month is 200.00", "2026-06", "2026-10", "200.00", "2026-11-15", null),
                payment("the amount may be written without decimals", "2026-06", "2026-06", "40", "2026-11-15", null),
                payment("prepaying to December of this year is allowed", "2026-06", "2026-12", "280", "2026-11-15", null),
                payment("a month already paid is refused, naming it", "2026-05", "2026-06", "80.00", "2026-11-15", null,
                        "fromMonth:dues.payment.month.paid[2026-05]"),
                payment("months out of order", "2026-08", "2026-06", "0", "2026-11-15", null,
                        "toMonth:dues.months.order[]"),
                payment("months beyond this year", "2026-06", "2027-01", "320", "2026-11-15", null,
                        "toMonth:dues.payment.months.future[2026-12]"),
                payment("an amount above what the months owe must be a declared extra", "2026-06", "2026-06", "50",
                        "2026-11-15", null, "amount:dues.payment.amount.over[40.00]"),
                payment("an amount below what the months owe", "2026-06", "2026-07", "40", "2026-11-15", null,
                        "amount:dues.payment.amount.under[80.00]"),
                payment("a month before the member owes anything", "2025-12", "2026-06", "40", "2026-11-15", null,
                        "fromMonth:dues.payment.month.notOwed[2025-12, 2026-01]"),
                payment("paid in the future", "2026-06", "2026-06", "40", "2026-11-16", null,
                        "paidOn:dues.payment.paidOn.future[]"),
                payment("back payment of six months is within the rule", "2026-06", "2026-06", "40", "2026-12-10", null),
                payment("back payment beyond six months needs a reason", "2026-06", "2026-06", "40", "2027-01-10", null,
                        "note:dues.payment.backPayment.reason[2026-06, 6]"),
                payment("... and is accepted with one", "2026-06", "2026-06", "40", "2027-01-10", "外出务工，返回后补交"),
                payment("an absurd year is refused before anything else", "0001-01", "2026-06", "40", "2026-11-15", null,
                        "fromMonth:dues.month.range[]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payments")
    void shouldCheckEveryPayment(String rule, YearMonth from, YearMonth to, BigDecimal amount, LocalDate paidOn,
            String note, List<String> expected) {
        LocalDate today = paidOn.isAfter(TODAY) && !rule.contains("future") ? paidOn : TODAY;
        MemberAccount a = new MemberAccount(1, MemberStatus.FULL, YearMonth.of(2010, 5), jan4000(), List.of(),
                Map.of(YearMonth.of(2026, 1), FORTY, YearMonth.of(2026, 2), FORTY, YearMonth.of(2026, 3), FORTY,
                        YearMonth.of(2026, 4), FORTY, YearMonth.of(2026, 5), FORTY),
                YearMonth.from(today), POLICY);
        assertThat(a.checkPayment(from, to, amount, paidOn, note, today).stream()
                .map(v -> v.field() + ":" + v.key() + java.util.Arrays.toString(v.args())).toList())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void shouldRefusePaymentsOfPeopleWhoDoNotPay() {
        MemberAccount a = account(MemberStatus.CANDIDATE, null, jan4000(), List.of());
        assertThat(a.checkPayment(YearMonth.of(2026, 6), YearMonth.of(2026, 6), FORTY, TODAY, null, TODAY))
                .extracting(Violation::key).containsExactly("dues.payment.notPaying");
        MemberAccount noBase = account(MemberStatus.FULL, null, List.of(), List.of());
        assertThat(noBase.checkPayment(YearMonth.of(2026, 6), YearMonth.of(2026, 6), FORTY, TODAY, null, TODAY))
                .extracting(Violation::key).containsExactly("dues.payment.noBase");
    }

    // ---------------------------------------------------------------- base and reduction checks

    @Test
    @DisplayName("a new base needs its amount, a reason for a change, January for a yearly one, and leaves paid months alone")
    void shouldCheckEveryBase() {
        MemberAccount a = standard();
        assertThat(a.checkBase(YearMonth.of(2026, 6), DuesCategory.IN_SERVICE, null, BaseKind.CHANGE, null, TODAY))
                .extracting(Violation::key).containsExactly("dues.base.monthlyBase.required", "dues.base.reason.required");
        assertThat(a.checkBase(YearMonth.of(2026, 6), DuesCategory.IN_SERVICE, new BigDecimal("6000"), BaseKind.ANNUAL,
                null, TODAY)).extracting(Violation::key).containsExactly("dues.base.annual.january");
        assertThat(a.checkBase(YearMonth.of(2026, 5), DuesCategory.IN_SERVICE, new BigDecimal("6000"), BaseKind.CHANGE,
                "调岗", TODAY)).extracting(Violation::key).containsExactly("dues.base.paidMonth");
        assertThat(a.checkBase(YearMonth.of(2026, 5), DuesCategory.IN_SERVICE, new BigDecimal("4000.00"), BaseKind.CHANGE,
                "更正单位名称", TODAY)).as("a change that leaves paid months' amounts as they were").isEmpty();
        assertThat(a.checkBase(YearMonth.of(2026, 6), DuesCategory.IN_SERVICE, new BigDecimal("6000"), BaseKind.CHANGE,
                "调岗", TODAY)).isEmpty();
        assertThat(a.checkBase(YearMonth.of(2027, 1), DuesCategory.RETIRED, new BigDecimal("4000"), BaseKind.ANNUAL,
                null, TODAY)).isEmpty();
        assertThat(a.checkBase(YearMonth.of(2027, 2), DuesCategory.RETIRED, new BigDecimal("4000"), BaseKind.ANNUAL,
                null, TODAY)).extracting(Violation::key).contains("dues.base.effective.future");
        assertThat(a.checkBase(YearMonth.of(2010, 4), DuesCategory.STUDENT, null, BaseKind.CHANGE, "x", TODAY))
                .extracting(Violation::key).contains("dues.base.effective.beforeAdmission");
    }

    @Test
    @DisplayName("a reduction: unpaid months, lower than the usual amount, no overlap with an open request")
    void shouldCheckEveryReduction() {
        MemberAccount a = standard();
        assertThat(a.checkReduction(YearMonth.of(2026, 6), YearMonth.of(2026, 12), BigDecimal.ZERO, List.of(), TODAY))
                .isEmpty();
        assertThat(a.checkReduction(YearMonth.of(2026, 5), YearMonth.of(2026, 6), BigDecimal.ZERO, List.of(), TODAY))
                .extracting(Violation::key).containsExactly("dues.reduction.month.paid");
        assertThat(a.checkReduction(YearMonth.of(2026, 6), YearMonth.of(2026, 7), FORTY, List.of(), TODAY))
                .extracting(Violation::key).containsExactly("dues.reduction.amount.notLower");
        DuesReduction pending = DuesReduction.request(1, YearMonth.of(2026, 7), YearMonth.of(2026, 8), BigDecimal.ZERO,
                "x", "branch", java.time.Instant.now());
        assertThat(a.checkReduction(YearMonth.of(2026, 8), YearMonth.of(2026, 9), BigDecimal.ZERO, List.of(pending),
                TODAY)).extracting(Violation::key).containsExactly("dues.reduction.overlap");
    }
}
