package org.grassroots.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.grassroots.access.AccessViews.AccessRow;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Set-based reads of the registry: a street's list or a community's approved items (filtered and paged
 * in SQL), and the monthly counts per community under a region path prefix.
 */
@Component
class AccessQueries {

    /** What a list shows: a street's requests, or (community set) the approved ones addressed to it. */
    record Filter(Long streetId, Long communityId, String q, AccessStatus status, AccessKind kind, YearMonth month) {
    }

    /** One community's figures for one month. */
    record MonthCount(long communityId, Long streetId, Long districtId, YearMonth month, long tasks,
            long inspections, long meetings, long reportForms, long approved, long refused) {
    }

    /** A community under the prefix with its street and district. */
    record Community(long id, Long streetId, Long districtId) {
    }

    private static final String ROW = """
            select r.id, r.kind, r.status, r.title, r.department, r.requested_from, r.requested_to, r.burden_hours,
                   r.all_communities, r.registered_at, r.decided_at,
                   array(select c.name from access_target t join region c on c.id = t.community_id
                         where t.request_id = r.id order by c.code) as targets
            from access_request r
            """;

    private static final String COUNTS = """
            select t.community_id, c.street_id, c.district_id,
                   cast(date_trunc('month', r.requested_from) as date) as month,
                   count(*) filter (where r.status = 'APPROVED' and r.kind = 'TASK') as tasks,
                   count(*) filter (where r.status = 'APPROVED' and r.kind = 'INSPECTION') as inspections,
                   count(*) filter (where r.status = 'APPROVED' and r.kind = 'MEETING') as meetings,
                   count(*) filter (where r.status = 'APPROVED' and r.kind = 'REPORT_FORM') as report_forms,
                   count(*) filter (where r.status = 'APPROVED') as approved,
                   count(*) filter (where r.status = 'REFUSED') as refused
            from access_target t
            join access_request r on r.id = t.request_id
            join region c on c.id = t.community_id
            where c.path like :prefix || '%' and r.requested_from >= :from and r.requested_from < :to
            group by t.community_id, c.street_id, c.district_id, 4
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AccessQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AccessRow> rows(Filter filter, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = ROW + where(filter, params)
                + " order by r.requested_from desc, r.id desc limit :limit offset :offset";
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, params, AccessQueries::row);
    }

    long count(Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject("select count(*) from access_request r " + where(filter, params), params,
                Long.class);
        return n == null ? 0 : n;
    }

    List<MonthCount> counts(String regionPrefix, YearMonth first, YearMonth last) {
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", regionPrefix)
                .addValue("from", first.atDay(1)).addValue("to", last.plusMonths(1).atDay(1));
        return jdbc.query(COUNTS, params, (rs, i) -> new MonthCount(rs.getLong(1), (Long) rs.getObject(2),
                (Long) rs.getObject(3), YearMonth.from(rs.getObject(4, LocalDate.class)), rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)));
    }

    List<Community> communities(String regionPrefix) {
        return jdbc.query("""
                select id, street_id, district_id from region
                where level = 'COMMUNITY' and path like :prefix || '%' order by code""",
                new MapSqlParameterSource("prefix", regionPrefix),
                (rs, i) -> new Community(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3)));
    }

    private static String where(Filter f, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder(" where true");
        if (f.streetId() != null) {
            sql.append(" and r.street_id = :street");
            params.addValue("street", f.streetId());
        }
        if (f.communityId() != null) {
            sql.append(" and r.status = 'APPROVED' and exists (select 1 from access_target t"
                    + " where t.request_id = r.id and t.community_id = :community)");
            params.addValue("community", f.communityId());
        }
        if (f.q() != null) {
            sql.append(" and (r.title ilike :q escape '\\' or r.department ilike :q escape '\\')");
            params.addValue("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.status() != null) {
            sql.append(" and r.status = :status");
            params.addValue("status", f.status().name());
        }
        if (f.kind() != null) {
            sql.append(" and r.kind = :kind");
            params.addValue("kind", f.kind().name());
        }
        if (f.month() != null) {
            sql.append(" and r.requested_from >= :from and r.requested_from < :to");
            params.addValue("from", f.month().atDay(1)).addValue("to", f.month().plusMonths(1).atDay(1));
        }
        return sql.toString();
    }

    private static AccessRow row(ResultSet rs, int i) throws SQLException {
        Array targets = rs.getArray("targets");
        List<String> names = targets == null ? List.of() : Arrays.asList((String[]) targets.getArray());
        return new AccessRow(rs.getLong("id"), AccessKind.valueOf(rs.getString("kind")),
                AccessStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("department"),
                rs.getObject("requested_from", LocalDate.class), rs.getObject("requested_to", LocalDate.class),
                (Integer) rs.getObject("burden_hours"), rs.getBoolean("all_communities"), names,
                rs.getObject("registered_at", java.time.OffsetDateTime.class),
                rs.getObject("decided_at", java.time.OffsetDateTime.class));
    }
}
