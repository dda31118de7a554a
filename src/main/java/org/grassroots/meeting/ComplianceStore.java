package org.grassroots.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the compliance summaries. One rule derives org_period_status from the requirements, the
 * organizations and the meetings; one derives compliance_rollup from org_period_status. The
 * incremental refresh after a write and the full rebuild apply the same rules, the refresh for the
 * organizations and days a write touched, the rebuild for everything; both write only the rows that
 * differ from the stored ones.
 */
@Repository
class ComplianceStore {

    /**
     * Which organization owes which requirement in which period, and how many meetings it held: the
     * one rule both the refresh and the rebuild write. The meetings are counted once per organization,
     * type and period (a hash aggregate over the window), not by a subquery per owed row.
     */
    private static final String STATUS = """
            select o.id as party_org_id, r.id as requirement_id, p.start as period_start, p.finish as period_end,
                   r.min_count as expected, coalesce(c.held, 0) as held
            from meeting_requirement r
            cross join lateral (
                select gs::date as start, period_end(r.frequency, gs::date) as finish
                from generate_series(period_start(r.frequency, cast(:from as date)),
                                     cast(:to as date),
                                     case r.frequency when 'MONTH' then interval '1 month'
                                                      when 'QUARTER' then interval '3 months'
                                                      else interval '1 year' end) gs) p
            join party_org o on o.type = any (r.org_types) and (r.condition = 'ALWAYS' or o.has_committee)
            left join (
                select m.party_org_id, m.type, f.frequency, period_start(f.frequency, m.held_on) as start,
                       count(*) as held
                from meeting m
                join (select distinct meeting_type, frequency from meeting_requirement) f on f.meeting_type = m.type
                where m.deleted_at is null
                  and m.held_on >= period_start('YEAR', cast(:from as date))
                  and m.held_on < period_start('YEAR', cast(:to as date)) + interval '1 year'
                  and (cast(:all as boolean) or m.party_org_id in (:orgs))
                group by m.party_org_id, m.type, f.frequency, period_start(f.frequency, m.held_on)) c
              on c.party_org_id = o.id and c.type = r.meeting_type and c.frequency = r.frequency
             and c.start = p.start
            where r.effective_from <= p.start
              and (r.effective_to is null or r.effective_to >= p.finish)
              and (o.founded_on is null or o.founded_on <= p.start)
              and (o.closed_on is null or o.closed_on > p.finish)
              and (cast(:all as boolean) or o.id in (:orgs))
            """;

    private static final String STATUS_COLUMNS =
            "party_org_id, requirement_id, period_start, period_end, expected, held";

    /** Per region, requirement and period: the organizations required and those that met it, of given rows. */
    private static final String ROLLUP_FIGURES = """
            select o.region_id, s.requirement_id, s.period_start, min(s.period_end) as period_end,
                   min(o.region_path) as region_path, min(o.district_id) as district_id,
                   min(o.street_id) as street_id, min(o.community_id) as community_id,
                   count(*) as required, count(*) filter (where s.held >= s.expected) as done
            from %s
            group by o.region_id, s.requirement_id, s.period_start
            """;

    /** The roll-up of every region (the rebuild) or of some, from the status rows overlapping [from, to]. */
    private static final String ROLLUP = ROLLUP_FIGURES.formatted("""
            org_period_status s join party_org o on o.id = s.party_org_id
            where s.period_end >= cast(:from as date) and s.period_start <= cast(:to as date)
              and (cast(:all as boolean) or o.region_id in (:regions))""");

    /**
     * The same roll-up of a few regions (a refresh), reading the status rows organization by
     * organization through the primary key. Left to itself the planner hashes every status row of the
     * window (74,000 at district scale, 80 ms) for the few hundred of one community (2 ms); the offset
     * keeps the subquery from being merged into the join.
     */
    private static final String ROLLUP_OF_REGIONS = ROLLUP_FIGURES.formatted("""
            party_org o
            cross join lateral (
                select * from org_period_status x where x.party_org_id = o.id
                  and x.period_end >= cast(:from as date) and x.period_start <= cast(:to as date)
                offset 0) s
            where o.region_id in (:regions)""");

    private static final String ROLLUP_COLUMNS = "region_id, requirement_id, period_start, period_end, region_path,"
            + " district_id, street_id, community_id, required, done";

