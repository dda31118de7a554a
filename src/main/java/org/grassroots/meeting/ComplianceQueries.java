package org.grassroots.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.org.OrgType;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.Scope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Read-side queries of the compliance and reminder pages. They read the summaries
 * (compliance_rollup, org_period_status), never the meetings; every query takes the scope's prefixes.
 */
@Repository
class ComplianceQueries {

    /** Organizations in the region's subtree and in the scope; o is party_org. */
    private static final String ORG_IN_SUBTREE = " o.region_path like :path || '%' and o.region_path like :regionPrefix"
            + " || '%' and o.path like :orgPrefix || '%' ";

    private final NamedParameterJdbcTemplate jdbc;

    ComplianceQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- rates from compliance_rollup

    /**
     * Rates per child region (district, street or community below the region), keyed by child id. A
     * city's districts and a district's streets are read from their sums (compliance_level_rollup), so
     * the rows read do not grow with the communities below them; a street adds up its communities' rows.
     */
    Map<Long, Map<Long, ComplianceRate>> ratesByChild(long regionId, String regionPath, RegionLevel level,
            LocalDate periodStart, Collection<Long> requirementIds, Scope scope) {
        if (level == RegionLevel.CITY || level == RegionLevel.DISTRICT) {
            return childSums(regionId, periodStart, requirementIds, scope);
        }
        String column = switch (level) {
            case STREET -> "c.community_id";
            case COMMUNITY -> throw new IllegalArgumentException("a community has no child regions");
            default -> throw new IllegalStateException(level.name());
        };
        return rates(column, column + " is not null", regionPath, periodStart, requirementIds, scope, null);
    }

    /** The sums of the child regions (districts or streets) of a region; a sum fallen to zero is no row. */
    private Map<Long, Map<Long, ComplianceRate>> childSums(long regionId, LocalDate periodStart,
            Collection<Long> requirementIds, Scope scope) {
        Map<Long, Map<Long, ComplianceRate>> result = new HashMap<>();
        if (requirementIds.isEmpty()) {
            return result;
        }
        String sql = """
                select l.region_id, l.requirement_id, l.required, l.done
                from region g join compliance_level_rollup l on l.region_id = g.id
                where g.parent_id = :regionId and g.path like :regionPrefix || '%'
                  and l.period_start = :start and l.requirement_id in (:requirements) and l.required > 0""";
        MapSqlParameterSource p = scoped("/", scope).addValue("regionId", regionId).addValue("start", periodStart)
                .addValue("requirements", requirementIds);
        jdbc.query(sql, p, rs -> {
            result.computeIfAbsent(rs.getLong("region_id"), k -> new HashMap<>())
                    .put(rs.getLong("requirement_id"), new ComplianceRate(rs.getLong("required"), rs.getLong("done")));
        });
        return result;
    }

    /** Rates of the whole subtree of the region. */
    Map<Long, ComplianceRate> totals(String regionPath, LocalDate periodStart, Collection<Long> requirementIds,
            Scope scope) {
        return rates("0", "true", regionPath, periodStart, requirementIds, scope, null).getOrDefault(0L, Map.of());
    }

    /** Rates of the organizations sitting in the region itself (not in a child region). */
    Map<Long, ComplianceRate> direct(long regionId, String regionPath, LocalDate periodStart,
            Collection<Long> requirementIds, Scope scope) {
        return rates("0", "c.region_id = :regionId", regionPath, periodStart, requirementIds, scope, regionId)
                .getOrDefault(0L, Map.of());
    }

    private Map<Long, Map<Long, ComplianceRate>> rates(String key, String condition, String regionPath,
            LocalDate periodStart, Collection<Long> requirementIds, Scope scope, Long regionId) {
        Map<Long, Map<Long, ComplianceRate>> result = new HashMap<>();
        if (requirementIds.isEmpty()) {
            return result;
        }
        String sql = "select " + key + " as key, c.requirement_id, sum(c.required) as required, sum(c.done) as done"
                + " from compliance_rollup c"
                + " where c.period_start = :start and c.requirement_id in (:requirements)"
                + " and c.region_path like :path || '%' and c.region_path like :regionPrefix || '%'"
                + " and " + condition + " group by 1, 2";
        MapSqlParameterSource p = scoped(regionPath, scope).addValue("start", periodStart)
                .addValue("requirements", requirementIds).addValue("regionId", regionId);
        jdbc.query(sql, p, rs -> {
            result.computeIfAbsent(rs.getLong("key"), k -> new HashMap<>())
                    .put(rs.getLong("requirement_id"), new ComplianceRate(rs.getLong("required"), rs.getLong("done")));
        });
        return result;
    }

