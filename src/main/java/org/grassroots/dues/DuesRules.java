package org.grassroots.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dues numbers that are local practice or of medium confidence (domain-rules.md §4), as settings;
 * the brackets and fixed amounts of the regulation itself are in {@link DuesPolicy}.
 *
 * <p>{@code farmerMonthlyAmount}: what a farmer pays a month; the regulation allows 0.20 to 1.00 yuan
 * <p>{@code rounding}: how a bracket amount is rounded to 0.01 yuan (local practice)
 * <p>{@code fixedForYear}: whether the amount set at the start of the year holds for the whole year
 *     (only bases recorded as a change within the year apply from their own month)
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.dues")
public class DuesRules {

    private volatile BigDecimal farmerMonthlyAmount;
    private volatile RoundingMode rounding;
    private volatile Boolean fixedForYear;

    public DuesRules(BigDecimal farmerMonthlyAmount, RoundingMode rounding, Boolean fixedForYear) {
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
        this.farmerMonthlyAmount = farmerMonthlyAmount;
        this.rounding = rounding;
        this.fixedForYear = fixedForYear;
    }

    public BigDecimal farmerMonthlyAmount() {
        return farmerMonthlyAmount;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setFarmerMonthlyAmount(BigDecimal farmerMonthlyAmount) {
        this.farmerMonthlyAmount = farmerMonthlyAmount;
    }

    public RoundingMode rounding() {
        return rounding;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setRounding(RoundingMode rounding) {
        this.rounding = rounding;
    }

    public Boolean fixedForYear() {
        return fixedForYear;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setFixedForYear(Boolean fixedForYear) {
        this.fixedForYear = fixedForYear;
    }

    public static DuesRules defaults() {
        return new DuesRules(null, null, null);
    }
}