    /** The stored status rows a refresh re-derives (alias t): its organizations' periods overlapping [from, to]. */
    private static final String STORED_STATUS = "t.party_org_id in (:orgs)"
            + " and t.period_end >= cast(:from as date) and t.period_start <= cast(:to as date)";

    /** The stored roll-up rows a refresh re-derives (alias t): its regions' periods overlapping [from, to]. */
    private static final String STORED_ROLLUP = "t.region_id in (:regions)"
            + " and t.period_end >= cast(:from as date) and t.period_start <= cast(:to as date)";

    private static final String STATUS_KEY = "party_org_id, requirement_id, period_start";
    private static final String ROLLUP_KEY = "region_id, requirement_id, period_start";

    /** Writes only what differs: a refresh leaves an unchanged row alone, so no trigger sees it. */
    private static final String WRITE_STATUS = write("org_period_status", STATUS, STORED_STATUS, STATUS_COLUMNS,
            STATUS_KEY);
    private static final String WRITE_ROLLUP = write("compliance_rollup", ROLLUP_OF_REGIONS, STORED_ROLLUP,
            ROLLUP_COLUMNS, ROLLUP_KEY);

    /** Whether a refresh would change any stored roll-up row (then the district and street sums change too). */
    private static final String ROLLUP_CHANGES = """
            with f as materialized (%s)
            select exists (select 1 from f
                           full join (select * from compliance_rollup t where %s) t on %s
                           where t.region_id is null or f.region_id is null or (%s) is distinct from (%s))"""
            .formatted(ROLLUP_OF_REGIONS, STORED_ROLLUP, on("t", "f", ROLLUP_KEY), prefixed("t", ROLLUP_COLUMNS),
                    prefixed("f", ROLLUP_COLUMNS));

    /** Advisory lock key spaces (the first of the two int keys) of the summary writers. */
    private static final int LOCK_SPACE_ALL = 0x636F_0000;
    private static final int LOCK_SPACE_ORG = LOCK_SPACE_ALL + 1;
    private static final int LOCK_SPACE_REGION = LOCK_SPACE_ALL + 2;
    /** The district and street sums of compliance_level_rollup, taken after the regions. */
    private static final int LOCK_SPACE_SUMS = LOCK_SPACE_ALL + 3;
    /** Above this many organizations a refresh locks the whole summary instead of row by row. */
    private static final int MAX_ROW_LOCKS = 500;

    /** PostgreSQL takes at most 65,535 parameters a statement; a statement names the organizations three times. */
    private static final int MAX_ORGS_PER_STATEMENT = 10_000;
    /** Memory for the rebuild's hash aggregates and joins, for its transaction only. */
    private static final String REBUILD_WORK_MEM = "256MB";

    private final NamedParameterJdbcTemplate jdbc;

    ComplianceStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Re-derives the summaries of the given organizations for every period that overlaps [from, to],
     * and the roll-ups of the regions they sit in (and sat in before, when they moved).
     */
    void refresh(Collection<Long> orgIds, Collection<Long> extraRegionIds, LocalDate from, LocalDate to) {
        if (orgIds.isEmpty() || to.isBefore(from)) {
            return;
        }
        if (orgIds.size() > MAX_ORGS_PER_STATEMENT) {
            // a city opens the periods of 54,000 organizations: in slices, each with its regions
            List<Long> sorted = orgIds.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i += MAX_ORGS_PER_STATEMENT) {
                refresh(sorted.subList(i, Math.min(sorted.size(), i + MAX_ORGS_PER_STATEMENT)), extraRegionIds, from,
                        to);
            }
            return;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("orgs", orgIds).addValue("from", from)
                .addValue("to", to).addValue("all", false);
        Set<Long> regions = new TreeSet<>(jdbc.queryForList(
                "select distinct region_id from party_org where id in (:orgs)", p, Long.class));
        regions.addAll(extraRegionIds);
        if (regions.isEmpty()) {
            return; // none of the organizations exists
        }
        p.addValue("regions", regions);
        boolean all = lock(orgIds, p);
        jdbc.update(WRITE_STATUS, p);
        // roll-ups cover whole periods: widen [from, to] to the periods that contain its ends
        p.addValue("from", Period.containing(Frequency.YEAR, from).start());
        p.addValue("to", to);
        // most meetings change a count held but not whether the organization met the requirement:
        // then the roll-up rows, and the district and street sums their triggers keep, stay as they
        // are, and the refresh takes no lock of its region, street or district
        if (!Boolean.TRUE.equals(jdbc.queryForObject(ROLLUP_CHANGES, p, Boolean.class))) {
            return;
        }
        if (!all) {
            lockRegions(p);
        }
        jdbc.update(WRITE_ROLLUP, p);
    }

