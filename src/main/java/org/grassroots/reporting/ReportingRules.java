package org.grassroots.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * In-service members re-report to their residence community every few months; no national number
 * exists, so this is local practice (domain-rules.md §7: Foshan re-reports every 6 months).
 *
 * @param reReportMonths a reporting period lasts this many months: {@code valid_until = reported_on + N
 *     months − 1 day}
 * @param remindDays a period ending within this many days without a following one is due for re-reporting
 */
@ConfigurationProperties("grassroots.reporting")
public record ReportingRules(Integer reReportMonths, Integer remindDays) {

    public ReportingRules {
        reReportMonths = reReportMonths == null || reReportMonths < 1 ? 6 : reReportMonths;
        remindDays = remindDays == null || remindDays < 0 ? 30 : remindDays;
    }

    public static ReportingRules defaults() {
        return new ReportingRules(null, null);
    }
}
