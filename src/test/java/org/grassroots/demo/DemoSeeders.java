package org.grassroots.demo;

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
}
