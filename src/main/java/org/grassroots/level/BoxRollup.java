package org.grassroots.level;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.reporting.ReportingFigures;
import org.grassroots.reporting.ReportingPages;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Keeps community_box_rollup: the figures of the level pages' feature boxes, one row per community,
 * each counted by its feature's own per-community statement. Refreshed by {@link RollupService} with
 * community_rollup (the same queue, the rows computed before today, daily, the full rebuild); a level
 * page reads the rows of its subtree and lets each feature add them up as its box always did.
 */
@Component
class BoxRollup {

    /** The rows of a region's subtree, per feature; each list holds every community of the subtree. */
    record Boxes(List<ReportingFigures> reporting) {
    }

    /** A row: a community and the figures of each box. */
    private record Row(long regionId, ReportingFigures reporting) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportingPages reporting;

    BoxRollup(NamedParameterJdbcTemplate jdbc, ReportingPages reporting) {
        this.jdbc = jdbc;
        this.reporting = reporting;
    }

    /** The rows of the region's subtree (all when regionId is null) inside the prefix computed before today. */
    List<Long> outdated(Long regionId, String regionPrefix, LocalDate today) {
        String sql = "select b.region_id from community_box_rollup b"
                + (regionId == null ? " where true" : " join region top on top.id = :region"
                        + " where b.region_path like top.path || '%'")
                + " and b.region_path like :prefix || '%' and b.computed_on < :today";
        return jdbc.queryForList(sql, new MapSqlParameterSource("region", regionId).addValue("prefix", regionPrefix)
                .addValue("today", today), Long.class);
    }

    /** Recomputes the rows of the communities among the regions (of every community when null). */
    void refresh(Collection<Long> regionIds, LocalDate today) {
        write(regionIds, rows(regionIds), today);
    }

    /** Recomputes every row and counts the rows whose figures differed (a missing or extra row counts once). */
    int rebuild(LocalDate today) {
        Map<Long, Row> before = new HashMap<>();
        jdbc.query("select * from community_box_rollup", rs -> {
            Row row = row(rs);
            before.put(row.regionId(), row);
        });
        List<Row> after = rows(null);
        write(null, after, today);
        int drift = 0;
        for (Row row : after) {
            Row old = before.remove(row.regionId());
            if (!row.equals(old)) {
                drift++;
            }
        }
        return drift + before.size();
    }

    /** The rows of a region's subtree (the region itself when it is a community). */
    Boxes read(String regionPath) {
        List<ReportingFigures> reportingRows = new ArrayList<>();
        jdbc.query("select * from community_box_rollup where region_path like :path || '%'",
                new MapSqlParameterSource("path", regionPath), rs -> {
                    reportingRows.add(row(rs).reporting());
                });
        return new Boxes(reportingRows);
    }

    private List<Row> rows(Collection<Long> regionIds) {
        return reporting.figuresByCommunity(regionIds).stream().map(f -> new Row(f.communityId(), f)).toList();
    }

    private void write(Collection<Long> regionIds, List<Row> rows, LocalDate today) {
        if (regionIds == null) {
            List<Long> kept = rows.isEmpty() ? List.of(-1L) : rows.stream().map(Row::regionId).toList();
            jdbc.update("delete from community_box_rollup where region_id not in (:kept)",
                    new MapSqlParameterSource("kept", kept));
        }
        if (rows.isEmpty()) {
            return;
        }
        SqlParameterSource[] batch = rows.stream().map(r -> params(r, today)).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into community_box_rollup (region_id, region_path, street_id, district_id, computed_on,
                    rep_reported, rep_due, rep_expired, rep_services, rep_hours, rep_posts)
                select r.id, r.path, :street, :district, :on, :reported, :due, :expired, :services, :hours, :posts
                from region r where r.id = :region
                on conflict (region_id) do update set region_path = excluded.region_path,
                    street_id = excluded.street_id, district_id = excluded.district_id,
                    computed_on = excluded.computed_on, rep_reported = excluded.rep_reported,
                    rep_due = excluded.rep_due, rep_expired = excluded.rep_expired,
                    rep_services = excluded.rep_services, rep_hours = excluded.rep_hours,
                    rep_posts = excluded.rep_posts""", batch);
    }

    private static SqlParameterSource params(Row r, LocalDate today) {
        ReportingFigures f = r.reporting();
        return new MapSqlParameterSource("region", r.regionId()).addValue("street", f.streetId())
                .addValue("district", f.districtId()).addValue("on", today).addValue("reported", f.reported())
                .addValue("due", f.due()).addValue("expired", f.expired()).addValue("services", f.services())
                .addValue("hours", f.hours()).addValue("posts", f.posts());
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("region_id");
        return new Row(id, new ReportingFigures(id, (Long) rs.getObject("street_id"),
                (Long) rs.getObject("district_id"), rs.getLong("rep_reported"), rs.getLong("rep_due"),
                rs.getLong("rep_expired"), rs.getLong("rep_services"), rs.getBigDecimal("rep_hours"),
                rs.getLong("rep_posts")));
    }
}
