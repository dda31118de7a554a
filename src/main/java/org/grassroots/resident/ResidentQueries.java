package org.grassroots.resident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.region.RegionLevel;
import org.grassroots.resident.ResidentViews.UnitRow;
import org.grassroots.shared.Masking;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-side SQL of the unit lists and the reporting figures, filtered by region path prefix. Only
 * open units count; a report counts while it is open (not ended) and its unit is open.
 */
@Component
class ResidentQueries {

    /** Counts of one child region, keyed by the child's id. */
    record Counts(long units, long reportedUnits, long awaitingReceipt) {
    }

    private static final String UNIT_FILTER = """
            from resident_unit u join region r on r.id = u.region_id
            left join party_org o on o.id = u.party_org_id
            where r.path like :prefix || '%'
              and (:closed or u.closed_on is null)
              and (cast(:kind as varchar) is null or u.kind = cast(:kind as varchar))
              and (:q = '' or strpos(lower(u.name), lower(:q)) > 0)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ResidentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long countUnits(String prefix, UnitSearch search) {
        return jdbc.queryForObject("select count(*) " + UNIT_FILTER, unitParams(prefix, search), Long.class);
    }

    List<UnitRow> units(String prefix, UnitSearch search, int limit, int offset) {
        return jdbc.query("""
                select u.id, u.name, u.kind, r.id as region_id, r.name as region_name, r.level as region_level,
                       u.party_org_id, coalesce(o.name, u.party_org_name) as org_name,
                       u.contact_name, u.contact_phone, u.closed_on,
                       (select count(*) from unit_report x where x.unit_id = u.id and x.ended_on is null)
                           as open_reports
                """ + UNIT_FILTER + """
                order by (u.closed_on is not null), u.name, u.id
                limit :limit offset :offset""",
                unitParams(prefix, search).addValue("limit", limit).addValue("offset", offset),
                ResidentQueries::unitRow);
    }

    long countReportedTo(long communityId) {
        return jdbc.queryForObject("select count(*) from unit_report where community_id = :c and ended_on is null",
                new MapSqlParameterSource("c", communityId), Long.class);
    }

    /** Open reports to the community with their units, awaiting receipt first, then latest first. */
    List<ReportedUnit> reportedTo(long communityId, int limit, int offset) {
        return jdbc.query("""
                select x.id, u.id, u.name, u.kind, r.name, r.level, coalesce(o.name, u.party_org_name)
                from unit_report x join resident_unit u on u.id = x.unit_id join region r on r.id = u.region_id
                left join party_org o on o.id = u.party_org_id
                where x.community_id = :c and x.ended_on is null
                order by (x.received_on is not null), x.reported_on desc, x.id desc
                limit :limit offset :offset""",
                new MapSqlParameterSource("c", communityId).addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> new ReportedUnit(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        UnitKind.valueOf(rs.getString(4)), rs.getString(5),
                        RegionLevel.valueOf(rs.getString(6)) == RegionLevel.STREET, rs.getString(7)));
    }

    record ReportedUnit(long reportId, long unitId, String unitName, UnitKind kind, String seatName,
            boolean streetLevel, String orgName) {
    }

    /** Open units sitting in the subtree; {@code r} is where they sit. */
    private static final String OPEN_UNITS = """
            from resident_unit u join region r on r.id = u.region_id
            where r.path like :prefix || '%' and u.closed_on is null""";

    /** Open reports of open units to communities of the subtree; {@code c} is the community. */
    private static final String OPEN_REPORTS = """
            from unit_report x join resident_unit u on u.id = x.unit_id join region c on c.id = x.community_id
            where c.path like :prefix || '%' and x.ended_on is null and u.closed_on is null""";

    private static final String REPORT_COUNTS =
            "count(distinct x.unit_id), count(*) filter (where x.received_on is null) ";

    /**
     * The figures per child of a region of the given level, keyed by the child's id: units by where
     * they sit, reports by the community they go to. A street's own units are keyed by the street.
     */
    Map<Long, Counts> byChild(String prefix, RegionLevel level) {
        String unitKey = switch (level) {
            case CITY -> "r.district_id";
            case DISTRICT -> "case when r.level = 'STREET' then r.id else r.street_id end";
            case STREET, COMMUNITY -> "r.id";
        };
        String reportKey = switch (level) {
            case CITY -> "c.district_id";
            case DISTRICT -> "c.street_id";
            case STREET, COMMUNITY -> "c.id";
        };
        Map<Long, long[]> sums = new HashMap<>();
        MapSqlParameterSource p = new MapSqlParameterSource("prefix", prefix);
        jdbc.query("select " + unitKey + ", count(*) " + OPEN_UNITS + " group by 1", p, (ResultSet rs) -> {
            sums.computeIfAbsent(rs.getLong(1), k -> new long[3])[0] = rs.getLong(2);
        });
        jdbc.query("select " + reportKey + ", " + REPORT_COUNTS + OPEN_REPORTS + " group by 1", p, (ResultSet rs) -> {
            long[] s = sums.computeIfAbsent(rs.getLong(1), k -> new long[3]);
            s[1] = rs.getLong(2);
            s[2] = rs.getLong(3);
        });
        Map<Long, Counts> counts = new HashMap<>();
        sums.forEach((k, s) -> counts.put(k, new Counts(s[0], s[1], s[2])));
        return counts;
    }

    /** The same figures for the whole subtree: each reported unit counted once. */
    Counts total(String prefix) {
        MapSqlParameterSource p = new MapSqlParameterSource("prefix", prefix);
        long units = jdbc.queryForObject("select count(*) " + OPEN_UNITS, p, Long.class);
        return jdbc.queryForObject("select " + REPORT_COUNTS + OPEN_REPORTS, p,
                (rs, i) -> new Counts(units, rs.getLong(1), rs.getLong(2)));
    }

    private static MapSqlParameterSource unitParams(String prefix, UnitSearch search) {
        return new MapSqlParameterSource("prefix", prefix).addValue("closed", search.isClosed())
                .addValue("kind", search.getKind() == null ? null : search.getKind().name())
                .addValue("q", search.query());
    }

    private static UnitRow unitRow(ResultSet rs, int i) throws SQLException {
        return new UnitRow(rs.getLong("id"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
                rs.getLong("region_id"), rs.getString("region_name"), RegionLevel.valueOf(rs.getString("region_level")),
                (Long) rs.getObject("party_org_id"), rs.getString("org_name"), rs.getString("contact_name"),
                Masking.phone(rs.getString("contact_phone")), rs.getObject("closed_on", java.time.LocalDate.class),
                rs.getLong("open_reports"));
    }
}