    // ---------------------------------------------------------------- statuses from org_period_status

    /** An organization's counts for one requirement and period. */
    record StatusRow(long orgId, String name, OrgType type, long requirementId, LocalDate periodStart, int expected,
            int held) {
    }

    /**
     * The status rows of the organizations sitting in the region itself for the given requirements and
     * period starts, in the order of the reporting tree.
     */
    List<StatusRow> statusesSittingIn(long regionId, Collection<Long> requirementIds, Collection<LocalDate> starts,
            Scope scope) {
        if (requirementIds.isEmpty() || starts.isEmpty()) {
            return List.of();
        }
        String sql = """
                select o.id, o.name, o.type, s.requirement_id, s.period_start, s.expected, s.held
                from party_org o join org_period_status s on s.party_org_id = o.id
                where o.region_id = :regionId and o.region_path like :regionPrefix || '%'
                  and o.path like :orgPrefix || '%'
                  and s.requirement_id in (:requirements) and s.period_start in (:starts)
                order by o.path, o.id""";
        MapSqlParameterSource p = scoped("/", scope).addValue("regionId", regionId)
                .addValue("requirements", requirementIds).addValue("starts", starts);
        return jdbc.query(sql, p, (rs, i) -> new StatusRow(rs.getLong("id"), rs.getString("name"),
                OrgType.valueOf(rs.getString("type")), rs.getLong("requirement_id"),
                rs.getObject("period_start", LocalDate.class), rs.getInt("expected"), rs.getInt("held")));
    }

    /** How many organizations sitting in one region owe a requirement in a period (held fewer than expected). */
    record RegionBehind(long regionId, long behind) {
    }

    /**
     * The regions of the subtree whose organizations owe a requirement in a period, in the order of
     * their paths (the order the drill-down lists organizations by), with how many owe in each: from
     * compliance_rollup, whose rows count per region where organizations sit exactly the status rows
     * the drill-down lists (required minus done: held below expected).
     */
    List<RegionBehind> behindByRegion(String regionPath, long requirementId, LocalDate periodStart, Scope scope) {
        String sql = """
                select c.region_id, c.required - c.done as behind from compliance_rollup c
                where c.period_start = :start and c.requirement_id = :requirement and c.required > c.done
                  and c.region_path like :path || '%' and c.region_path like :regionPrefix || '%'
                order by c.region_path, c.region_id""";
        MapSqlParameterSource p = scoped(regionPath, scope).addValue("requirement", requirementId)
                .addValue("start", periodStart);
        return jdbc.query(sql, p, (rs, i) -> new RegionBehind(rs.getLong("region_id"), rs.getLong("behind")));
    }

    /**
     * Organizations sitting in the given regions (of the region's subtree) that held fewer meetings
     * than required for a requirement in a period, by place and name: a page of the drill-down.
     */
    List<ComplianceViews.OverdueOrg> behindIn(Collection<Long> regionIds, String regionPath, long requirementId,
            LocalDate periodStart, Scope scope, int limit, int offset) {
        if (regionIds.isEmpty()) {
            return List.of();
        }
        // each organization's one status row by its key: "offset 0" keeps the lateral from being joined
        // as a whole, which would read every status row of the requirement and period in the city; the
        // organizations region by region from the list (with "in (...)" PostgreSQL read all the city's
        // organizations in path order once the list held a dozen regions: 28 ms against 6)
        String sql = """
                select o.id, o.name, o.type, rg.name as region_name, s.held, s.expected
                from unnest(cast(:regions as bigint[])) as g(id)
                join region rg on rg.id = g.id
                join party_org o on o.region_id = g.id
                cross join lateral (
                    select s.held, s.expected from org_period_status s
                    where s.party_org_id = o.id and s.requirement_id = :requirement and s.period_start = :start
                    offset 0) s
                where s.held < s.expected and"""
                + ORG_IN_SUBTREE + " order by o.region_path, o.name, o.id limit :limit offset :offset";
        MapSqlParameterSource p = scoped(regionPath, scope).addValue("requirement", requirementId)
                .addValue("start", periodStart).addValue("regions", regionIds.toArray(Long[]::new))
                .addValue("limit", limit)
                .addValue("offset", offset);
        return jdbc.query(sql, p, (rs, i) -> new ComplianceViews.OverdueOrg(rs.getLong("id"), rs.getString("name"),
                OrgType.valueOf(rs.getString("type")), rs.getString("region_name"), rs.getInt("held"),
                rs.getInt("expected")));
    }