    /**
     * One statement that makes the stored rows in a refresh's range equal to the derived ones: it
     * deletes the stored rows that are no longer derived, inserts the new ones and updates only the
     * rows whose figures differ (an unchanged row is neither deleted nor updated, so the statement
     * triggers of the table see only the rows that really changed).
     */
    private static String write(String table, String derive, String stored, String columns, String key) {
        List<String> keys = List.of(key.split(",\\s*"));
        String figures = java.util.Arrays.stream(columns.split(",")).map(String::trim)
                .filter(c -> !keys.contains(c)).collect(java.util.stream.Collectors.joining(", "));
        String sets = java.util.Arrays.stream(figures.split(", ")).map(c -> c + " = excluded." + c)
                .collect(java.util.stream.Collectors.joining(", "));
        return """
                with fresh as materialized (%s),
                gone as (
                    delete from %s t where %s and not exists (select 1 from fresh f where %s))
                insert into %s as t (%s) select %s from fresh
                on conflict (%s) do update set %s
                where (%s) is distinct from (%s)""".formatted(derive, table, stored, on("t", "f", key), table,
                columns, columns, key, sets, prefixed("t", figures), prefixed("excluded", figures));
    }

    /**
     * Serializes the writers that re-derive the same rows. Transaction-level advisory locks make a
     * second writer of the same rows wait until the first commits; its next statements then see the
     * first's rows (read committed takes a snapshot per statement) and derive the union. A refresh
     * locks its organizations first (their status rows), and its regions (their roll-up rows) and the
     * districts and streets above them (the sums the roll-up triggers keep) only when it is about to
     * change a roll-up row, see {@link #lockRegions}. Each kind is taken sorted by id, and the kinds
     * always in this order, so two writers never wait on each other in a cycle. A refresh of many
     * organizations (the daily opening of periods) and the full rebuild take the whole-summary lock
     * exclusively instead, which every small refresh holds shared. Returns whether the whole-summary
     * lock was taken.
     */
    private boolean lock(Collection<Long> orgIds, MapSqlParameterSource p) {
        if (orgIds.size() > MAX_ROW_LOCKS) {
            lockAll();
            return true;
        }
        jdbc.getJdbcTemplate().execute("select pg_advisory_xact_lock_shared(" + LOCK_SPACE_ALL + ", 0)");
        jdbc.query("""
                select count(*) from (
                    select pg_advisory_xact_lock(%d, k.id) from (
                        select distinct cast(id %% 2147483647 as int) as id from party_org where id in (:orgs)
                        order by 1) k) l""".formatted(LOCK_SPACE_ORG), p, rs -> null);
        return false;
    }

    /**
     * Locks the regions and the sums of their districts and streets before a refresh writes roll-up
     * rows. Taken only by a refresh whose roll-up rows change: a roll-up row counts each organization
     * of its region once, from that organization's own status row, so the committed roll-up always
     * equals the committed status rows, and a writer that compares the two (seeing its own status
     * rows) finds a difference exactly when its own change moves a figure. Meeting writes that only
     * change their own organization's counts then do not wait for each other in a community or a
     * district; two that change one roll-up row are serialized here, and the second derives the
     * union. The districts' and streets' sums (compliance_level_rollup, updated by the triggers of
     * compliance_rollup) are locked in their own key space after the regions', so the global order
     * holds.
     */
    private void lockRegions(MapSqlParameterSource p) {
        jdbc.query("""
                select count(*) from (
                    select pg_advisory_xact_lock(k.space, k.id) from (
                        select %d as space, cast(id %% 2147483647 as int) as id from region where id in (:regions)
                        union
                        select %d, cast(a.id %% 2147483647 as int) from region r
                        cross join lateral (values (r.district_id), (r.street_id)) a(id)
                        where r.id in (:regions) and a.id is not null
                        order by 1, 2) k) l""".formatted(LOCK_SPACE_REGION, LOCK_SPACE_SUMS), p, rs -> null);
    }

