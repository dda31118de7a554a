package org.grassroots.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** A compliance service on any database, without a Spring context (for tests that make their own). */
public final class ComplianceServices {

    private ComplianceServices() {
    }

    /** The service over {@code jdbc}, its window ending {@code today}, the default two years back. */
    public static ComplianceService on(JdbcTemplate jdbc, LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.ofHours(8)), ZoneOffset.ofHours(8));
        return new ComplianceService(new ComplianceStore(new NamedParameterJdbcTemplate(jdbc)),
                new ComplianceWindow(clock, 2), jdbc);
    }
}
