package org.grassroots.workforce;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the worker team (domain-rules.md §9, medium confidence, local practice): the staffing
 * target of 18 community workers per 10,000 urban residents (十四五 target; some cities set more),
 * how many days ahead a first secretary's term end is flagged, and the usual term of a first
 * secretary (generally 2 years), used when the form leaves the term end blank.
 *
 * @param workersPerTenThousand community workers a city wants per 10,000 residents
 * @param termWarningDays a first secretary's term ending within this many days is flagged
 * @param firstSecretaryTermYears years from the start day to the default term end of a first secretary
 */
@ConfigurationProperties("grassroots.workforce")
public record WorkforceRules(Integer workersPerTenThousand, Integer termWarningDays, Integer firstSecretaryTermYears) {

    public WorkforceRules {
        workersPerTenThousand = workersPerTenThousand == null ? 18 : workersPerTenThousand;
        termWarningDays = termWarningDays == null ? 90 : termWarningDays;
        firstSecretaryTermYears = firstSecretaryTermYears == null ? 2 : firstSecretaryTermYears;
    }

    public static WorkforceRules defaults() {
        return new WorkforceRules(null, null, null);
    }
}
