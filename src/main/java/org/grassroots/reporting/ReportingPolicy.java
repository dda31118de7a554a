package org.grassroots.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of member reporting and services that need no database: the length of a period, where
 * re-reporting starts, the status of a period on a day, and the checks of a period and of a service.
 */
final class ReportingPolicy {

    static final BigDecimal DAY_HOURS = BigDecimal.valueOf(24);

    private ReportingPolicy() {
    }

    /** One problem with a form field; args fill the message. */
    record Problem(String field, String key, Object... args) {
    }

    /** A period of N months: from the day reported to the day before the same date N months later. */
    static LocalDate validUntil(LocalDate reportedOn, int months) {
        return reportedOn.plusMonths(months).minusDays(1);
    }

    /** Re-reporting opens the next period the day after this one ends, or today when that is later. */
    static LocalDate renewalStart(LocalDate validUntil, LocalDate today) {
        LocalDate next = validUntil.plusDays(1);
        return next.isAfter(today) ? next : today;
    }

    static ReportStatus status(LocalDate reportedOn, LocalDate validUntil, LocalDate endedOn, boolean followed,
            LocalDate today, int remindDays) {
        if (endedOn != null) {
            return ReportStatus.ENDED;
        }
        if (reportedOn.isAfter(today)) {
            return ReportStatus.UPCOMING;
        }
        if (validUntil.isBefore(today)) {
            return followed ? ReportStatus.RENEWED : ReportStatus.EXPIRED;
        }
        return !followed && !validUntil.isAfter(today.plusDays(remindDays)) ? ReportStatus.DUE : ReportStatus.CURRENT;
    }

    /**
     * The dates of a period: in order, no longer than the set number of months, and not reported in the
     * future (a stored future start, made by re-reporting early, may stay).
     */
    static List<Problem> period(LocalDate reportedOn, LocalDate validUntil, LocalDate storedReportedOn,
            LocalDate today, int months) {
        List<Problem> problems = new ArrayList<>();
        if (reportedOn.isAfter(today) && !reportedOn.equals(storedReportedOn)) {
            problems.add(new Problem("reportedOn", "reporting.report.reportedOn.future"));
        }
        if (validUntil != null && validUntil.isBefore(reportedOn)) {
            problems.add(new Problem("validUntil", "reporting.report.validUntil.beforeReportedOn"));
        } else if (validUntil != null && validUntil.isAfter(validUntil(reportedOn, months))) {
            problems.add(new Problem("validUntil", "reporting.report.validUntil.tooLong", months,
                    validUntil(reportedOn, months)));
        }
        return problems;
    }

    /**
     * A service: on a day of the period, not in the future, more than 0 and at most 24 hours, and the
     * person's hours that day (otherHours: their other records that day, in any community) at most 24.
     */
    static List<Problem> service(LocalDate servedOn, BigDecimal hours, LocalDate from, LocalDate lastDay,
            LocalDate today, BigDecimal otherHours) {
        List<Problem> problems = new ArrayList<>();
        if (servedOn.isAfter(today)) {
            problems.add(new Problem("servedOn", "reporting.service.servedOn.future"));
        } else if (servedOn.isBefore(from) || servedOn.isAfter(lastDay)) {
            problems.add(new Problem("servedOn", "reporting.service.servedOn.outsidePeriod", from, lastDay));
        }
        if (hours.signum() <= 0 || hours.compareTo(DAY_HOURS) > 0) {
            problems.add(new Problem("hours", "reporting.service.hours.range"));
        } else if (otherHours.add(hours).compareTo(DAY_HOURS) > 0) {
            problems.add(new Problem("hours", "reporting.service.hours.dayTotal", otherHours.stripTrailingZeros()
                    .toPlainString()));
        }
        return problems;
    }

    /** Whether one more person fits a post: no capacity means no limit. */
    static boolean fits(Integer capacity, long occupied) {
        return capacity == null || occupied < capacity;
    }
}
