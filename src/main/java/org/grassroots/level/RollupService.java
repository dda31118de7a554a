package org.grassroots.level;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.development.DevelopmentPages;
import org.grassroots.development.DevelopmentViews.StageCounts;
import org.grassroots.dues.DuesFigures;
import org.grassroots.dues.DuesPages;
import org.grassroots.grid.GridFigures;
import org.grassroots.grid.GridPages;
import org.grassroots.meeting.ComplianceViewService;
import org.grassroots.member.MemberProfiles;
import org.grassroots.org.OrgService;
import org.grassroots.org.OrgType;
import org.grassroots.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps community_rollup true. Triggers queue the regions whose organizations or members changed;
 * the queue is drained every few seconds (once across instances) and, for the regions inside a level
 * page, just before the page is read, so a user always sees their own writes. Rows computed before
 * today are refreshed too (term expiry depends on the day), daily for all and on read for a page's
 * subtree. A full rebuild recomputes every row and reports the rows that differed.
 */
@Service
public class RollupService {

    private static final Logger log = LoggerFactory.getLogger(RollupService.class);
    /** Advisory lock key of the scheduled jobs, so that several instances drain the queue once. */
    private static final long DRAIN_LOCK = 0x6772_6173_7372_6F02L;
    /** Memory for the rebuild's sorts and hashes over every member, in its transaction only. */
    private static final String REBUILD_WORK_MEM = "256MB";

    private final RollupStore store;
    private final OrgService orgs;
    private final ComplianceViewService compliance;
    private final DuesPages dues;
    private final DevelopmentPages development;
    private final GridPages grids;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MemberProfiles profiles;
    private final BoxRollup boxes;
    /** Set by the command-line rebuild: the scheduled jobs then do nothing (the rebuild recomputes all). */
    private volatile boolean held;

    @SuppressWarnings("java:S107") // one read service per feature that the roll-up counts
    RollupService(RollupStore store, OrgService orgs, ComplianceViewService compliance, DuesPages dues,
            DevelopmentPages development, GridPages grids, JdbcTemplate jdbc, Clock clock, MemberProfiles profiles,
            BoxRollup boxes) {
        this.store = store;
        this.orgs = orgs;
        this.compliance = compliance;
        this.dues = dues;
        this.development = development;
        this.grids = grids;
        this.jdbc = jdbc;
        this.clock = clock;
        this.profiles = profiles;
        this.boxes = boxes;
    }

    /**
     * Before a level page: refreshes the rows inside the region that writes queued, if the scope may
     * open it, so that users see their own writes at once. In its own short transaction, before the
     * page's read-only one. Rows computed on an earlier day are the drain's (seconds after midnight, or
     * after a start on a later day): at city scale they are the whole roll-up again, about a minute,
     * which a page must not wait for.
     */
    @Transactional
    public void catchUp(long regionId, Scope scope) {
        refresh(queued(regionId, scope.regionPagePrefix()));
    }

    /** Drains the whole queue; scheduled every few seconds, once across instances. */
    @Scheduled(initialDelayString = "${grassroots.rollup.drain-delay-ms:5000}",
            fixedDelayString = "${grassroots.rollup.drain-delay-ms:5000}")
    @Transactional
    public void drain() {
        if (!held && tryLock()) {
            refresh(due(null, "/"));
        }
    }

    /** Recomputes every row (term expiry moves with the day); daily, once across instances. */
    @Scheduled(cron = "${grassroots.rollup.daily-cron:0 10 0 * * *}")
    @Transactional
    public void refreshAll() {
        if (!held && tryLock()) {
            store.clearQueue();
            store.replace(null, rows(null));
            profiles.refresh(null, today());
            boxes.refresh(null, today());
        }
    }

    /**
     * Stops the scheduled drain and daily run in this instance, for a command-line rebuild that exits
     * afterwards: a drain started meanwhile would recompute every outdated row once more and the rebuild
     * would wait for it.
     */
    public void holdScheduled() {
        held = true;
    }

    /** Lets the scheduled drain and daily run go on again after {@link #holdScheduled()}. */
    public void resumeScheduled() {
        held = false;
    }

    /**
     * What a rebuild found and did, with the time of each part: the member roll-up (community_rollup),
     * the profile roll-up (member_profile_rollup) and the box roll-up (community_box_rollup).
     */
    public record RebuildReport(int rows, int drift, long millis, long memberMillis, long profileMillis,
            long boxMillis) {
    }

