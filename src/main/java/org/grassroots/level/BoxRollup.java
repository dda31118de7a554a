package org.grassroots.level;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.neworg.CoverageFigures;
import org.grassroots.neworg.CoveragePages;
import org.grassroots.reporting.ReportingFigures;
import org.grassroots.reporting.ReportingPages;
import org.grassroots.volunteer.VolunteerFigures;
import org.grassroots.volunteer.VolunteerPages;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Keeps community_box_rollup: the figures of the level pages' feature boxes, one row per community
 * (and per street with "two new" units of its own), each counted by its feature's own statement.
 * Refreshed by {@link RollupService} with community_rollup (the same queue, the rows computed before
 * today, daily, the full rebuild); a level page reads the rows of its subtree and lets each feature add
 * them up as its box always did.
 */
@Component
public class BoxRollup {

    /**
     * The rows of a region's subtree, per feature: reporting and volunteers hold every community of the
     * subtree, coverage every region of it where open units sit.
     */
    public record Boxes(List<ReportingFigures> reporting, List<VolunteerFigures> volunteers, List<CoverageFigures> coverage) {
    }

    /** A row: a community (every box) or a street (its own units' coverage only, the others null). */
    private record Row(long regionId, ReportingFigures reporting, VolunteerFigures volunteers,
            CoverageFigures coverage) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportingPages reporting;
    private final VolunteerPages volunteers;
    private final CoveragePages coverage;

    BoxRollup(NamedParameterJdbcTemplate jdbc, ReportingPages reporting, VolunteerPages volunteers,
            CoveragePages coverage) {
        this.jdbc = jdbc;
        this.reporting = reporting;
        this.volunteers = volunteers;
        this.coverage = coverage;
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

    /** Recomputes the rows of the given regions (of every region when null). */
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
        Collection<Row> after = rows(null);
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
        List<VolunteerFigures> volunteerRows = new ArrayList<>();
        List<CoverageFigures> coverageRows = new ArrayList<>();
        jdbc.query("select * from community_box_rollup where region_path like :path || '%'",
                new MapSqlParameterSource("path", regionPath), rs -> {
                    Row row = row(rs);
                    if (row.reporting() != null) {
                        reportingRows.add(row.reporting());
                        volunteerRows.add(row.volunteers());
                    }
                    if (row.coverage() != null) {
                        coverageRows.add(row.coverage());
                    }
                });
        return new Boxes(reportingRows, volunteerRows, coverageRows);
    }

    /** Every community among the regions gets a row; a street only where units of its own are counted. */
    private Collection<Row> rows(Collection<Long> regionIds) {
        Map<Long, Row> rows = new HashMap<>();
        Map<Long, VolunteerFigures> volunteerFigures = new HashMap<>();
        volunteers.figuresByCommunity(regionIds).forEach(f -> volunteerFigures.put(f.communityId(), f));
        Map<Long, CoverageFigures> coverageFigures = new HashMap<>();
        coverage.figuresByRegion(regionIds).forEach(f -> coverageFigures.put(f.regionId(), f));
        for (ReportingFigures f : reporting.figuresByCommunity(regionIds)) {
            long id = f.communityId();
            CoverageFigures none = new CoverageFigures(id, f.streetId() == null ? 0 : f.streetId(), f.districtId(),
                    0, 0, 0, 0, 0, 0);
            rows.put(id, new Row(id, f, volunteerFigures.get(id), coverageFigures.getOrDefault(id, none)));
        }
        coverageFigures.forEach((id, f) -> rows.putIfAbsent(id, new Row(id, null, null, f)));
        return rows.values();
    }

