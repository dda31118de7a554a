package org.grassroots.bench;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.grassroots.demo.DemoDuesSeeder;
import org.grassroots.demo.DemoFeatureSeeders;
import org.grassroots.demo.DemoGridSeeder;
import org.grassroots.demo.DemoMeetingSeeder;
import org.grassroots.level.RollupService;
import org.grassroots.meeting.ComplianceService;
import org.grassroots.shared.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Generates a city of the scale named by {@code grassroots.generate} (tiny, district, city) into
 * the configured database on start, before the demo seeder (which then finds regions and does
 * nothing); the app then runs as usual. It refuses, changing nothing, when the database already has
 * regions. People first ({@link CityLoader}), then five years of meetings, grids and dues
 * ({@link CityLife#life}), then the summaries ({@link CityLife#summaries}), each step timed in the log.
 * See docs/performance.md, "Building a city-scale dataset".
 */
@Component
@Order(5)
class CityGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CityGenerator.class);

    private final DataSource dataSource;
    private final FieldCipher cipher;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String scaleName;
    private final String password;
    private final CityLife life;
    private final RollupService rollups;

    @SuppressWarnings("java:S107") // the steps' collaborators, all injected
    CityGenerator(DataSource dataSource, FieldCipher cipher, PasswordEncoder encoder, Clock clock,
            PlatformTransactionManager transactions, JdbcTemplate jdbc, DemoMeetingSeeder meetings, DemoGridSeeder grids,
            DemoDuesSeeder dues, DemoFeatureSeeders features, ComplianceService compliance, RollupService rollups,
            @Value("${grassroots.generate:}") String scaleName,
            @Value("${grassroots.bench.password:bench12345}") String password) {
        this.life = new CityLife(new TransactionTemplate(transactions), jdbc, meetings, grids, dues, features,
                compliance);
        this.rollups = rollups;
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.encoder = encoder;
        this.clock = clock;
        this.scaleName = scaleName;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (!StringUtils.hasText(scaleName)) {
            return;
        }
        Optional<CityScale> scale = CityScale.named(scaleName);
        if (scale.isEmpty()) {
            log.warn("grassroots.generate={} names no scale (one of {}); nothing generated", scaleName,
                    Arrays.toString(CityScale.values()).toLowerCase());
            return;
        }
        log.info("Generating a city at scale {} (seed {})", scale.get().name().toLowerCase(), CityLoader.SEED);
        // the load rebuilds every summary at its end; a drain meanwhile would read the tables the load gives
        // new storage (and lock) and could deadlock with it
        rollups.holdScheduled();
        try {
            generate(scale.get());
        } finally {
            rollups.resumeScheduled();
        }
    }

    private void generate(CityScale scale) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        CityLoader loader = new CityLoader(dataSource, cipher, encoder.encode(password), today, CityLoader.SEED);
        Optional<CityLoader.Summary> people = loader.load(scale);
        if (people.isEmpty()) {
            log.warn("The database already has regions; nothing generated. Generate into an empty"
                    + " database (e.g. GRASSROOTS_DATA_DIR=./data-city)");
            return;
        }
        CityLoader.Summary s = people.get();
        log.info("People: {} regions, {} organizations ({} branches), {} people and {} bench users in {} s",
                s.regions(), s.organizations(), s.branches(), String.format("%,d", s.members()), s.users(),
                seconds(s.millis()));
        CityLife.Life l = life.life(today);
        log.info("Life: {} meetings, {} attendance rows, grids, dues and the other features in {} s (analyze {} s)",
                String.format("%,d", l.meetings() + l.heartTalks()), String.format("%,d", l.attendance()),
                seconds(l.millis()), seconds(l.analyzeMillis()));
        long summaryMillis = summaries();
        log.info("Generated {} regions, {} organizations ({} branches), {} people, {} meetings, {} attendance rows"
                + " and {} bench users in {} s (people {} s, life {} s, summaries {} s); database {}",
                s.regions(), s.organizations(), s.branches(), String.format("%,d", s.members()),
                String.format("%,d", l.meetings() + l.heartTalks()), String.format("%,d", l.attendance()), s.users(),
                seconds(s.millis() + l.millis() + summaryMillis), seconds(s.millis()), seconds(l.millis()),
                seconds(summaryMillis), life.databaseSize());
    }

    /** The summaries step: every summary table rebuilt from the raw records, timed as a full rebuild. */
    private long summaries() {
        long t0 = System.nanoTime();
        ComplianceService.RebuildReport report = life.summaries();
        long compliance = (System.nanoTime() - t0) / 1_000_000;
        log.info("Summaries: {} compliance status rows, {} compliance roll-up rows in {} s (derived in {} s, then"
                + " keys, foreign keys and statistics)", report.statusRows(), report.rollupRows(), seconds(compliance),
                seconds(report.millis()));
        RollupService.RebuildReport rollup = rollups.rebuild();
        log.info("Summaries: {} community roll-up rows rebuilt in {} s", rollup.rows(), seconds(rollup.millis()));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String seconds(long millis) {
        return String.format("%.1f", millis / 1000.0);
    }
}
