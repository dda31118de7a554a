package org.grassroots.meeting;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The span the compliance summaries cover: from the first day of the year a number of years back
 * (setting grassroots.compliance.years-kept, default 2 before the current one) to today's periods.
 */
@Component
public class ComplianceWindow {

    private final Clock clock;
    private final int yearsKept;

    ComplianceWindow(Clock clock, @Value("${grassroots.compliance.years-kept:2}") int yearsKept) {
        this.clock = clock;
        this.yearsKept = yearsKept;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate since() {
        return LocalDate.of(today().getYear() - yearsKept, 1, 1);
    }

    /** Whether a day lies in periods the summaries keep. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(since()) && !day.isAfter(today().withDayOfYear(today().lengthOfYear()));
    }
}
