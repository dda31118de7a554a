package org.grassroots.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the city settings page a history to show: the city administrator tried a smaller grid size, a
 * lower access limit and a half-year joint meeting, and later reset each to its default. Every setting
 * ends at its configured default (no {@code city_setting} row), so the other features' demo cases and
 * the tests that count on the defaults stay as documented. One set-based insert of fixed rows.
 */
@Component
class DemoSettingsSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSettingsSeeder.class);

    private final NamedParameterJdbcTemplate jdbc;

    DemoSettingsSeeder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        int rows = jdbc.update("""
                insert into audit_event (occurred_at, username, action, entity_type, summary)
                select cast(:today as date) - d.days + time '09:30', 'city', d.action, 'city_setting', d.summary
                from (values
                    (45, 'SETTING_CHANGE', 'grassroots.grid.max-households: 500 → 400'),
                    (38, 'SETTING_CHANGE', 'grassroots.access.monthly-limit: 10 → 8'),
                    (30, 'SETTING_CHANGE', 'grassroots.regional.joint-meeting-months: 3 → 6'),
                    (21, 'SETTING_RESET', 'grassroots.grid.max-households: 400 → 500'),
                    (14, 'SETTING_RESET', 'grassroots.regional.joint-meeting-months: 6 → 3'),
                    (7, 'SETTING_RESET', 'grassroots.access.monthly-limit: 8 → 10')) as d(days, action, summary)
                order by d.days desc""", new MapSqlParameterSource("today", today));
        log.info("Demo settings history: {} changes in {} ms", rows, (System.nanoTime() - t0) / 1_000_000);
    }
}
