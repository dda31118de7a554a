package org.grassroots.bench;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.grassroots.shared.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Generates a city of the scale named by {@code grassroots.generate} (tiny, district, city) into
 * the configured database on start, before the demo seeder (which then finds regions and does
 * nothing); the app then runs as usual. It refuses, changing nothing, when the database already has
 * regions. See docs/performance.md, "Building a city-scale dataset".
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

    CityGenerator(DataSource dataSource, FieldCipher cipher, PasswordEncoder encoder, Clock clock,
            @Value("${grassroots.generate:}") String scaleName,
            @Value("${grassroots.bench.password:bench12345}") String password) {
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
        CityLoader loader = new CityLoader(dataSource, cipher, encoder.encode(password), LocalDate.now(clock),
                CityLoader.SEED);
        loader.load(scale.get()).ifPresentOrElse(
                s -> log.info("Generated {} regions, {} organizations ({} branches), {} people and {} bench users"
                        + " in {} s", s.regions(), s.organizations(), s.branches(), String.format("%,d", s.members()),
                        s.users(), String.format("%.1f", s.millis() / 1000.0)),
                () -> log.warn("The database already has regions; nothing generated. Generate into an empty"
                        + " database (e.g. GRASSROOTS_DATA_DIR=./data-city)"));
    }
}
