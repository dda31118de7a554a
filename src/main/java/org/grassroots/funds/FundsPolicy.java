package org.grassroots.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The execution figures: rate, elapsed share of the year and whether spending is on track. */
public final class FundsPolicy {

    private FundsPolicy() {
    }

    /** Spent ÷ budget as a fraction with four decimals; null without a budget. */
    public static BigDecimal rate(BigDecimal budget, BigDecimal spent) {
        if (budget == null || budget.signum() <= 0) {
            return null;
        }
        return spent.divide(budget, 4, RoundingMode.HALF_UP);
    }

    /**
     * The share of the year gone by on the day, four decimals: 1 for a past year, 0 for a future one,
     * otherwise the day of the year over the days in the year.
     */
    public static BigDecimal expectedShare(int year, LocalDate today) {
        if (year < today.getYear()) {
            return BigDecimal.ONE;
        }
        if (year > today.getYear()) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(today.getDayOfYear()).divide(BigDecimal.valueOf(today.lengthOfYear()), 4,
                RoundingMode.HALF_UP);
    }

    /** On track: a budget is in place and the rate is at least the elapsed share minus the tolerance. */
    public static boolean onTrack(BigDecimal budget, BigDecimal spent, BigDecimal expectedShare,
            BigDecimal tolerance) {
        if (budget == null || budget.signum() <= 0) {
            return false;
        }
        // compared unrounded: spent ≥ budget × (share − tolerance)
        return spent.compareTo(budget.multiply(expectedShare.subtract(tolerance))) >= 0;
    }

    /** A fraction as percent with one decimal; null stays null. */
    public static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    }

    /** Yuan per resident with two decimals; null without residents. */
    public static BigDecimal perResident(BigDecimal amount, long residents) {
        return residents <= 0 ? null : amount.divide(BigDecimal.valueOf(residents), 2, RoundingMode.HALF_UP);
    }
}