    private void write(Collection<Long> regionIds, Collection<Row> rows, LocalDate today) {
        List<Long> kept = rows.isEmpty() ? List.of(-1L) : rows.stream().map(Row::regionId).toList();
        MapSqlParameterSource p = new MapSqlParameterSource("regions", regionIds).addValue("kept", kept);
        if (regionIds == null) {
            jdbc.update("delete from community_box_rollup where region_id not in (:kept)", p);
        } else if (!regionIds.isEmpty()) {
            jdbc.update("delete from community_box_rollup where region_id in (:regions) and region_id not in (:kept)",
                    p);
        }
        if (rows.isEmpty()) {
            return;
        }
        SqlParameterSource[] batch = rows.stream().map(r -> params(r, today)).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into community_box_rollup (region_id, region_path, street_id, district_id, community,
                    computed_on, rep_reported, rep_due, rep_expired, rep_services, rep_hours, rep_posts, vol_current,
                    vol_activities, vol_hours_year, vol_hours_quarter, cov_units, cov_org_covered, cov_work_covered,
                    cov_blind, cov_alerts, cov_scattered)
                select r.id, r.path, :street, :district, :community, :on, :reported, :due, :expired, :services,
                    :hours, :posts, :volunteers, :activities, :hoursYear, :hoursQuarter, :units, :orgCovered,
                    :workCovered, :blind, :alerts, :scattered
                from region r where r.id = :region
                on conflict (region_id) do update set region_path = excluded.region_path,
                    street_id = excluded.street_id, district_id = excluded.district_id,
                    community = excluded.community, computed_on = excluded.computed_on,
                    rep_reported = excluded.rep_reported, rep_due = excluded.rep_due,
                    rep_expired = excluded.rep_expired, rep_services = excluded.rep_services,
                    rep_hours = excluded.rep_hours, rep_posts = excluded.rep_posts,
                    vol_current = excluded.vol_current, vol_activities = excluded.vol_activities,
                    vol_hours_year = excluded.vol_hours_year, vol_hours_quarter = excluded.vol_hours_quarter,
                    cov_units = excluded.cov_units, cov_org_covered = excluded.cov_org_covered,
                    cov_work_covered = excluded.cov_work_covered, cov_blind = excluded.cov_blind,
                    cov_alerts = excluded.cov_alerts, cov_scattered = excluded.cov_scattered""", batch);
    }

    private static SqlParameterSource params(Row r, LocalDate today) {
        ReportingFigures f = r.reporting();
        VolunteerFigures v = r.volunteers();
        CoverageFigures c = r.coverage();
        boolean community = f != null;
        return new MapSqlParameterSource("region", r.regionId()).addValue("street", c.streetId())
                .addValue("district", c.districtId()).addValue("community", community).addValue("on", today)
                .addValue("reported", community ? f.reported() : 0).addValue("due", community ? f.due() : 0)
                .addValue("expired", community ? f.expired() : 0).addValue("services", community ? f.services() : 0)
                .addValue("hours", community ? f.hours() : BigDecimal.ZERO)
                .addValue("posts", community ? f.posts() : 0)
                .addValue("volunteers", community ? v.currentVolunteers() : 0)
                .addValue("activities", community ? v.activitiesThisYear() : 0)
                .addValue("hoursYear", community ? v.hoursThisYear() : BigDecimal.ZERO)
                .addValue("hoursQuarter", community ? v.hoursThisQuarter() : BigDecimal.ZERO)
                .addValue("units", c.units()).addValue("orgCovered", c.orgCovered())
                .addValue("workCovered", c.workCovered()).addValue("blind", c.blind()).addValue("alerts", c.alerts())
                .addValue("scattered", c.scattered());
    }

    private static Row row(ResultSet rs) throws SQLException {
        long id = rs.getLong("region_id");
        Long street = (Long) rs.getObject("street_id");
        Long district = (Long) rs.getObject("district_id");
        CoverageFigures coverage = new CoverageFigures(id, street == null ? 0 : street, district, rs.getLong("cov_units"),
                rs.getLong("cov_org_covered"), rs.getLong("cov_work_covered"), rs.getLong("cov_blind"),
                rs.getLong("cov_alerts"), rs.getLong("cov_scattered"));
        if (!rs.getBoolean("community")) {
            return new Row(id, null, null, coverage);
        }
        return new Row(id, new ReportingFigures(id, street, district, rs.getLong("rep_reported"),
                rs.getLong("rep_due"), rs.getLong("rep_expired"), rs.getLong("rep_services"),
                rs.getBigDecimal("rep_hours"), rs.getLong("rep_posts")),
                new VolunteerFigures(id, rs.getString("region_path"), rs.getLong("vol_current"),
                        rs.getLong("vol_activities"), rs.getBigDecimal("vol_hours_year"),
                        rs.getBigDecimal("vol_hours_quarter")),
                coverage);
    }
}