    /** Takes the whole-summary lock exclusively: no refresh runs until the caller's transaction ends. */
    void lockAll() {
        jdbc.getJdbcTemplate().execute("select pg_advisory_xact_lock(" + LOCK_SPACE_ALL + ", 0)");
    }

    /** What a rebuild found: the rows there are now and the rows that differed before. */
    record Rebuilt(int statusRows, int rollupRows, int statusDrift, int rollupDrift) {
    }

    /**
     * Derives everything again from the raw records and corrects what differs: each summary is derived
     * into a temporary table, compared with the stored one on its key (a row that changed counts twice,
     * as it was and as it is; a missing or extra row once), and only the differing rows are deleted and
     * inserted, so the triggers that mark the member roll-up see only real changes.
     */
    Rebuilt rebuild(LocalDate from, LocalDate to) {
        MapSqlParameterSource p = new MapSqlParameterSource("orgs", List.of(-1L)).addValue("regions", List.of(-1L))
                .addValue("from", from).addValue("to", to).addValue("all", true);
        lockAll();
        JdbcTemplate sql = jdbc.getJdbcTemplate();
        // hash the whole window in memory rather than spill to disk
        sql.execute("set local work_mem = '" + REBUILD_WORK_MEM + "'");
        sql.execute("drop table if exists pg_temp.fresh_status, pg_temp.fresh_rollup");
        jdbc.update("create temp table fresh_status on commit drop as " + STATUS, p);
        int statusDrift = correct("org_period_status", "fresh_status", STATUS_COLUMNS, STATUS_KEY);
        jdbc.update("create temp table fresh_rollup on commit drop as " + ROLLUP, p);
        int rollupDrift = correct("compliance_rollup", "fresh_rollup", ROLLUP_COLUMNS, ROLLUP_KEY);
        return new Rebuilt(count("select count(*) from fresh_status"), count("select count(*) from fresh_rollup"),
                statusDrift, rollupDrift);
    }

    /** Makes {@code table} equal to {@code fresh} row for row and returns how many rows differed. */
    private int correct(String table, String fresh, String columns, String key) {
        String sameKey = on("t", "f", key);
        String sameRow = sameKey + " and (" + prefixed("t", columns) + ") is not distinct from ("
                + prefixed("f", columns) + ")";
        int drift = count("""
                select coalesce(sum(case when t.%s is null or f.%s is null then 1
                                         when (%s) is distinct from (%s) then 2 else 0 end), 0)
                from %s t full join %s f on %s""".formatted(first(key), first(key), prefixed("t", columns),
                prefixed("f", columns), table, fresh, sameKey));
        JdbcTemplate sql = jdbc.getJdbcTemplate();
        if (drift > 0 && !Boolean.TRUE.equals(sql.queryForObject(
                "select exists (select 1 from %s)".formatted(table), Boolean.class))) {
            // the first fill (a generated city): every row is new. The anti-join below would probe, once per
            // row, a table without statistics (or, in a bulk load, without its keys) that the statement fills
            sql.update("insert into %s (%s) select %s from %s".formatted(table, columns, columns, fresh));
        } else if (drift > 0) {
            sql.update("delete from %s t where not exists (select 1 from %s f where %s)"
                    .formatted(table, fresh, sameRow));
            sql.update("insert into %s (%s) select %s from %s f where not exists (select 1 from %s t where %s)"
                    .formatted(table, columns, columns, fresh, table, sameKey));
        }
        return drift;
    }

    private static String first(String columns) {
        return columns.split(",")[0].trim();
    }

    private static String prefixed(String alias, String columns) {
        return java.util.Arrays.stream(columns.split(",")).map(c -> alias + "." + c.trim())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Equality of the (never null) key columns between the two aliases. */
    private static String on(String a, String b, String columns) {
        return java.util.Arrays.stream(columns.split(",")).map(String::trim)
                .map(c -> a + "." + c + " = " + b + "." + c)
                .collect(java.util.stream.Collectors.joining(" and "));
    }

    private int count(String query) {
        Integer n = jdbc.getJdbcTemplate().queryForObject(query, Integer.class);
        return n == null ? 0 : n;
    }
}
