package org.grassroots.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many approved items a community may receive in a month before the burden pages flag it. No
 * national figure exists; the 减负 lists of each city set their own (local practice), so it is a setting.
 *
 * <p>{@code monthlyLimit}: a community with more approved items than this in one month is flagged
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.access")
public class AccessRules {

    private volatile Integer monthlyLimit;

    public AccessRules(Integer monthlyLimit) {
        monthlyLimit = monthlyLimit == null ? 10 : monthlyLimit;
        this.monthlyLimit = monthlyLimit;
    }

    public Integer monthlyLimit() {
        return monthlyLimit;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setMonthlyLimit(Integer monthlyLimit) {
        this.monthlyLimit = monthlyLimit;
    }

    public static AccessRules defaults() {
        return new AccessRules(null);
    }
}
