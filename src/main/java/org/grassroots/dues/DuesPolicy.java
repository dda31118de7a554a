package org.grassroots.dues;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The dues rules of the 2008 Dues Regs (domain-rules.md §4) as data: the brackets, the fixed amounts,
 * and which base decides the amount of a month. Settings that are local practice come from
 * {@link DuesRules}. Pure: no database, no clock.
 */
@Component
public class DuesPolicy {

    /** Students, the unemployed and people on relief (Dues Regs Art. 6). */
    public static final BigDecimal LOW_FIXED = new BigDecimal("0.20");
    /** Farmers pay between these per month (Dues Regs Art. 6); the city chooses the amount. */
    public static final BigDecimal FARMER_MIN = new BigDecimal("0.20");
    public static final BigDecimal FARMER_MAX = new BigDecimal("1.00");
    /** A one-off voluntary extra of this much or more goes entirely to the Centre (Dues Regs Art. 11). */
    public static final BigDecimal CENTRE_THRESHOLD = new BigDecimal("1000");
    /** Back payment of dues generally no more than this many months (Dues Regs; qizhiwang). */
    public static final int BACK_PAYMENT_MONTHS = 6;
    /** Consecutive unpaid months that raise the flag for the branch (Dues Regs; Const. Art. 9). */
    public static final int LAPSE_MONTHS = 6;

    /** One bracket: a base up to {@code upTo} (inclusive; null: no limit) pays {@code percent} of the whole base. */
    public record Bracket(BigDecimal upTo, BigDecimal percent) {

        boolean holds(BigDecimal base) {
            return upTo == null || base.compareTo(upTo) <= 0;
        }
    }

    /** In-service members, on the monthly after-tax fixed wage (Dues Regs Art. 2). */
    public static final List<Bracket> IN_SERVICE_BRACKETS = List.of(
            new Bracket(new BigDecimal("3000"), new BigDecimal("0.5")),
            new Bracket(new BigDecimal("5000"), new BigDecimal("1.0")),
            new Bracket(new BigDecimal("10000"), new BigDecimal("1.5")),
            new Bracket(null, new BigDecimal("2.0")));

    /** Retired members, on the pension actually received (Dues Regs Art. 5). */
    public static final List<Bracket> RETIRED_BRACKETS = List.of(
            new Bracket(new BigDecimal("5000"), new BigDecimal("0.5")),
            new Bracket(null, new BigDecimal("1.0")));

    /** A base row as the rules read it. */
    public record Base(long id, YearMonth effective, DuesCategory category, BigDecimal monthlyBase, BaseKind kind) {
    }

    /** An approved reduction: the months it covers and what each of them owes instead (0: exempt). */
    public record Reduction(YearMonth from, YearMonth to, BigDecimal monthlyAmount) {

        boolean covers(YearMonth month) {
            return !month.isBefore(from) && !month.isAfter(to);
        }
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Comparator<Base> ORDER = Comparator.comparing(Base::effective).thenComparing(Base::id);

    private final DuesRules rules;

    public DuesPolicy(DuesRules rules) {
        this.rules = rules;
    }

    public DuesRules rules() {
        return rules;
    }

    /** The percentage of the base for a bracket category; null for the fixed-amount categories. */
    public BigDecimal percent(DuesCategory category, BigDecimal base) {
        List<Bracket> brackets = switch (category) {
            case IN_SERVICE -> IN_SERVICE_BRACKETS;
            case RETIRED -> RETIRED_BRACKETS;
            default -> null;
        };
        if (brackets == null) {
            return null;
        }
        return brackets.stream().filter(b -> b.holds(base)).findFirst().orElseThrow().percent();
    }

    /** What a month costs in this category on this base, to 0.01 yuan. */
    public BigDecimal monthlyAmount(DuesCategory category, BigDecimal base) {
        return switch (category) {
            case IN_SERVICE, RETIRED -> base.multiply(percent(category, base)).divide(HUNDRED)
                    .setScale(2, rules.rounding());
            case FARMER -> rules.farmerMonthlyAmount().setScale(2, rules.rounding());
            case STUDENT, UNEMPLOYED, RELIEF -> LOW_FIXED;
        };
    }

    /**
     * The base that decides the amount of a month. With the amount fixed for the year, that is the base
     * in force at the start of the year, or at the first month the member owes dues when that is later
     * (a probationary member pays from the admission vote); a base recorded as a CHANGE applies from
     * its own month. A person's very first base applies from its month. Without the yearly rule, the
     * latest base in force applies. Of two bases for the same month, the one recorded later wins.
     */
    public Optional<Base> governing(List<Base> bases, YearMonth month, YearMonth firstOwed) {
        List<Base> inForce = bases.stream().filter(b -> !b.effective().isAfter(month)).sorted(ORDER).toList();
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        if (!rules.fixedForYear()) {
            return Optional.of(inForce.get(inForce.size() - 1));
        }
        YearMonth start = YearMonth.of(month.getYear(), 1);
        if (firstOwed != null && firstOwed.isAfter(start)) {
            start = firstOwed;
        }
        YearMonth anchorMonth = start;
        Base anchor = inForce.stream().filter(b -> !b.effective().isAfter(anchorMonth)).reduce((a, b) -> b)
                .orElse(inForce.get(0));
        Base chosen = anchor;
        for (Base b : inForce) {
            if (b.kind() == BaseKind.CHANGE && ORDER.compare(b, anchor) > 0) {
                chosen = b;
            }
        }
        return Optional.of(chosen);
    }

    /** What a month owes: an approved reduction's amount where one covers it, else the governing base's amount. */
    public Optional<BigDecimal> owed(List<Base> bases, List<Reduction> approved, YearMonth month, YearMonth firstOwed) {
        Optional<Base> base = governing(bases, month, firstOwed);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        for (Reduction r : approved) {
            if (r.covers(month)) {
                return Optional.of(r.monthlyAmount().setScale(2, rules.rounding()));
            }
        }
        return Optional.of(monthlyAmount(base.get().category(), base.get().monthlyBase()));
    }

    /** A voluntary extra this large goes to the Centre. */
    public static boolean goesToCentre(BigDecimal extra) {
        return extra != null && extra.compareTo(CENTRE_THRESHOLD) >= 0;
    }
}
