package org.grassroots.level;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.grassroots.funds.FundsPages;
import org.grassroots.funds.FundsViews.CommunityFunds;
import org.grassroots.neworg.CoverageFigures;
import org.grassroots.neworg.CoveragePages;
import org.grassroots.regional.RegionalPages;
import org.grassroots.regional.RegionalViews.SeatFigures;
import org.grassroots.reporting.ReportingFigures;
import org.grassroots.reporting.ReportingPages;
import org.grassroots.venue.VenueFigures;
import org.grassroots.venue.VenuePages;
import org.grassroots.volunteer.VolunteerFigures;
import org.grassroots.volunteer.VolunteerPages;
import org.grassroots.workforce.WorkforcePages;
import org.grassroots.workforce.WorkforceViews.CommunityFacts;
import org.grassroots.workforce.WorkforceViews.StaffingFact;
import org.grassroots.workforce.WorkforceViews.TeamFigures;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Keeps community_box_rollup: the figures of the level pages' feature boxes, one row per community
 * and per street (its own "two new" units and its own 区域化党建 seat), each counted by its feature's own
 * statement.
 * Refreshed by {@link RollupService} with community_rollup (the same queue, the rows computed before
 * today, daily, the full rebuild); a level page reads the rows of its subtree and lets each feature add
 * them up as its box always did.
 */
@Component
public class BoxRollup {

    /**
     * The rows of a region's subtree, per feature: coverage holds every region of it where open units
     * sit, seats every street and community of it, the others every community of it (in path order).
     * fundsYear: the year every funds row was counted for (null when they differ, or there is none);
     * termWarningDays: the days every team row was counted with (null likewise).
     */
    public record Boxes(List<ReportingFigures> reporting, List<VolunteerFigures> volunteers,
            List<CoverageFigures> coverage, List<CommunityFunds> funds, Integer fundsYear,
            List<CommunityFacts> workforce, Integer termWarningDays, List<StaffingFact> staffing,
            List<VenueFigures> venues, List<SeatFigures> seats, Derived derived) {

        /** The funds rows when they were all counted for the year. */
        public Optional<List<CommunityFunds>> funds(int year) {
            return fundsYear != null && fundsYear == year ? Optional.of(funds) : Optional.empty();
        }
    }

    /**
     * What the level pages work out from one reading of the rows (a box's rows per child and total), kept
     * with the rows: the key names the box and everything besides the rows it depends on (see
     * {@link KeptBoxes}). The rows are read again when box_rollup_generation moves, and these with them.
     */
    public static final class Derived {

        /** Keys per reading at most: boxes times days, settings and languages seen while the rows stand. */
        private static final int KEPT = 128;

        private final Map<List<Object>, Object> values = new ConcurrentHashMap<>();

        /** The value kept for the key, or computed now (and kept when it is not null). */
        @SuppressWarnings("unchecked")
        <T> T get(List<Object> key, java.util.function.Supplier<T> compute) {
            Object kept = values.get(key);
            if (kept != null) {
                return (T) kept;
            }
            T value = compute.get();
            if (value != null) {
                if (values.size() >= KEPT) {
                    values.clear();
                }
                values.put(key, value);
            }
            return value;
        }
    }

    /**
     * A row: a community (every box) or a street (its own units' coverage and its own seat only, the
     * others null); funds counted for fundsYear.
     */
    private record Row(long regionId, ReportingFigures reporting, VolunteerFigures volunteers,
            CoverageFigures coverage, int fundsYear, CommunityFunds funds, TeamFigures team, VenueFigures venues,
            SeatFigures seat) {
    }

    /** The rows with the region's current name (the funds, team and venue figures carry it). */
    private static final String ROWS = "select b.*, r.name as region_name from community_box_rollup b"
            + " join region r on r.id = b.region_id";

    /** How many subtrees' rows are kept at most (the city, its districts and streets fit). */
    private static final int KEPT_SUBTREES = 256;

