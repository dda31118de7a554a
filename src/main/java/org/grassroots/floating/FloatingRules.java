package org.grassroots.floating;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mobile-member numbers of domain-rules.md §6 that a city may set.
 *
 * @param minAbsenceMonths a mobile member is away at least this long without a transfer (Member Regs
 *        2019); an outflow that starts recently and is expected back sooner is recorded with a warning
 * @param outOfContactMonths an outflow member whose last contact (or departure, with none) is at least
 *        this long ago is flagged as out of contact for the branch
 */
@ConfigurationProperties("grassroots.floating")
public record FloatingRules(Integer minAbsenceMonths, Integer outOfContactMonths) {

    public FloatingRules {
        minAbsenceMonths = minAbsenceMonths == null ? 6 : minAbsenceMonths;
        outOfContactMonths = outOfContactMonths == null ? 6 : outOfContactMonths;
    }

    public static FloatingRules defaults() {
        return new FloatingRules(null, null);
    }
}