    /**
     * Recomputes every row from the raw organizations and members (and every community_box_rollup row
     * by the features' statements) and counts the rows whose figures differed before (a missing or extra
     * row counts once). Also called after a bulk load.
     */
    @Transactional
    public RebuildReport rebuild() {
        long t0 = System.nanoTime();
        // after a running drain, and before the next one
        jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, DRAIN_LOCK);
        jdbc.execute("set local work_mem = '" + REBUILD_WORK_MEM + "'");
        long t1 = System.nanoTime();
        Map<Long, RollupStore.Row> before = new HashMap<>();
        store.all().forEach(r -> before.put(r.regionId(), r));
        store.clearQueue();
        List<RollupStore.Row> after = rows(null);
        store.replace(null, after);
        long t2 = System.nanoTime();
        profiles.refresh(null, today());
        long t3 = System.nanoTime();
        int drift = 0;
        for (RollupStore.Row row : after) {
            RollupStore.Row old = before.remove(row.regionId());
            if (old == null || !old.figures().equals(row.figures())) {
                drift++;
            }
        }
        drift += before.size() + boxes.rebuild(today());
        long t4 = System.nanoTime();
        RebuildReport report = new RebuildReport(after.size(), drift, millis(t0, t4), millis(t1, t2), millis(t2, t3),
                millis(t3, t4));
        log.info("Roll-up rebuild: {}", report);
        return report;
    }

    private void refresh(Collection<Long> regionIds) {
        if (regionIds.isEmpty()) {
            return;
        }
        Set<Long> keys = new HashSet<>(regionIds);
        store.replace(keys, rows(keys));
        profiles.refresh(keys, today());
        // the box rows last, here as in the daily run and the rebuild: their statement moves the mark the
        // pages keep the members' sums with (V34)
        boxes.refresh(keys, today());
    }

    /**
     * The queued regions inside the region (all when null) that the prefix covers, and those whose
     * community_rollup or community_box_rollup row was computed before today.
     */
    Set<Long> due(Long regionId, String regionPrefix) {
        Set<Long> due = new HashSet<>(store.takeDue(regionId, regionPrefix, today()));
        due.addAll(boxes.outdated(regionId, regionPrefix, today()));
        return due;
    }

    /** The queued regions inside the region that the prefix covers (taken off the queue). */
    Set<Long> queued(long regionId, String regionPrefix) {
        return new HashSet<>(store.takeQueued(regionId, regionPrefix));
    }

    /**
     * Sums the facts of the regions (all when null) and applies the organization-setup rules of today,
     * then adds the reminder counts of today.
     */
    private List<RollupStore.Row> rows(Collection<Long> regionIds) {
        LocalDate today = today();
        Map<Long, RollupStore.Row> rows = new HashMap<>();
        for (RollupStore.OrgFacts f : store.facts(regionIds)) {
            boolean counted = f.open() && f.type() != OrgType.PARTY_GROUP;
            boolean attention = f.open() && !orgs.policy().warnings(f.type(), f.hasCommittee(), f.termEnd(), f.full(),
                    f.members(), today).isEmpty();
            RollupStore.Row one = new RollupStore.Row(f.regionId(), f.regionPath(), f.districtId(), f.streetId(),
                    f.communityId(), counted ? 1 : 0, f.open() && f.type().isBranch() ? 1 : 0, (int) f.members(),
                    (int) f.full(), (int) f.probationary(), (int) f.pipeline(), attention ? 1 : 0, 0, 0, 0, today, null,
                    null, null);
            rows.merge(f.regionId(), one, RollupService::plus);
        }
        // the grid figures by the grid feature's own statements; a community with grid nodes and no
        // organization gets a row of its own
        Map<Long, GridFigures> gridFigures = new HashMap<>();
        for (GridFigures.OfCommunity c : grids.figuresByCommunity(regionIds)) {
            gridFigures.put(c.communityId(), c.figures());
            rows.putIfAbsent(c.communityId(), new RollupStore.Row(c.communityId(), c.path(), c.districtId(),
                    c.streetId(), c.communityId(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, today, null, null, null));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> reminders = compliance.reminderCountsByRegion(regionIds);
        long[] none = new long[3];
        // the dues and development figures by their features' own queries, grouped by the region
        Map<Long, DuesFigures> dues = this.dues.figuresBySittingRegion(regionIds);
        Map<Long, StageCounts> stages = development.countsBySittingRegion(regionIds);
        StageCounts noStages = new StageCounts(null, null, null, 0, 0, 0, 0, 0, 0, 0, 0);
        return rows.values().stream().map(r -> r.withReminders(reminders.getOrDefault(r.regionId(), none))
                .with(dues.getOrDefault(r.regionId(), DuesFigures.ZERO),
                        stages.getOrDefault(r.regionId(), noStages),
                        gridFigures.getOrDefault(r.regionId(), GridFigures.ZERO))).toList();
    }

    private static RollupStore.Row plus(RollupStore.Row a, RollupStore.Row b) {
        return new RollupStore.Row(a.regionId(), a.regionPath(), a.districtId(), a.streetId(), a.communityId(),
                a.orgs() + b.orgs(), a.branches() + b.branches(), a.members() + b.members(), a.full() + b.full(),
                a.probationary() + b.probationary(), a.pipeline() + b.pipeline(), a.attention() + b.attention(),
                0, 0, 0, a.computedOn(), null, null, null);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private boolean tryLock() {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, DRAIN_LOCK));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
