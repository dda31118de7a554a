package org.grassroots.workforce;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the worker team (domain-rules.md §9, medium confidence, local practice): the staffing
 * target of 18 community workers per 10,000 urban residents (十四五 target; some cities set more),
 * how many days ahead a first secretary's term end is flagged, and the usual term of a first
 * secretary (generally 2 years), used when the form leaves the term end blank.
 *
 * <p>{@code workersPerTenThousand}: community workers a city wants per 10,000 residents
 * <p>{@code termWarningDays}: a first secretary's term ending within this many days is flagged
 * <p>{@code firstSecretaryTermYears}: years from the start day to the default term end of a first secretary
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.workforce")
public class WorkforceRules {

    private volatile Integer workersPerTenThousand;
    private volatile Integer termWarningDays;
    private volatile Integer firstSecretaryTermYears;

    public WorkforceRules(Integer workersPerTenThousand, Integer termWarningDays, Integer firstSecretaryTermYears) {
        workersPerTenThousand = workersPerTenThousand == null ? 18 : workersPerTenThousand;
        termWarningDays = termWarningDays == null ? 90 : termWarningDays;
        firstSecretaryTermYears = firstSecretaryTermYears == null ? 2 : firstSecretaryTermYears;
        this.workersPerTenThousand = workersPerTenThousand;
        this.termWarningDays = termWarningDays;
        this.firstSecretaryTermYears = firstSecretaryTermYears;
    }

    public Integer workersPerTenThousand() {
        return workersPerTenThousand;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setWorkersPerTenThousand(Integer workersPerTenThousand) {
        this.workersPerTenThousand = workersPerTenThousand;
    }

    public Integer termWarningDays() {
        return termWarningDays;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setTermWarningDays(Integer termWarningDays) {
        this.termWarningDays = termWarningDays;
    }

    public Integer firstSecretaryTermYears() {
        return firstSecretaryTermYears;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setFirstSecretaryTermYears(Integer firstSecretaryTermYears) {
        this.firstSecretaryTermYears = firstSecretaryTermYears;
    }

    public static WorkforceRules defaults() {
        return new WorkforceRules(null, null, null);
    }
}
