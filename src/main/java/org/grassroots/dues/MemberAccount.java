package org.grassroots.dues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.grassroots.member.MemberStatus;

/**
 * One member's dues month by month: what each month owes, what was paid, the arrears and the flag,
 * and the checks a new base, payment or reduction must pass. Pure: built from rows, with today's month.
 *
 * <p>The system follows a member's dues from their <em>first tracked month</em>: the later of the
 * admission month (a probationary member pays from the branch meeting's vote) and the first month of
 * their first recorded base. Months before it were kept elsewhere and are neither owed nor in arrears.
 * Arrears are tracked months before the current month that owe more than nothing and are unpaid;
 * the current month can still be paid in time.
 */
final class MemberAccount {

    /** Months outside these years are not dues months (and would only make loops long). */
    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2100;

    private final long memberId;
    private final MemberStatus status;
    private final YearMonth admitted;
    private final List<DuesPolicy.Base> bases;
    private final List<DuesPolicy.Reduction> approved;
    private final TreeMap<YearMonth, BigDecimal> paid;
    private final YearMonth current;
    private final DuesPolicy policy;

    MemberAccount(long memberId, MemberStatus status, YearMonth admitted, List<DuesPolicy.Base> bases,
            List<DuesPolicy.Reduction> approved, Map<YearMonth, BigDecimal> paid, YearMonth current,
            DuesPolicy policy) {
        this.memberId = memberId;
        this.status = status;
        this.admitted = admitted;
        this.bases = bases.stream().sorted(Comparator.comparing(DuesPolicy.Base::effective)
                .thenComparing(DuesPolicy.Base::id)).toList();
        this.approved = List.copyOf(approved);
        this.paid = new TreeMap<>(paid);
        this.current = current;
        this.policy = policy;
    }

    long memberId() {
        return memberId;
    }

    YearMonth current() {
        return current;
    }

    /** Probationary and full members pay dues; nobody else is listed or owes. */
    boolean paying() {
        return status == MemberStatus.PROBATIONARY || status == MemberStatus.FULL;
    }

    boolean hasBase() {
        return !bases.isEmpty();
    }

    List<DuesPolicy.Base> bases() {
        return bases;
    }

    Optional<YearMonth> trackStart() {
        if (bases.isEmpty()) {
            return Optional.empty();
        }
        YearMonth first = bases.get(0).effective();
        return Optional.of(admitted != null && admitted.isAfter(first) ? admitted : first);
    }

    boolean tracked(YearMonth month) {
        return trackStart().map(s -> !month.isBefore(s)).orElse(false);
    }

    /** What the month owes; empty when the month is not tracked. */
    Optional<BigDecimal> owed(YearMonth month) {
        if (!tracked(month)) {
            return Optional.empty();
        }
        return policy.owed(bases, approved, month, admitted);
    }

    /** The base that decides the month's amount. */
    Optional<DuesPolicy.Base> governing(YearMonth month) {
        return tracked(month) ? policy.governing(bases, month, admitted) : Optional.empty();
    }

    Optional<BigDecimal> paid(YearMonth month) {
        return Optional.ofNullable(paid.get(month));
    }

    boolean isPaid(YearMonth month) {
        return paid.containsKey(month);
    }

    /** Whether the month still waits for a payment: tracked, owing more than nothing, unpaid. */
    boolean open(YearMonth month) {
        return !isPaid(month) && owed(month).map(a -> a.signum() > 0).orElse(false);
    }

    Optional<YearMonth> paidThrough() {
        return paid.isEmpty() ? Optional.empty() : Optional.of(paid.lastKey());
    }

    /** Open months before the current one, oldest first; nothing for someone who does not pay. */
    List<YearMonth> arrears() {
        List<YearMonth> months = new ArrayList<>();
        if (!paying() || trackStart().isEmpty()) {
            return months;
        }
        for (YearMonth m = trackStart().get(); m.isBefore(current); m = m.plusMonths(1)) {
            if (open(m)) {
                months.add(m);
            }
        }
        return months;
    }

    /** The longest run of consecutive months in arrears. */
    int longestRun() {
        int longest = 0;
        int run = 0;
        YearMonth previous = null;
        for (YearMonth m : arrears()) {
            run = previous != null && previous.plusMonths(1).equals(m) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = m;
        }
        return longest;
    }