    /** The rows of a subtree as read at a generation of box_rollup_generation. */
    private record Kept(long generation, Boxes boxes) {
    }

    private final Map<String, Kept> recent = new ConcurrentHashMap<>();
    private final NamedParameterJdbcTemplate jdbc;
    private final ReportingPages reporting;
    private final VolunteerPages volunteers;
    private final CoveragePages coverage;
    private final FundsPages funds;
    private final WorkforcePages workforce;
    private final VenuePages venues;
    private final RegionalPages regional;

    BoxRollup(NamedParameterJdbcTemplate jdbc, ReportingPages reporting, VolunteerPages volunteers,
            CoveragePages coverage, FundsPages funds, WorkforcePages workforce, VenuePages venues,
            RegionalPages regional) {
        this.jdbc = jdbc;
        this.reporting = reporting;
        this.volunteers = volunteers;
        this.coverage = coverage;
        this.funds = funds;
        this.workforce = workforce;
        this.venues = venues;
        this.regional = regional;
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
        write(regionIds, rows(regionIds, today), today);
    }

    /** Recomputes every row and counts the rows whose figures differed (a missing or extra row counts once). */
    int rebuild(LocalDate today) {
        Map<Long, Row> before = new HashMap<>();
        jdbc.query(ROWS, rs -> {
            Row row = row(rs);
            before.put(row.regionId(), row);
        });
        Collection<Row> after = rows(null, today);
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

    /**
     * The rows of a region's subtree (the region itself when it is a community). The rows last read for
     * the subtree are kept while box_rollup_generation stands still (no row written, no region renamed
     * or moved, no resident unit or report written since): the counter is read
     * first, so rows kept are never older than their mark.
     */
    Boxes read(String regionPath) {
        long generation = jdbc.getJdbcTemplate().queryForObject(
                "select generation from box_rollup_generation where id = 1", Long.class);
        Kept kept = recent.get(regionPath);
        if (kept != null && kept.generation() == generation) {
            return kept.boxes();
        }
        Boxes boxes = readRows(regionPath);
        if (recent.size() >= KEPT_SUBTREES) {
            recent.clear();
        }
        recent.put(regionPath, new Kept(generation, boxes));
        return boxes;
    }

    private Boxes readRows(String regionPath) {
        List<ReportingFigures> reportingRows = new ArrayList<>();
        List<VolunteerFigures> volunteerRows = new ArrayList<>();
        List<CoverageFigures> coverageRows = new ArrayList<>();
        List<CommunityFunds> fundsRows = new ArrayList<>();
        List<CommunityFacts> teamRows = new ArrayList<>();
        List<StaffingFact> staffingRows = new ArrayList<>();
        List<VenueFigures> venueRows = new ArrayList<>();
        List<SeatFigures> seatRows = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        Set<Integer> days = new HashSet<>();
        jdbc.query(ROWS + " where b.region_path like :path || '%' order by b.region_path",
                new MapSqlParameterSource("path", regionPath), rs -> {
                    Row row = row(rs);
                    if (row.reporting() != null) {
                        reportingRows.add(row.reporting());
                        volunteerRows.add(row.volunteers());
                        fundsRows.add(row.funds());
                        years.add(row.fundsYear());
                        teamRows.add(row.team().facts());
                        staffingRows.add(row.team().staffing());
                        days.add(row.team().termWarningDays());
                        venueRows.add(row.venues());
                    }
                    // a street's row counts coverage only where units of its own sit
                    if (row.reporting() != null || row.coverage().units() > 0) {
                        coverageRows.add(row.coverage());
                    }
                    seatRows.add(row.seat());
                });
        return new Boxes(List.copyOf(reportingRows), List.copyOf(volunteerRows), List.copyOf(coverageRows),
                List.copyOf(fundsRows), only(years), List.copyOf(teamRows), only(days), List.copyOf(staffingRows),
                List.copyOf(venueRows), List.copyOf(seatRows), new Derived());
    }

    private static Integer only(Set<Integer> values) {
        return values.size() == 1 ? values.iterator().next() : null;
    }

    /** Every street and community among the regions gets a row. */
    private Collection<Row> rows(Collection<Long> regionIds, LocalDate today) {
        Map<Long, Row> rows = new HashMap<>();
        Map<Long, SeatFigures> seats = new HashMap<>();
        regional.figuresBySeat(regionIds).forEach(f -> seats.put(f.regionId(), f));
        Map<Long, VolunteerFigures> volunteerFigures = new HashMap<>();
        volunteers.figuresByCommunity(regionIds).forEach(f -> volunteerFigures.put(f.communityId(), f));
        Map<Long, CoverageFigures> coverageFigures = new HashMap<>();
        coverage.figuresByRegion(regionIds).forEach(f -> coverageFigures.put(f.regionId(), f));
        int year = today.getYear();
        Map<Long, CommunityFunds> fundsFigures = new HashMap<>();
        funds.figuresByCommunity(regionIds, year).forEach(f -> fundsFigures.put(f.communityId(), f));
        Map<Long, TeamFigures> teamFigures = new HashMap<>();
        workforce.figuresByCommunity(regionIds).forEach(f -> teamFigures.put(f.facts().communityId(), f));
        Map<Long, VenueFigures> venueFigures = new HashMap<>();
        venues.figuresByCommunity(regionIds).forEach(f -> venueFigures.put(f.communityId(), f));
        for (ReportingFigures f : reporting.figuresByCommunity(regionIds)) {
            long id = f.communityId();
            CoverageFigures none = new CoverageFigures(id, f.streetId() == null ? 0 : f.streetId(), f.districtId(),
                    0, 0, 0, 0, 0, 0);
            rows.put(id, new Row(id, f, volunteerFigures.get(id), coverageFigures.getOrDefault(id, none), year,
                    fundsFigures.get(id), teamFigures.get(id), venueFigures.get(id), seats.get(id)));
        }
        seats.forEach((id, s) -> {
            if (s.street()) {
                CoverageFigures none = new CoverageFigures(id, id, s.districtId(), 0, 0, 0, 0, 0, 0);
                rows.put(id, new Row(id, null, null, coverageFigures.getOrDefault(id, none), 0, null, null, null, s));
            }
        });
        return rows.values();
    }

    /**
     * Upserts the rows, then removes the rows of the given regions (of every region when null) that are
     * not among them: the statements' trigger moves box_rollup_generation once the rows are locked.
     */
    private void write(Collection<Long> regionIds, Collection<Row> rows, LocalDate today) {
        if (!rows.isEmpty()) {
            upsert(rows, today);
        }
        List<Long> kept = rows.isEmpty() ? List.of(-1L) : rows.stream().map(Row::regionId).toList();
        MapSqlParameterSource p = new MapSqlParameterSource("regions", regionIds).addValue("kept", kept);
        if (regionIds == null) {
            jdbc.update("delete from community_box_rollup where region_id not in (:kept)", p);
        } else if (!regionIds.isEmpty()) {
            jdbc.update("delete from community_box_rollup where region_id in (:regions) and region_id not in (:kept)",
                    p);
        }
    }

    private void upsert(Collection<Row> rows, LocalDate today) {
        SqlParameterSource[] batch = rows.stream().map(r -> params(r, today)).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into community_box_rollup (region_id, region_path, street_id, district_id, community,
                    computed_on, rep_reported, rep_due, rep_expired, rep_services, rep_hours, rep_posts, vol_current,
                    vol_activities, vol_hours_year, vol_hours_quarter, cov_units, cov_org_covered, cov_work_covered,
                    cov_blind, cov_alerts, cov_scattered, fund_year, fund_residents, fund_lines, fund_budget,
                    fund_spent, fund_masses, wf_warn_days, wf_residents, wf_headcount, wf_age_sum, wf_young, wf_old,
                    wf_college, wf_party_workers, wf_staff, wf_secretaries, wf_terms_ending, wf_terms_ended,
                    wf_secretary, ven_households, ven_venues, ven_area, reg_period_start, reg_held,
                    reg_open_follow_ups, reg_overdue_follow_ups, reg_agreements, reg_needs_raised, reg_needs_met,
                    reg_projects_done, reg_last_meeting)
                select r.id, r.path, :street, :district, :community, :on, :reported, :due, :expired, :services,
                    :hours, :posts, :volunteers, :activities, :hoursYear, :hoursQuarter, :units, :orgCovered,
                    :workCovered, :blind, :alerts, :scattered, :fundYear, :fundResidents, :fundLines, :fundBudget,
                    :fundSpent, :fundMasses, :warnDays, :wfResidents, :headcount, :ageSum, :young, :old, :college,
                    :partyWorkers, :staff, :secretaries, :termsEnding, :termsEnded, :secretary, :households,
                    :venues, :area, :periodStart, :held, :openFollowUps, :overdueFollowUps, :agreements,
                    :needsRaised, :needsMet, :projectsDone, :lastMeeting
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
                    cov_alerts = excluded.cov_alerts, cov_scattered = excluded.cov_scattered,
                    fund_year = excluded.fund_year, fund_residents = excluded.fund_residents,
                    fund_lines = excluded.fund_lines, fund_budget = excluded.fund_budget,
                    fund_spent = excluded.fund_spent, fund_masses = excluded.fund_masses,
                    wf_warn_days = excluded.wf_warn_days, wf_residents = excluded.wf_residents,
                    wf_headcount = excluded.wf_headcount, wf_age_sum = excluded.wf_age_sum,
                    wf_young = excluded.wf_young, wf_old = excluded.wf_old, wf_college = excluded.wf_college,
                    wf_party_workers = excluded.wf_party_workers, wf_staff = excluded.wf_staff,
                    wf_secretaries = excluded.wf_secretaries, wf_terms_ending = excluded.wf_terms_ending,
                    wf_terms_ended = excluded.wf_terms_ended, wf_secretary = excluded.wf_secretary,
                    ven_households = excluded.ven_households, ven_venues = excluded.ven_venues,
                    ven_area = excluded.ven_area, reg_period_start = excluded.reg_period_start,
                    reg_held = excluded.reg_held, reg_open_follow_ups = excluded.reg_open_follow_ups,
                    reg_overdue_follow_ups = excluded.reg_overdue_follow_ups,
                    reg_agreements = excluded.reg_agreements, reg_needs_raised = excluded.reg_needs_raised,
                    reg_needs_met = excluded.reg_needs_met, reg_projects_done = excluded.reg_projects_done,
                    reg_last_meeting = excluded.reg_last_meeting""", batch);
    }

    private static SqlParameterSource params(Row r, LocalDate today) {
        ReportingFigures f = r.reporting();
        VolunteerFigures v = r.volunteers();
        CoverageFigures c = r.coverage();
        boolean community = f != null;
        MapSqlParameterSource p = new MapSqlParameterSource();
        CommunityFunds m = r.funds();
        CommunityFacts t = community ? r.team().facts() : null;
        VenueFigures place = r.venues();
        SeatFigures seat = r.seat();
        boolean counted = seat != null;
        p.addValue("periodStart", counted ? seat.periodStart() : null)
                .addValue("held", counted ? seat.meetingsHeld() : 0)
                .addValue("openFollowUps", counted ? seat.openFollowUps() : 0)
                .addValue("overdueFollowUps", counted ? seat.overdueFollowUps() : 0)
                .addValue("agreements", counted ? seat.activeAgreements() : 0)
                .addValue("needsRaised", counted ? seat.needsRaised() : 0)
                .addValue("needsMet", counted ? seat.needsMet() : 0)
                .addValue("projectsDone", counted ? seat.projectsDone() : 0)
                .addValue("lastMeeting", counted ? seat.lastMeetingOn() : null);
        p.addValue("fundYear", r.fundsYear()).addValue("fundResidents", community ? m.residents() : 0)
                .addValue("fundLines", community ? m.budgetLines() : 0)
                .addValue("fundBudget", community ? m.budget() : BigDecimal.ZERO)
                .addValue("fundSpent", community ? m.spent() : BigDecimal.ZERO)
                .addValue("fundMasses", community ? m.massesSpent() : BigDecimal.ZERO)
                .addValue("warnDays", community ? r.team().termWarningDays() : 0)
                .addValue("wfResidents", community ? t.residents() : 0)
                .addValue("headcount", community ? t.headcount() : 0).addValue("ageSum", community ? t.ageSum() : 0)
                .addValue("young", community ? t.young() : 0).addValue("old", community ? t.old() : 0)
                .addValue("college", community ? t.college() : 0)
                .addValue("partyWorkers", community ? t.partyWorkers() : 0)
                .addValue("staff", community ? t.staff() : 0).addValue("secretaries", community ? t.secretaries() : 0)
                .addValue("termsEnding", community ? t.termsEnding() : 0)
                .addValue("termsEnded", community ? t.termsEnded() : 0)
                .addValue("secretary", community ? r.team().staffing().secretaryName() : null)
                .addValue("households", community ? place.households() : 0)
                .addValue("venues", community ? place.venues() : 0)
                .addValue("area", community ? place.area() : BigDecimal.ZERO);
        return p.addValue("region", r.regionId()).addValue("street", c.streetId())
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
        String name = rs.getString("region_name");
        String path = rs.getString("region_path");
        boolean community = rs.getBoolean("community");
        SeatFigures seat = new SeatFigures(id, name, path, !community,
                community ? street : Long.valueOf(id), district,
                rs.getObject("reg_period_start", LocalDate.class), rs.getLong("reg_held"),
                rs.getLong("reg_open_follow_ups"), rs.getLong("reg_overdue_follow_ups"), rs.getLong("reg_agreements"),
                rs.getLong("reg_needs_raised"), rs.getLong("reg_needs_met"), rs.getLong("reg_projects_done"),
                rs.getObject("reg_last_meeting", LocalDate.class));
        if (!community) {
            return new Row(id, null, null, coverage, 0, null, null, null, seat);
        }
        String secretary = rs.getString("wf_secretary");
        long partyWorkers = rs.getLong("wf_party_workers");
        CommunityFacts team = new CommunityFacts(id, name, path, rs.getLong("wf_residents"), rs.getLong("wf_headcount"),
                rs.getLong("wf_age_sum"), rs.getLong("wf_young"), rs.getLong("wf_old"), rs.getLong("wf_college"),
                partyWorkers, rs.getLong("wf_staff"), rs.getLong("wf_secretaries"), rs.getLong("wf_terms_ending"),
                rs.getLong("wf_terms_ended"));
        return new Row(id, new ReportingFigures(id, street, district, rs.getLong("rep_reported"),
                rs.getLong("rep_due"), rs.getLong("rep_expired"), rs.getLong("rep_services"),
                rs.getBigDecimal("rep_hours"), rs.getLong("rep_posts")),
                new VolunteerFigures(id, rs.getString("region_path"), rs.getLong("vol_current"),
                        rs.getLong("vol_activities"), rs.getBigDecimal("vol_hours_year"),
                        rs.getBigDecimal("vol_hours_quarter")),
                coverage, rs.getInt("fund_year"),
                new CommunityFunds(id, name, path, rs.getLong("fund_residents"), rs.getLong("fund_lines"),
                        rs.getBigDecimal("fund_budget").setScale(2), rs.getBigDecimal("fund_spent").setScale(2),
                        rs.getBigDecimal("fund_masses").setScale(2)),
                new TeamFigures(rs.getInt("wf_warn_days"), team, new StaffingFact(id, name, path, secretary,
                        partyWorkers, secretary != null && partyWorkers > 0)),
                new VenueFigures(id, name, path, rs.getLong("ven_households"), rs.getLong("ven_venues"),
                        rs.getBigDecimal("ven_area")),
                seat);
    }
}