    // ---------------------------------------------------------------- reminders

    /** What a reminder query needs to know besides the region and the scope. */
    record ReminderParams(ReminderWindow window, Collection<Long> requirementIds, int termMonths,
            Collection<OrgType> termTypes) {

        LocalDate termHorizon() {
            return window.today().plusMonths(termMonths);
        }
    }

    /**
     * The open organizations of the subtree and what each is reminded of: due (open period ending
     * soon, fewer held than expected), overdue (closed in the window, fewer held than expected) and
     * term (ended, or ending by the horizon, for types with a term).
     */
    private static final String REMINDED = """
            with scoped as (
                select o.id, o.type, o.term_end from party_org o
                where o.closed_on is null and""" + ORG_IN_SUBTREE + """
            )""" + ReminderSql.FROM_SCOPED;

    /** The due, overdue and term parts of {@link #REMINDED}, over a CTE scoped(id, type, term_end). */
    private static final class ReminderSql {
        static final String FROM_SCOPED = """
            , due as (
                select distinct s.party_org_id as id from org_period_status s join scoped o on o.id = s.party_org_id
                where s.requirement_id in (:requirements) and s.period_start in (:dueStarts)
                  and s.period_end between :today and :dueBy and s.held < s.expected
            ), overdue as (
                select distinct s.party_org_id as id from org_period_status s join scoped o on o.id = s.party_org_id
                where s.requirement_id in (:requirements) and s.period_start in (:overdueStarts)
                  and s.period_end < :today and s.period_end >= :overdueSince and s.held < s.expected
            ), term as (
                select o.id from scoped o
                where o.term_end is not null and o.term_end <= :termHorizon and o.type in (:termTypes)
            )
            """;
    }

    /**
     * The reminder counts of the open organizations sitting in each of the given regions (in every
     * region when null), keyed by region: for the level roll-up, which sums them per subtree.
     */
    Map<Long, long[]> countsByRegion(Collection<Long> regionIds, ReminderParams params) {
        String sql = """
                with scoped as (
                    select o.id, o.region_id, o.type, o.term_end from party_org o
                    where o.closed_on is null and (cast(:all as boolean) or o.region_id in (:regions))
                )""" + ReminderSql.FROM_SCOPED + """
                select o.region_id, count(d.id) as due, count(v.id) as overdue, count(t.id) as term
                from scoped o left join due d on d.id = o.id left join overdue v on v.id = o.id
                left join term t on t.id = o.id
                group by o.region_id""";
        MapSqlParameterSource p = reminderParams("/", params, Scope.ofRegion(0, "/"))
                .addValue("all", regionIds == null)
                .addValue("regions", regionIds == null || regionIds.isEmpty() ? List.of(-1L) : regionIds);
        Map<Long, long[]> result = new HashMap<>();
        jdbc.query(sql, p, rs -> {
            result.put(rs.getLong("region_id"), new long[] {rs.getLong("due"), rs.getLong("overdue"),
                    rs.getLong("term")});
        });
        return result;
    }

    ReminderSummary summary(long regionId, String regionPath, ReminderParams params, Scope scope) {
        String sql = REMINDED + """
                select (select count(*) from due) as due, (select count(*) from overdue) as overdue,
                       (select count(*) from term) as term""";
        return jdbc.queryForObject(sql, reminderParams(regionPath, params, scope),
                (rs, i) -> new ReminderSummary(regionId, rs.getLong("due"), rs.getLong("overdue"), rs.getLong("term"),
                        params.window().dueDays(), params.window().overdueMonths(), params.termMonths()));
    }

    /** A minimal organization for the reminder list. */
    record RemindedOrg(long id, String name, OrgType type, String regionName, LocalDate termEnd) {
    }

