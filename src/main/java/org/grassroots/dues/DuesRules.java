package org.grassroots.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dues numbers that are local practice or of medium confidence (domain-rules.md §4), as settings;
 * the brackets and fixed amounts of the regulation itself are in {@link DuesPolicy}.
 *
 * @param farmerMonthlyAmount what a farmer pays a month; the regulation allows 0.20 to 1.00 yuan
 * @param rounding how a bracket amount is rounded to 0.01 yuan (local practice)
 * @param fixedForYear whether the amount set at the start of the year holds for the whole year
 *     (only bases recorded as a change within the year apply from their own month)
 */
@ConfigurationProperties("grassroots.dues")
public record DuesRules(BigDecimal farmerMonthlyAmount, RoundingMode rounding, Boolean fixedForYear) {

    public DuesRules {
        farmerMonthlyAmount = farmerMonthlyAmount == null ? new BigDecimal("0.50") : farmerMonthlyAmount;
        rounding = rounding == null ? RoundingMode.HALF_UP : rounding;
        fixedForYear = fixedForYear == null ? Boolean.TRUE : fixedForYear;
        if (farmerMonthlyAmount.compareTo(DuesPolicy.FARMER_MIN) < 0
                || farmerMonthlyAmount.compareTo(DuesPolicy.FARMER_MAX) > 0) {
            throw new IllegalArgumentException("grassroots.dues.farmer-monthly-amount must lie between "
                    + DuesPolicy.FARMER_MIN + " and " + DuesPolicy.FARMER_MAX + " (Dues Regs Art. 6)");
        }
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("grassroots.dues.rounding cannot be UNNECESSARY");
        }
    }

    public static DuesRules defaults() {
        return new DuesRules(null, null, null);
    }
}
