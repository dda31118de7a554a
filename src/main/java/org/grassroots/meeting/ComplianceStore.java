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
 * Writes the compliance summaries. One statement derives org_period_status from the requirements,
 * the organizations and the meetings; one derives compliance_rollup from org_period_status. The
 * incremental refresh after a write and the full rebuild run the same statements, the refresh for
 * the organizations and days a write touched, the rebuild for everything.
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

    /** Per region, requirement and period: the organizations required and those that met it. */
    private static final String ROLLUP = """
            select o.region_id, s.requirement_id, s.period_start, min(s.period_end) as period_end,
                   min(o.region_path) as region_path, min(o.district_id) as district_id,
                   min(o.street_id) as street_id, min(o.community_id) as community_id,
                   count(*) as required, count(*) filter (where s.held >= s.expected) as done
            from org_period_status s join party_org o on o.id = s.party_org_id
            where s.period_end >= cast(:from as date) and s.period_start <= cast(:to as date)
              and (cast(:all as boolean) or o.region_id in (:regions))
            group by o.region_id, s.requirement_id, s.period_start
            """;

    private static final String ROLLUP_COLUMNS = "region_id, requirement_id, period_start, period_end, region_path,"
            + " district_id, street_id, community_id, required, done";

    private static final String DERIVE_STATUS =
            "insert into org_period_status (" + STATUS_COLUMNS + ")\n" + STATUS;

    private static final String DERIVE_ROLLUP =
            "insert into compliance_rollup (" + ROLLUP_COLUMNS + ")\n" + ROLLUP;

    /** Advisory lock key spaces (the first of the two int keys) of the summary writers. */
    private static final int LOCK_SPACE_ALL = 0x636F_0000;
    private static final int LOCK_SPACE_ORG = LOCK_SPACE_ALL + 1;
    private static final int LOCK_SPACE_REGION = LOCK_SPACE_ALL + 2;
    /** Above this many organizations a refresh locks the whole summary instead of row by row. */
    private static final int MAX_ROW_LOCKS = 500;

    /** PostgreSQL takes at most 65,535 parameters a statement, and a statement names the organizations twice. */
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
        lock(orgIds, p);
        jdbc.update("""
                delete from org_period_status where party_org_id in (:orgs)
                  and period_end >= cast(:from as date) and period_start <= cast(:to as date)""", p);
        jdbc.update(DERIVE_STATUS, p);
        // roll-ups cover whole periods: widen [from, to] to the periods that contain its ends
        p.addValue("from", Period.containing(Frequency.YEAR, from).start());
        p.addValue("to", to);
        jdbc.update("""
                delete from compliance_rollup where region_id in (:regions)
                  and period_end >= cast(:from as date) and period_start <= cast(:to as date)""", p);
        jdbc.update(DERIVE_ROLLUP, p);
    }

    /**
     * Serializes the writers that re-derive the same rows. Each refresh deletes its rows and inserts
     * them again; two concurrent ones would each miss the other's uncommitted rows and both insert the
     * same keys. Transaction-level advisory locks on the touched organizations and regions make the
     * second writer wait until the first commits; its next statements then see the first's rows (read
     * committed takes a snapshot per statement) and derive the union. The locks are taken in one
     * global order (organizations by id, then regions by id) so that two writers never wait on each
     * other in a cycle. The regions include the district and the street of each: the triggers of
     * compliance_rollup add every change to their sums (compliance_level_rollup), which two writers in
     * one district would otherwise lock in the order they reach them. A refresh of many organizations (the daily opening of periods) and the full
     * rebuild take the whole-summary lock exclusively instead, which every small refresh holds shared.
     */
    private void lock(Collection<Long> orgIds, MapSqlParameterSource p) {
        if (orgIds.size() > MAX_ROW_LOCKS) {
            lockAll();
            return;
        }
        jdbc.getJdbcTemplate().execute("select pg_advisory_xact_lock_shared(" + LOCK_SPACE_ALL + ", 0)");
        jdbc.query("""
                select count(*) from (
                    select pg_advisory_xact_lock(k.space, k.id) from (
                        select %d as space, cast(id %% 2147483647 as int) as id from party_org where id in (:orgs)
                        union
                        select %d, cast(a.id %% 2147483647 as int) from region r
                        cross join lateral (values (r.id), (r.district_id), (r.street_id)) a(id)
                        where r.id in (:regions) and a.id is not null
                        order by 1, 2) k) l""".formatted(LOCK_SPACE_ORG, LOCK_SPACE_REGION), p, rs -> null);
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
        int statusDrift = correct("org_period_status", "fresh_status", STATUS_COLUMNS,
                "party_org_id, requirement_id, period_start");
        jdbc.update("create temp table fresh_rollup on commit drop as " + ROLLUP, p);
        int rollupDrift = correct("compliance_rollup", "fresh_rollup", ROLLUP_COLUMNS,
                "region_id, requirement_id, period_start");
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
        if (drift > 0) {
            JdbcTemplate sql = jdbc.getJdbcTemplate();
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
