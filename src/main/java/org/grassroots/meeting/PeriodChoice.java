package org.grassroots.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The period a compliance page shows, and where its tabs and arrows lead: this month, this quarter
 * and this year; the previous period while the summaries still cover it, the next one until it would
 * lie in the future.
 *
 * @param since the first day the summaries cover (ComplianceWindow.since())
 */
public record PeriodChoice(Period chosen, LocalDate today, LocalDate since) {

    /** The current quarter, the page's default. */
    public static PeriodChoice defaultFor(LocalDate today, LocalDate since) {
        return new PeriodChoice(Period.containing(Frequency.QUARTER, today), today, since);
    }

    /** Whether the summaries hold the period: it starts inside the window and has begun by today. */
    public boolean isAvailable() {
        return !chosen.start().isBefore(since) && !chosen.start().isAfter(today);
    }

    public boolean isClosed() {
        return chosen.isClosedOn(today);
    }

    public Period thisMonth() {
        return Period.containing(Frequency.MONTH, today);
    }

    public Period thisQuarter() {
        return Period.containing(Frequency.QUARTER, today);
    }

    public Period thisYear() {
        return Period.containing(Frequency.YEAR, today);
    }

    /** The period before, or null when the summaries no longer cover it. */
    public Period previous() {
        Period p = chosen.previous();
        return p.start().isBefore(since) ? null : p;
    }

    /** The period after, or null when it has not begun yet. */
    public Period next() {
        Period p = chosen.next();
        return p.start().isAfter(today) ? null : p;
    }

    /** The last day of the chosen period that has happened: the day the community overview looks at. */
    public LocalDate referenceDay() {
        return chosen.end().isBefore(today) ? chosen.end() : today;
    }

    /**
     * The periods the community overview shows for each organization: the month and the quarter of
     * the reference day, and its year when the year is chosen.
     */
    public List<Period> glancePeriods() {
        LocalDate day = referenceDay();
        List<Period> periods = new ArrayList<>(List.of(Period.containing(Frequency.MONTH, day),
                Period.containing(Frequency.QUARTER, day)));
        if (chosen.frequency() == Frequency.YEAR) {
            periods.add(Period.containing(Frequency.YEAR, day));
        }
        return periods;
    }
}
