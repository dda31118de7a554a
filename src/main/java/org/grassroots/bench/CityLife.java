package org.grassroots.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grassroots.demo.DemoDuesSeeder;
import org.grassroots.demo.DemoFeatureSeeders;
import org.grassroots.demo.DemoGridSeeder;
import org.grassroots.demo.DemoMeetingSeeder;
import org.grassroots.meeting.ComplianceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The later steps of generating a city, after its people are in: five years of organizational life
 * (meetings, attendance, resolutions, committees and Party group members), grids, dues and the features
 * around the members (residents, volunteers, venues, service reports, transfers, mobile members, new
 * organizations, regional building, workers and funds), in one transaction, with the demo city's set-based seeders (chance only from hashes of stable keys, so two
 * runs give the same city); then the summaries, rebuilt from the raw records in a transaction of their
 * own and timed apart, as an operator's full rebuild would be.
 */
final class CityLife {

    /** How far back the meetings go. */
    static final int YEARS = 5;
    /** Who recorded the generated meetings. */
    static final String RECORDED_BY = "bench";

    /**
     * The tables this step fills in bulk (each with the tables that refer to it): the meetings with their
     * attendance and resolutions, the dues, the grid.
     */
    private static final List<String> FRESH = List.of("meeting", "dues_payment", "dues_base", "grid_node");

    private static final Logger log = LoggerFactory.getLogger(CityLife.class);

    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final DemoMeetingSeeder meetings;
    private final DemoGridSeeder grids;
    private final DemoDuesSeeder dues;
    private final DemoFeatureSeeders features;
    private final ComplianceService compliance;

    CityLife(TransactionTemplate tx, JdbcTemplate jdbc, DemoMeetingSeeder meetings, DemoGridSeeder grids,
            DemoDuesSeeder dues, DemoFeatureSeeders features, ComplianceService compliance) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.grids = grids;
        this.dues = dues;
        this.features = features;
        this.compliance = compliance;
    }

    /** What the life step wrote and how long each part took, in milliseconds. */
    record Life(long meetings, long heartTalks, long attendance, long committeeAndGroupMembers, long rolesMillis,
            long meetingsMillis, long attendanceMillis, long gridMillis, long duesMillis, long featuresMillis,
            long analyzeMillis, long millis) {
    }

    /** Meetings over the {@link #YEARS} years up to {@code today}, grids and dues: one transaction. */
    Life life(LocalDate today) {
        LocalDate since = today.minusYears(YEARS);
        CityMeetings city = new CityMeetings(jdbc);
        long t0 = System.nanoTime();
        Life life = tx.execute(status -> {
            // index builds and the hash joins of the big statements in memory, not in temporary files
            jdbc.execute("set local maintenance_work_mem = '1GB'");
            jdbc.execute("set local work_mem = '256MB'");
            // new storage for the tables loaded here, so that at wal_level = minimal they skip the WAL
            List<String> fresh = FRESH.stream().filter(t -> BulkLoad.fresh(jdbc, t)).toList();
            log.info("Loading into new storage: {} (the WAL is skipped at wal_level = minimal, now {})", fresh,
                    jdbc.queryForObject("show wal_level", String.class));
            int seated = meetings.seatCommitteesAndGroups(since);
            city.organizations();
            long t1 = System.nanoTime();
            int[] held = new int[2];
            BulkLoad.without(jdbc, "meeting", BulkLoad.Aside.FOREIGN_KEYS, () -> {
                held[0] = city.meetings(since, today);
                held[1] = city.heartTalks(since, today);
                return null;
            });
            jdbc.execute("analyze meeting");
            long t2 = System.nanoTime();
            long attendance = BulkLoad.without(jdbc, "meeting_attendance", BulkLoad.Aside.EVERYTHING,
                    city::attendance);
            long t3 = System.nanoTime();
            log.info("{} meetings, {} heart talks and {} attendance rows (committees and groups {} ms, meetings {} ms,"
                    + " attendance {} ms)", String.format("%,d", held[0]), String.format("%,d", held[1]),
                    String.format("%,d", attendance), ms(t0, t1), ms(t1, t2), ms(t2, t3));
            grids.seed(today);
            long t4 = System.nanoTime();
            Map<String, Long> before = features.beforeDues(today);
            long t5 = System.nanoTime();
            // the dues bases with their keys, index and foreign key built and checked once at the end
            BulkLoad.without(jdbc, "dues_base", BulkLoad.Aside.EVERYTHING, () -> {
                dues.seed(today);
                return null;
            });
            long t6 = System.nanoTime();
            Map<String, Long> after = features.afterDues(today);
            long t7 = System.nanoTime();
            log.info("grids in {} ms, dues in {} ms, the other features in {} ms ({}, {})", ms(t3, t4), ms(t5, t6),
                    ms(t4, t5) + ms(t6, t7), before, after);
            return new Life(held[0], held[1], attendance, seated, ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4),
                    ms(t5, t6), ms(t4, t5) + ms(t6, t7), 0, 0);
        });
        long ta = System.nanoTime();
        // only the tables loaded in bulk: analysing the summary tables while they are still empty would
        // make the summary rebuild that follows plan its joins for empty tables
        jdbc.execute("analyze party_member, meeting, meeting_attendance, grid_node, grid_cadre, dues_base,"
                + " dues_payment, dues_payment_month");
        long done = System.nanoTime();
        return new Life(life.meetings(), life.heartTalks(), life.attendance(), life.committeeAndGroupMembers(),
                life.rolesMillis(), life.meetingsMillis(), life.attendanceMillis(), life.gridMillis(),
                life.duesMillis(), life.featuresMillis(), ms(ta, done), ms(t0, done));
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The database's size, e.g. "11 GB". */
    String databaseSize() {
        return jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class);
    }

    /**
     * Every summary, rebuilt from the raw records: the compliance summaries (org_period_status,
     * compliance_rollup). Summaries added later are rebuilt here too.
     */
    ComplianceService.RebuildReport summaries() {
        // the first fill: the status rows' keys and foreign keys are built and checked in one pass each
        ComplianceService.RebuildReport report = tx.execute(status ->
                BulkLoad.without(jdbc, "org_period_status", BulkLoad.Aside.EVERYTHING, compliance::rebuild));
        jdbc.execute("analyze org_period_status, compliance_rollup");
        return report;
    }
}
