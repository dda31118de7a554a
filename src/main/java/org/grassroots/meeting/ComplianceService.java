package org.grassroots.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.grassroots.org.OrgChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the compliance summaries true: after every meeting write and organization change in the same
 * transaction, when new periods open (daily, once across instances), and by a full rebuild that
 * reports any drift it corrected.
 */
@Service
public class ComplianceService {

    private static final Logger log = LoggerFactory.getLogger(ComplianceService.class);
    /** Advisory lock key for the daily job, so that several instances open periods once. */
    private static final long OPEN_PERIODS_LOCK = 0x6772_6173_7372_6F01L;

    private final ComplianceStore store;
    private final ComplianceWindow window;
    private final JdbcTemplate jdbc;

    ComplianceService(ComplianceStore store, ComplianceWindow window, JdbcTemplate jdbc) {
        this.store = store;
        this.window = window;
        this.jdbc = jdbc;
    }

    /** A meeting of the organization was recorded, changed or removed; these are the days it touched. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void meetingsChanged(long orgId, LocalDate... days) {
        LocalDate from = null;
        LocalDate to = null;
        for (LocalDate d : days) {
            if (d != null) {
                from = from == null || d.isBefore(from) ? d : from;
                to = to == null || d.isAfter(to) ? d : to;
            }
        }
        if (from == null) {
            return;
        }
        LocalDate since = window.since();
        LocalDate today = window.today();
        from = from.isBefore(since) ? since : from;
        to = to.isAfter(today) ? today : to;
        store.refresh(List.of(orgId), Set.of(), from, to);
    }

    @EventListener
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void on(OrgChanged event) {
        store.refresh(List.of(event.orgId()), Set.of(event.previousRegionId()), window.since(), window.today());
    }

    /**
     * The periods that contain today, for every organization: run daily and at start-up, and skipped
     * when they were opened today already (a restart; every write since refreshed its own summaries).
     */
    @Scheduled(cron = "${grassroots.compliance.open-periods-cron:0 5 0 * * *}")
    @Transactional
    public void openCurrentPeriods() {
        Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, OPEN_PERIODS_LOCK);
        LocalDate today = window.today();
        if (!Boolean.TRUE.equals(locked) || today.equals(openedOn())) {
            return;
        }
        List<Long> orgs = jdbc.queryForList("select id from party_org", Long.class);
        store.refresh(orgs, Set.of(), today, today);
        markOpened(today);
    }

    /** The day the current periods were last opened for every organization, or null. */
    LocalDate openedOn() {
        return jdbc.query("select opened_on from compliance_opened",
                rs -> rs.next() ? rs.getObject(1, LocalDate.class) : null);
    }

    private void markOpened(LocalDate day) {
        jdbc.update("""
                insert into compliance_opened (id, opened_on) values (1, ?)
                on conflict (id) do update set opened_on = excluded.opened_on""", day);
    }

    /** What a rebuild found and did. */
    public record RebuildReport(int statusRows, int rollupRows, int statusDrift, int rollupDrift, long millis) {
    }

    /** Recomputes every summary from the raw records and counts the rows that differed before. */
    @Transactional
    public RebuildReport rebuild() {
        long t0 = System.nanoTime();
        ComplianceStore.Rebuilt r = store.rebuild(window.since(), window.today());
        // the rebuild derives every period up to today's
        markOpened(window.today());
        RebuildReport report = new RebuildReport(r.statusRows(), r.rollupRows(), r.statusDrift(), r.rollupDrift(),
                (System.nanoTime() - t0) / 1_000_000);
        log.info("Compliance rebuild: {}", report);
        return report;
    }
}