    /** Six or more consecutive months unpaid: the branch must look at it. Nothing happens automatically. */
    boolean flagged() {
        return longestRun() >= DuesPolicy.LAPSE_MONTHS;
    }

    /** The first open month from the first tracked month to the end of the current year, to offer in the form. */
    Optional<YearMonth> firstOpen() {
        if (trackStart().isEmpty()) {
            return Optional.empty();
        }
        YearMonth end = YearMonth.of(current.getYear(), 12);
        for (YearMonth m = trackStart().get(); !m.isAfter(end); m = m.plusMonths(1)) {
            if (open(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** What the months owe together, or empty when one of them is not tracked. */
    Optional<BigDecimal> owedBetween(YearMonth from, YearMonth to) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Optional<BigDecimal> owed = owed(m);
            if (owed.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(owed.get());
        }
        return Optional.of(sum);
    }

    // ---------------------------------------------------------------- checks

    static boolean plausible(YearMonth month) {
        return month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR;
    }

    /**
     * A payment of consecutive months: in order, no later than the end of the current year, all
     * tracked and none paid yet, paid no later than today, for exactly what they owe (a surplus is a
     * declared voluntary extra, never part of the amount). Months more than six months before the
     * payment date are a back payment beyond the rule: accepted with a reason in the note.
     */
    List<Violation> checkPayment(YearMonth from, YearMonth to, BigDecimal amount, LocalDate paidOn, String note,
            LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (!paying()) {
            found.add(new Violation(null, "dues.payment.notPaying"));
            return found;
        }
        if (!plausible(from)) {
            found.add(new Violation("fromMonth", "dues.month.range"));
        }
        if (!plausible(to)) {
            found.add(new Violation("toMonth", "dues.month.range"));
        }
        if (paidOn.isAfter(today)) {
            found.add(new Violation("paidOn", "dues.payment.paidOn.future"));
        }
        if (!found.isEmpty()) {
            return found;
        }
        YearMonth lastAllowed = YearMonth.of(YearMonth.from(today).getYear(), 12);
        if (to.isBefore(from)) {
            found.add(new Violation("toMonth", "dues.months.order"));
        } else if (to.isAfter(lastAllowed)) {
            found.add(new Violation("toMonth", "dues.payment.months.future", lastAllowed));
        }
        if (trackStart().isEmpty()) {
            found.add(new Violation("fromMonth", "dues.payment.noBase"));
        } else if (from.isBefore(trackStart().get())) {
            found.add(new Violation("fromMonth", "dues.payment.month.notOwed", from, trackStart().get()));
        }
        if (!found.isEmpty()) {
            return found;
        }
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (isPaid(m)) {
                found.add(new Violation("fromMonth", "dues.payment.month.paid", m));
                return found;
            }
        }
        BigDecimal owed = owedBetween(from, to).orElseThrow();
        if (amount.compareTo(owed) != 0) {
            found.add(new Violation("amount", amount.compareTo(owed) > 0 ? "dues.payment.amount.over"
                    : "dues.payment.amount.under", owed));
        }
        YearMonth limit = YearMonth.from(paidOn).minusMonths(DuesPolicy.BACK_PAYMENT_MONTHS);
        if (from.isBefore(limit) && (note == null || note.isBlank())) {
            found.add(new Violation("note", "dues.payment.backPayment.reason", from, DuesPolicy.BACK_PAYMENT_MONTHS));
        }
        return found;
    }

    /** Whether a payment made on this day reaches further back than the rule allows. */
    static boolean lateBackPayment(YearMonth from, LocalDate paidOn) {
        return from.isBefore(YearMonth.from(paidOn).minusMonths(DuesPolicy.BACK_PAYMENT_MONTHS));
    }

    /**
     * A hardship reduction: months in order within the current year, tracked, none paid, not
     * overlapping another open or approved request, and a monthly amount below what the months owe.
     */
    List<Violation> checkReduction(YearMonth from, YearMonth to, BigDecimal monthly, List<DuesReduction> others,
            LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (!paying()) {
            found.add(new Violation(null, "dues.payment.notPaying"));
            return found;
        }
        if (!plausible(from)) {
            found.add(new Violation("fromMonth", "dues.month.range"));
        }
        if (!plausible(to)) {
            found.add(new Violation("toMonth", "dues.month.range"));
        }
        if (!found.isEmpty()) {
            return found;
        }
        YearMonth lastAllowed = YearMonth.of(YearMonth.from(today).getYear(), 12);
        if (to.isBefore(from)) {
            found.add(new Violation("toMonth", "dues.months.order"));
        } else if (to.isAfter(lastAllowed)) {
            found.add(new Violation("toMonth", "dues.payment.months.future", lastAllowed));
        }
        if (trackStart().isEmpty()) {
            found.add(new Violation("fromMonth", "dues.payment.noBase"));
        } else if (from.isBefore(trackStart().get())) {
            found.add(new Violation("fromMonth", "dues.payment.month.notOwed", from, trackStart().get()));
        }
        if (!found.isEmpty()) {
            return found;
        }
        paidWithin(from, to).ifPresent(m -> found.add(new Violation("fromMonth", "dues.reduction.month.paid", m)));
        for (DuesReduction r : others) {
            if (r.getStatus() != ReductionStatus.REJECTED && !r.getToMonth().isBefore(from)
                    && !r.getFromMonth().isAfter(to)) {
                found.add(new Violation("fromMonth", "dues.reduction.overlap", r.getFromMonth(), r.getToMonth()));
                break;
            }
        }
        BigDecimal lowest = null;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            BigDecimal normal = owed(m).orElseThrow();
            lowest = lowest == null || normal.compareTo(lowest) < 0 ? normal : lowest;
        }
        if (lowest != null && monthly.compareTo(lowest) >= 0) {
            found.add(new Violation("monthlyAmount", "dues.reduction.amount.notLower", lowest));
        }
        return found;
    }

    /** The first month in the span that a standing payment covers. */
    Optional<YearMonth> paidWithin(YearMonth from, YearMonth to) {
        return paid.subMap(from, true, to, true).keySet().stream().findFirst();
    }

    /**
     * A new base: a plausible month no later than January next year and not before the admission
     * month; a monthly base for the bracket categories; a reason for a change within the year; with
     * the yearly rule, an annual base only from January (or as the member's first base); and it may
     * not change what an already paid month owed.
     */
    List<Violation> checkBase(YearMonth effective, DuesCategory category, BigDecimal base, BaseKind kind, String note,
            LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (!paying()) {
            found.add(new Violation(null, "dues.base.notPaying"));
            return found;
        }
        if (!plausible(effective)) {
            found.add(new Violation("effectiveMonth", "dues.month.range"));
            return found;
        }
        YearMonth lastAllowed = YearMonth.of(YearMonth.from(today).getYear() + 1, 1);
        if (effective.isAfter(lastAllowed)) {
            found.add(new Violation("effectiveMonth", "dues.base.effective.future", lastAllowed));
        }
        if (admitted != null && effective.isBefore(admitted)) {
            found.add(new Violation("effectiveMonth", "dues.base.effective.beforeAdmission", admitted));
        }
        if (category.hasBase() && base == null) {
            found.add(new Violation("monthlyBase", "dues.base.monthlyBase.required"));
        }
        if (kind == BaseKind.CHANGE && (note == null || note.isBlank())) {
            found.add(new Violation("note", "dues.base.reason.required"));
        }
        boolean earlier = bases.stream().anyMatch(b -> b.effective().isBefore(effective));
        if (kind == BaseKind.ANNUAL && policy.rules().fixedForYear() && effective.getMonthValue() != 1 && earlier) {
            found.add(new Violation("kind", "dues.base.annual.january"));
        }
        if (!found.isEmpty()) {
            return found;
        }
        List<DuesPolicy.Base> with = new ArrayList<>(bases);
        with.add(new DuesPolicy.Base(Long.MAX_VALUE, effective, category, category.hasBase() ? base : null, kind));
        MemberAccount after = new MemberAccount(memberId, status, admitted, with, approved, paid, current, policy);
        for (YearMonth m : paid.tailMap(effective, true).keySet()) {
            Optional<BigDecimal> before = owed(m);
            Optional<BigDecimal> owedAfter = after.owed(m);
            if (owedAfter.isPresent() && (before.isEmpty() || owedAfter.get().compareTo(before.get()) != 0)) {
                found.add(new Violation("effectiveMonth", "dues.base.paidMonth", m));
                break;
            }
        }
        return found;
    }
}
