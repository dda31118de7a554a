package org.grassroots.floating;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mobile-member numbers of domain-rules.md §6 that a city may set.
 *
 * <p>{@code minAbsenceMonths}: a mobile member is away at least this long without a transfer (Member Regs
 *        2019); an outflow that starts recently and is expected back sooner is recorded with a warning
 * <p>{@code outOfContactMonths}: an outflow member whose last contact (or departure, with none) is at least
 *        this long ago is flagged as out of contact for the branch
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.floating")
public class FloatingRules {

    private volatile Integer minAbsenceMonths;
    private volatile Integer outOfContactMonths;

    public FloatingRules(Integer minAbsenceMonths, Integer outOfContactMonths) {
        minAbsenceMonths = minAbsenceMonths == null ? 6 : minAbsenceMonths;
        outOfContactMonths = outOfContactMonths == null ? 6 : outOfContactMonths;
        this.minAbsenceMonths = minAbsenceMonths;
        this.outOfContactMonths = outOfContactMonths;
    }

    public Integer minAbsenceMonths() {
        return minAbsenceMonths;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setMinAbsenceMonths(Integer minAbsenceMonths) {
        this.minAbsenceMonths = minAbsenceMonths;
    }

    public Integer outOfContactMonths() {
        return outOfContactMonths;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setOutOfContactMonths(Integer outOfContactMonths) {
        this.outOfContactMonths = outOfContactMonths;
    }

    public static FloatingRules defaults() {
        return new FloatingRules(null, null);
    }
}
