package org.grassroots.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    /** Which organization owes which requirement in which period, and how many meetings it held. */
    private static final String DERIVE_STATUS = """
            insert into org_period_status (party_org_id, requirement_id, period_start, period_end, expected, held)
            select o.id, r.id, p.start, period_end(r.frequency, p.start), r.min_count,
                   (select count(*) from meeting m
                    where m.party_org_id = o.id and m.type = r.meeting_type and m.deleted_at is null
                      and m.held_on between p.start and period_end(r.frequency, p.start))
            from meeting_requirement r
            cross join lateral (
                select gs::date as start
                from generate_series(period_start(r.frequency, cast(:from as date)),
                                     cast(:to as date),
                                     case r.frequency when 'MONTH' then interval '1 month'
                                                      when 'QUARTER' then interval '3 months'
                                                      else interval '1 year' end) gs) p
            join party_org o on o.type = any (r.org_types) and (r.condition = 'ALWAYS' or o.has_committee)
            where r.effective_from <= p.start
              and (r.effective_to is null or r.effective_to >= period_end(r.frequency, p.start))
              and (o.founded_on is null or o.founded_on <= p.start)
              and (o.closed_on is null or o.closed_on > period_end(r.frequency, p.start))
              and (cast(:all as boolean) or o.id in (:orgs))
            """;

    private static final String DERIVE_ROLLUP = """
            insert into compliance_rollup (region_id, requirement_id, period_start, period_end, region_path,
                                           district_id, street_id, community_id, required, done)
            select o.region_id, s.requirement_id, s.period_start, min(s.period_end), min(o.region_path),
                   min(o.district_id), min(o.street_id), min(o.community_id),
                   count(*), count(*) filter (where s.held >= s.expected)
            from org_period_status s join party_org o on o.id = s.party_org_id
            where s.period_end >= cast(:from as date) and s.period_start <= cast(:to as date)
              and (cast(:all as boolean) or o.region_id in (:regions))
            group by o.region_id, s.requirement_id, s.period_start
            """;

    /** Advisory lock key spaces (the first of the two int keys) of the summary writers. */
    private static final int LOCK_SPACE_ALL = 0x636F_0000;
    private static final int LOCK_SPACE_ORG = LOCK_SPACE_ALL + 1;
    private static final int LOCK_SPACE_REGION = LOCK_SPACE_ALL + 2;
    /** Above this many organizations a refresh locks the whole summary instead of row by row. */
    private static final int MAX_ROW_LOCKS = 500;

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
        MapSqlParameterSource p = new MapSqlParameterSource("orgs", orgIds).addValue("from", from)
                .addValue("to", to).addValue("all", false);
        Set<Long> regions = new TreeSet<>(jdbc.queryForList(
                "select distinct region_id from party_org where id in (:orgs)", p, Long.class));
        regions.addAll(extraRegionIds);
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
     * other in a cycle. A refresh of many organizations (the daily opening of periods) and the full
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
                        select %d, cast(id %% 2147483647 as int) from region where id in (:regions)
                        order by 1, 2) k) l""".formatted(LOCK_SPACE_ORG, LOCK_SPACE_REGION), p, rs -> null);
    }

    /** Takes the whole-summary lock exclusively: no refresh runs until the caller's transaction ends. */
    void lockAll() {
        jdbc.getJdbcTemplate().execute("select pg_advisory_xact_lock(" + LOCK_SPACE_ALL + ", 0)");
    }

    /** Throws everything away and derives it again from the raw records. Returns the rows written. */
    int rebuild(LocalDate from, LocalDate to) {
        MapSqlParameterSource p = new MapSqlParameterSource("orgs", List.of(-1L)).addValue("regions", List.of(-1L))
                .addValue("from", from).addValue("to", to).addValue("all", true);
        lockAll();
        jdbc.getJdbcTemplate().execute("delete from compliance_rollup");
        jdbc.getJdbcTemplate().execute("delete from org_period_status");
        int rows = jdbc.update(DERIVE_STATUS, p);
        return rows + jdbc.update(DERIVE_ROLLUP, p);
    }
}
