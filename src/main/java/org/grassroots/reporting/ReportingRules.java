package org.grassroots.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * In-service members re-report to their residence community every few months; no national number
 * exists, so this is local practice (domain-rules.md §7: Foshan re-reports every 6 months).
 *
 * <p>{@code reReportMonths}: a reporting period lasts this many months: {@code valid_until = reported_on + N
 *     months − 1 day}
 * <p>{@code remindDays}: a period ending within this many days without a following one is due for re-reporting
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.reporting")
public class ReportingRules {

    private volatile Integer reReportMonths;
    private volatile Integer remindDays;

    public ReportingRules(Integer reReportMonths, Integer remindDays) {
        reReportMonths = reReportMonths == null || reReportMonths < 1 ? 6 : reReportMonths;
        remindDays = remindDays == null || remindDays < 0 ? 30 : remindDays;
        this.reReportMonths = reReportMonths;
        this.remindDays = remindDays;
    }

    public Integer reReportMonths() {
        return reReportMonths;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setReReportMonths(Integer reReportMonths) {
        this.reReportMonths = reReportMonths;
    }

    public Integer remindDays() {
        return remindDays;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setRemindDays(Integer remindDays) {
        this.remindDays = remindDays;
    }

    public static ReportingRules defaults() {
        return new ReportingRules(null, null);
    }
}