    /** A page of the reminded organizations (only those of one kind when given), by place and name. */
    List<RemindedOrg> remindedOrgs(String regionPath, ReminderParams params, ReminderKind only, Scope scope,
            int limit, int offset) {
        String sql = REMINDED + ", picked as (" + picked(only) + ")"
                + """
                select o.id, o.name, o.type, rg.name as region_name, o.term_end
                from picked k join party_org o on o.id = k.id join region rg on rg.id = o.region_id
                order by o.region_path, o.name, o.id limit :limit offset :offset""";
        MapSqlParameterSource p = reminderParams(regionPath, params, scope).addValue("limit", limit)
                .addValue("offset", offset);
        return jdbc.query(sql, p, (rs, i) -> new RemindedOrg(rs.getLong("id"), rs.getString("name"),
                OrgType.valueOf(rs.getString("type")), rs.getString("region_name"),
                rs.getObject("term_end", LocalDate.class)));
    }

    long countReminded(String regionPath, ReminderParams params, ReminderKind only, Scope scope) {
        String sql = REMINDED + ", picked as (" + picked(only) + ") select count(*) from picked";
        Long n = jdbc.queryForObject(sql, reminderParams(regionPath, params, scope), Long.class);
        return n == null ? 0 : n;
    }

    private static String picked(ReminderKind only) {
        if (only == null) {
            return "select id from due union select id from overdue union select id from term";
        }
        return switch (only) {
            case DUE_SOON -> "select id from due";
            case OVERDUE -> "select id from overdue";
            case TERM -> "select id from term";
        };
    }

    /** A status row the reminders show: a requirement an organization is behind on in one period. */
    record BehindRow(long orgId, MeetingType type, Frequency frequency, LocalDate periodStart, LocalDate periodEnd,
            int expected, int held) {
    }

    /** The due-soon and overdue rows of the given organizations, in period order. */
    List<BehindRow> behindRows(Collection<Long> orgIds, ReminderParams params) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        String sql = """
                select s.party_org_id, r.meeting_type, r.frequency, s.period_start, s.period_end, s.expected, s.held
                from org_period_status s join meeting_requirement r on r.id = s.requirement_id
                where s.party_org_id in (:orgs) and s.held < s.expected
                  and ((s.period_start in (:dueStarts) and s.period_end between :today and :dueBy)
                    or (s.period_start in (:overdueStarts) and s.period_end < :today
                        and s.period_end >= :overdueSince))
                order by s.party_org_id, s.period_start, s.period_end, r.meeting_type""";
        MapSqlParameterSource p = windowParams(params).addValue("orgs", orgIds);
        List<BehindRow> rows = new ArrayList<>();
        jdbc.query(sql, p, rs -> {
            rows.add(new BehindRow(rs.getLong("party_org_id"), MeetingType.valueOf(rs.getString("meeting_type")),
                    Frequency.valueOf(rs.getString("frequency")), rs.getObject("period_start", LocalDate.class),
                    rs.getObject("period_end", LocalDate.class), rs.getInt("expected"), rs.getInt("held")));
        });
        return rows;
    }

    private static MapSqlParameterSource reminderParams(String regionPath, ReminderParams params, Scope scope) {
        MapSqlParameterSource p = windowParams(params);
        p.addValue("path", regionPath).addValue("regionPrefix", scope.regionPrefix())
                .addValue("orgPrefix", scope.orgPrefix())
                .addValue("requirements", nonEmpty(params.requirementIds(), -1L))
                .addValue("termHorizon", params.termHorizon())
                .addValue("termTypes", nonEmpty(params.termTypes().stream().map(Enum::name).toList(), "-"));
        return p;
    }

    private static MapSqlParameterSource windowParams(ReminderParams params) {
        ReminderWindow w = params.window();
        // an empty list would be "in ()": a day no period starts on never matches
        LocalDate never = LocalDate.of(1, 1, 2);
        return new MapSqlParameterSource("today", w.today()).addValue("dueBy", w.dueBy())
                .addValue("overdueSince", w.overdueSince())
                .addValue("dueStarts", nonEmpty(w.dueSoonStarts(), never))
                .addValue("overdueStarts", nonEmpty(w.overdueStarts(), never));
    }

    private static <T> Collection<T> nonEmpty(Collection<T> values, T never) {
        return values.isEmpty() ? List.of(never) : values;
    }

    private static MapSqlParameterSource scoped(String regionPath, Scope scope) {
        return new MapSqlParameterSource("path", regionPath).addValue("regionPrefix", scope.regionPrefix())
                .addValue("orgPrefix", scope.orgPrefix());
    }
}
