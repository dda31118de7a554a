package org.grassroots.demo;

import org.grassroots.regional.RegionalPolicy;
import org.grassroots.regional.RegionalRules;
import org.grassroots.reporting.ReportingRules;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The demo seeders the city generator reuses, on any database, without a Spring context. */
public final class DemoSeeders {

    private DemoSeeders() {
    }

    /** The meeting seeder for {@link DemoMeetingSeeder#seatCommitteesAndGroups} only (no summaries, no window). */
    public static DemoMeetingSeeder meetings(NamedParameterJdbcTemplate jdbc) {
        return new DemoMeetingSeeder(jdbc, null, null);
    }

    public static DemoGridSeeder grids(NamedParameterJdbcTemplate jdbc) {
        return new DemoGridSeeder(jdbc);
    }

    public static DemoDuesSeeder dues(NamedParameterJdbcTemplate jdbc) {
        return new DemoDuesSeeder(jdbc);
    }

    /** The seeders of the features around the members, with the default rules. */
    public static DemoFeatureSeeders features(NamedParameterJdbcTemplate jdbc) {
        return new DemoFeatureSeeders(new DemoResidentSeeder(jdbc), new DemoVolunteerSeeder(jdbc),
                new DemoVenueSeeder(jdbc), new DemoReportingSeeder(jdbc, ReportingRules.defaults()),
                new DemoTransferSeeder(jdbc.getJdbcTemplate()), new DemoFloatingSeeder(jdbc.getJdbcTemplate()),
                new DemoNewOrgSeeder(jdbc), new DemoRegionalSeeder(jdbc, new RegionalPolicy(RegionalRules.defaults())),
                new DemoWorkforceSeeder(jdbc));
    }
}
