package org.grassroots.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.grassroots.dashboard.DashboardQueries.Rate;
import org.grassroots.dashboard.DashboardViews.Crumb;
import org.grassroots.dashboard.DashboardViews.Dashboard;
import org.grassroots.dashboard.DashboardViews.Line;
import org.grassroots.dashboard.DashboardViews.Section;
import org.grassroots.dashboard.DashboardViews.Table;
import org.grassroots.development.DevelopmentPages;
import org.grassroots.development.DevelopmentViews.StageCounts;
import org.grassroots.development.DevelopmentViews.StagePage;
import org.grassroots.funds.FundsPages;
import org.grassroots.funds.FundsViews.FundsRow;
import org.grassroots.grid.GridPages;
import org.grassroots.grid.GridViews.GapCounts;
import org.grassroots.grid.GridViews.GapPage;
import org.grassroots.level.BoxRollup.Boxes;
import org.grassroots.level.RegionSummaries;
import org.grassroots.meeting.MeetingType;
import org.grassroots.member.Education;
import org.grassroots.member.Gender;
import org.grassroots.member.MemberProfiles;
import org.grassroots.member.MemberStatus;
import org.grassroots.member.Occupation;
import org.grassroots.neworg.CoveragePages;
import org.grassroots.neworg.NewOrgViews.CoverageRow;
import org.grassroots.org.OrgService;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.reporting.ReportingPages;
import org.grassroots.reporting.ReportingViews;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.task.TaskPages;
import org.grassroots.task.TaskViews.OverdueRow;
import org.grassroots.volunteer.VolunteerPages;
import org.grassroots.volunteer.VolunteerViews;
import org.grassroots.workforce.WorkforcePages;
import org.grassroots.workforce.WorkforceViews.StructureRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes a region's dashboard from the summary tables and the features' own read methods, like the
 * level pages: the figures and their rules stay in the features. Region grants only (the summaries
 * hold whole regions); anyone else gets 404, like a region outside the scope.
 */
@Service
@Transactional(readOnly = true)
public class DashboardPages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RegionService regions;
    private final OrgService orgs;
    private final DashboardQueries queries;
    private final MemberProfiles profiles;
    private final DevelopmentPages development;
    private final CoveragePages coverage;
    private final GridPages grids;
    private final ReportingPages reporting;
    private final VolunteerPages volunteers;
    private final WorkforcePages workforce;
    private final FundsPages funds;
    private final TaskPages tasks;
    private final RegionSummaries summaries;
    private final MessageSource messages;
    private final Clock clock;

    @SuppressWarnings("java:S107") // one read service per card
    DashboardPages(RegionService regions, OrgService orgs, DashboardQueries queries, MemberProfiles profiles,
            DevelopmentPages development, CoveragePages coverage, GridPages grids, ReportingPages reporting,
            VolunteerPages volunteers, WorkforcePages workforce, FundsPages funds, TaskPages tasks,
            RegionSummaries summaries, MessageSource messages, Clock clock) {
        this.regions = regions;
        this.orgs = orgs;
        this.queries = queries;
        this.profiles = profiles;
        this.development = development;
        this.coverage = coverage;
        this.grids = grids;
        this.reporting = reporting;
        this.volunteers = volunteers;
        this.workforce = workforce;
        this.funds = funds;
        this.tasks = tasks;
        this.summaries = summaries;
        this.messages = messages;
        this.clock = clock;
    }

    /** The year asked for, or this year; kept between 2000 and 2100. */
    int yearOr(Integer year) {
        return funds.yearOr(year);
    }

    /** The region in scope for a dashboard: 404 outside the scope, and for a grant that is not a region's. */
    Region require(long regionId, Scope scope) {
        if (scope.kind() != Scope.Kind.REGION) {
            throw new NotFoundException("region", regionId);
        }
        return regions.require(regionId, scope);
    }

    /**
     * A region's dashboard for a year (null: this year), labels in the locale: 404 outside the scope and
     * for a grant that is not a region's. Also the read API's dashboard figures.
     */
    public Dashboard dashboard(long regionId, Integer yearAsked, Scope scope, Locale locale) {
        return dashboard(regionId, yearAsked, scope, locale, true);
    }

    /**
     * The dashboard page: as {@link #dashboard(long, Integer, Scope, Locale)}, but a community's member
     * card is one line of the community's own roll-up rows, leading to its organizations' profiles
     * ({@link #memberProfiles}); the other levels are the same.
     */
    Dashboard page(long regionId, Integer yearAsked, Scope scope, Locale locale) {
        return dashboard(regionId, yearAsked, scope, locale, false);
    }

    /**
     * A community's member profile per organization sitting in it (the member card of the full
     * dashboard): 404 for the other levels, outside the scope and for a grant that is not a region's.
     */
    Dashboard memberProfiles(long regionId, Scope scope, Locale locale) {
        Region region = require(regionId, scope);
        if (region.getLevel() != RegionLevel.COMMUNITY) {
            throw new NotFoundException("region", regionId);
        }
        return new Dashboard(region, crumbs(region, scope), yearOr(null),
                List.of(new Section("members",
                        members(region, scope, true, Optional.empty(), new Labels(locale)))));
    }

    private List<Crumb> crumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new Crumb(r.getName(), scope.coversRegion(r.getPath()) ? dashboardUrl(r.getId()) : null))
                .toList();
    }

    private Dashboard dashboard(long regionId, Integer yearAsked, Scope scope, Locale locale, boolean byOrganization) {
        Region region = require(regionId, scope);
        int year = yearOr(yearAsked);
        Labels l = new Labels(locale);
        List<Crumb> crumbs = crumbs(region, scope);
        // the development and grid figures from community_rollup (a community's grid figures: its own row)
        // reporting, volunteers, coverage, the worker team and funds counted per community in the roll-up,
        // as on the level page, and kept with the rows (these sums too: see V34)
        Optional<Boxes> boxes = summaries.boxes(region, scope);
        DashboardQueries.Side side = boxes.map(b -> summaries.kept(b, "dashboard-side", region.getId(),
                () -> queries.side(region.getId(), region.getPath(), region.getLevel())))
                .orElseGet(() -> queries.side(region.getId(), region.getPath(), region.getLevel()));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("members", members(region, scope, byOrganization, boxes, l)));
        sections.add(new Section("development", development(region, scope, side, boxes, l)));
        sections.add(new Section("compliance", compliance(region, scope, year, boxes, l)));
        sections.add(new Section("coverage", List.of(coverage(region, scope, boxes, l))));
        sections.add(new Section("grid", List.of(grid(region, scope, side, l))));
        sections.add(new Section("service", service(region, scope, boxes, l)));
        sections.add(new Section("workforce", List.of(workforce(region, scope, boxes, l))));
        sections.add(new Section("funds", List.of(funds(region, scope, year, boxes, l))));
        sections.add(new Section("tasks", List.of(tasks(region, scope, boxes, l))));
        return new Dashboard(region, crumbs, year, sections);
    }

    // ---------------------------------------------------------------- 1. members

    /**
     * The member card: per child region (a community: per organization sitting in it, or with
     * byOrganization false one line of its own roll-up rows leading to those).
     */
    private List<Table> members(Region region, Scope scope, boolean byOrganization, Optional<Boxes> boxes,
            Labels l) {
        Map<Long, Map<String, Map<String, Long>>> counts;
        List<Drill> lines = new ArrayList<>();
        if (region.getLevel() == RegionLevel.COMMUNITY && !byOrganization) {
            counts = queries.ownProfile(region.getId());
            lines.add(new Drill(DashboardQueries.TOTAL, l.msg("dashboard.members.byOrg", region.getName()),
                    memberProfilesUrl(region.getId())));
        } else if (region.getLevel() == RegionLevel.COMMUNITY) {
            counts = new HashMap<>();
            for (MemberProfiles.Count c : profiles.byOrgIn(region.getId(), today())) {
                add(counts, c.key(), c);
                add(counts, DashboardQueries.TOTAL, c);
            }
            for (PartyOrg o : orgs.sittingIn(region, scope)) {
                if (counts.containsKey(o.getId())) {
                    lines.add(new Drill(o.getId(), o.getName(), "/orgs/" + o.getId()));
                }
            }
        } else {
            // kept with the box rows: member_profile_rollup is written only by the roll-up's refreshes and
            // rebuild, which write community_box_rollup after it in the same transaction (see V34)
            counts = summaries.kept(boxes, "dashboard-profile", region.getId(),
                    () -> queries.profile(region.getId(), region.getPath(), region.getLevel()));
            lines.addAll(children(region, counts.containsKey(DashboardQueries.OWN), l));
        }
        List<Table> tables = new ArrayList<>();
        for (String dimension : MemberProfiles.DIMENSIONS) {
            List<String> buckets = buckets(dimension);
            List<String> columns = buckets.stream().map(b -> l.bucket(dimension, b)).toList();
            Function<Long, List<BigDecimal>> values = key -> buckets.stream()
                    .map(b -> n(counts.getOrDefault(key, Map.of()).getOrDefault(dimension, Map.of()).getOrDefault(b, 0L)))
                    .toList();
            boolean gender = dimension.equals("GENDER");
            tables.add(new Table("members-" + dimension.toLowerCase(Locale.ROOT),
                    l.msg("dashboard.members." + dimension.toLowerCase(Locale.ROOT)), gender ? "pie" : "bar", !gender,
                    gender, columns, all(columns.size()),
                    lines.stream().map(d -> new Line(d.label(), d.href(), values.apply(d.key()))).toList(),
                    new Line(l.total(), null, values.apply(DashboardQueries.TOTAL))));
        }
        return tables;
    }

    private static void add(Map<Long, Map<String, Map<String, Long>>> counts, long key, MemberProfiles.Count c) {
        counts.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(c.dimension(), k -> new HashMap<>())
                .merge(c.bucket(), c.members(), Long::sum);
    }

    private static List<String> buckets(String dimension) {
        return switch (dimension) {
            case "STATUS" -> MemberProfiles.STATUSES.stream().map(MemberStatus::name).toList();
            case "AGE" -> MemberProfiles.AGE_BANDS;
            case "EDUCATION" -> Arrays.stream(Education.values()).map(Enum::name).toList();
            case "OCCUPATION" -> Arrays.stream(Occupation.values()).map(Enum::name).toList();
            case "GENDER" -> Arrays.stream(Gender.values()).map(Enum::name).toList();
            default -> throw new IllegalArgumentException(dimension);
        };
    }

    // ---------------------------------------------------------------- 2. development

    private List<Table> development(Region region, Scope scope, DashboardQueries.Side side, Optional<Boxes> boxes,
            Labels l) {
        // a community lists its organizations' stages, counted from the records; kept with the rows: the members'
        // statuses, dates and steps queue the region (V16, V18), an organization's name moves the mark (V35)
        StagePage page = summaries.kept(boxes, "dashboard-development", region.getId(),
                () -> development.stages(region.getId(), scope, side.stages()));
        List<String> stages = List.of("applicants", "activists", "candidates", "admission", "probationary");
        List<String> columns = new ArrayList<>(stages.stream().map(s -> l.msg("dashboard.development." + s)).toList());
        columns.add(l.msg("dashboard.development.awaiting"));
        columns.add(l.msg("dashboard.development.due"));
        columns.add(l.msg("dashboard.development.overdue"));
        List<Line> lines = page.rows().stream().map(c -> new Line(c.name(), stageHref(region, c), stageValues(c)))
                .toList();
        StageCounts t = page.total();
        Table funnel = new Table("development-funnel", l.msg("dashboard.development.funnel"), "funnel", false, false,
                List.of(l.msg("dashboard.development.people")), List.of(true),
                List.of(new Line(columns.get(0), null, List.of(n(t.applicants()))),
                        new Line(columns.get(1), null, List.of(n(t.activists()))),
                        new Line(columns.get(2), null, List.of(n(t.candidates()))),
                        new Line(columns.get(3), null, List.of(n(t.admission()))),
                        new Line(columns.get(4), null, List.of(n(t.probationary())))),
                new Line(l.total(), null, List.of(n(t.total()))));
        Table byChild = new Table("development-children", l.msg("dashboard.byChild"), "bar", true, false, columns,
                List.of(true, true, true, true, true, false, false, false), lines,
                new Line(l.total(), null, stageValues(t)));
        return List.of(funnel, byChild);
    }

    private static List<BigDecimal> stageValues(StageCounts c) {
        return List.of(n(c.applicants()), n(c.activists()), n(c.candidates()), n(c.admission()), n(c.probationary()),
                n(c.awaiting()), n(c.due()), n(c.overdue()));
    }

    private static String stageHref(Region region, StageCounts c) {
        if (c.orgId() != null) {
            return "/development?orgId=" + c.orgId();
        }
        if (c.regionId() == null || c.regionId() == region.getId()) {
            return "/regions/" + region.getId();
        }
        return dashboardUrl(c.regionId());
    }

    // ---------------------------------------------------------------- 3. meeting compliance

    private List<Table> compliance(Region region, Scope scope, int year, Optional<Boxes> boxes, Labels l) {
        Map<String, Map<Integer, Rate>> byType = queries.byTypeAndMonth(region.getId(), region.getPath(),
                region.getLevel(), year);
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(l.msg("dashboard.month", m));
        }
        List<Line> typeLines = new ArrayList<>();
        Map<Integer, Rate> allTypes = new HashMap<>();
        for (MeetingType type : MeetingType.values()) {
            Map<Integer, Rate> rates = byType.get(type.name());
            if (rates == null) {
                continue;
            }
            List<BigDecimal> values = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                Rate r = rates.getOrDefault(m, Rate.ZERO);
                values.add(percent(r));
                allTypes.merge(m, r, (a, b) -> new Rate(a.required() + b.required(), a.done() + b.done()));
            }
            typeLines.add(new Line(l.msg("meeting.type." + type.name()), "/regions/" + region.getId() + "/compliance",
                    values));
        }
        List<BigDecimal> allValues = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            allValues.add(percent(allTypes.getOrDefault(m, Rate.ZERO)));
        }
        Table months12 = new Table("compliance-months", l.msg("dashboard.compliance.months", String.valueOf(year)), "line", false,
                false, months, all(12), typeLines, new Line(l.total(), null, allValues));

        List<Line> lines = new ArrayList<>();
        Map<Long, Rate> rates;
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            rates = queries.complianceByOrg(region.getId(), year);
            // the organizations sitting in it, kept with the rows as on the level page (V35); the rates are not
            List<PartyOrg> sitting = summaries.kept(boxes, "orgs-sitting", region.getId(),
                    () -> orgs.sittingIn(region, scope));
            for (PartyOrg o : sitting) {
                Rate r = rates.get(o.getId());
                if (r != null) {
                    lines.add(rateLine(o.getName(), "/orgs/" + o.getId(), r));
                }
            }
        } else {
            rates = queries.complianceByChild(region.getId(), region.getPath(), region.getLevel(), year);
            for (Drill d : children(region, rates.containsKey(DashboardQueries.OWN), l)) {
                lines.add(rateLine(d.label(), d.href(), rates.getOrDefault(d.key(), Rate.ZERO)));
            }
        }
        Table byChild = new Table("compliance-children", l.msg("dashboard.compliance.byChild", String.valueOf(year)), "bar", false,
                false, List.of(l.msg("dashboard.compliance.required"), l.msg("dashboard.compliance.done"),
                        l.msg("dashboard.compliance.rate")), List.of(true, true, false), lines,
                rateLine(l.total(), null, rates.getOrDefault(DashboardQueries.TOTAL, Rate.ZERO)));
        return List.of(months12, byChild);
    }

    private static Line rateLine(String label, String href, Rate r) {
        return new Line(label, href, Arrays.asList(n(r.required()), n(r.done()), percent(r)));
    }

    private static BigDecimal percent(Rate r) {
        return r.required() == 0 ? null
                : BigDecimal.valueOf(r.done()).multiply(HUNDRED).divide(BigDecimal.valueOf(r.required()), 1,
                        RoundingMode.HALF_UP);
    }

    // ---------------------------------------------------------------- 4.–9. the features' own summaries

    private Table coverage(Region region, Scope scope, Optional<Boxes> boxes, Labels l) {
        var summary = boxes.map(b -> summaries.kept(b, "coverage", region.getId(),
                        () -> coverage.summary(region.getId(), scope, b.coverage())))
                .orElseGet(() -> coverage.summary(region.getId(), scope));
        Function<CoverageRow, List<BigDecimal>> values = r -> List.of(n(r.units()), n(r.orgCovered()),
                n(r.workCovered()), n(r.blind()), n(r.alerts()));
        return new Table("coverage", l.msg("dashboard.byChild"), "bar", true, false,
                List.of(l.msg("dashboard.coverage.units"), l.msg("dashboard.coverage.orgCovered"),
                        l.msg("dashboard.coverage.workCovered"), l.msg("dashboard.coverage.blind"),
                        l.msg("dashboard.coverage.alerts")), List.of(false, true, true, true, false),
                summary.rows().stream().map(r -> new Line(r.own() ? l.own(r.region()) : r.region().getName(),
                        drill(region, r.region(), r.own(), "coverage"), values.apply(r))).toList(),
                new Line(l.total(), null, values.apply(summary.total())));
    }

    private Table grid(Region region, Scope scope, DashboardQueries.Side side, Labels l) {
        GapPage page = grids.gaps(region.getId(), scope, side.grid());
        Function<GapCounts, List<BigDecimal>> values = g -> List.of(n(g.grids()), n(g.gridsNoLeader()),
                n(g.gridsNoOrg()), n(g.buildings()), n(g.buildingsNoLeader()), n(g.unitsNoLeader()),
                n(g.cadresLeft()));
        return new Table("grid", l.msg("dashboard.byChild"), "bar", true, false,
                List.of(l.msg("dashboard.grid.grids"), l.msg("dashboard.grid.gridsNoLeader"),
                        l.msg("dashboard.grid.gridsNoOrg"), l.msg("dashboard.grid.buildings"),
                        l.msg("dashboard.grid.buildingsNoLeader"), l.msg("dashboard.grid.unitsNoLeader"),
                        l.msg("dashboard.grid.cadresLeft")), List.of(false, true, true, false, true, true, true),
                page.rows().stream().map(g -> new Line(g.region().getName(),
                        drill(region, g.region(), false, "grids"), values.apply(g))).toList(),
                new Line(l.total(), null, values.apply(page.total())));
    }

    private List<Table> service(Region region, Scope scope, Optional<Boxes> boxes, Labels l) {
        ReportingViews.Summary rs = boxes.map(b -> summaries.kept(b, "reporting", region.getId(),
                        () -> reporting.summary(region.getId(), scope, b.reporting())))
                .orElseGet(() -> reporting.summary(region.getId(), scope));
        Function<ReportingViews.SummaryRow, List<BigDecimal>> rv = r -> List.of(n(r.membersReported()),
                n(r.reReportDue()), n(r.expired()), n(r.servicesThisQuarter()), r.hoursThisQuarter());
        Table reported = new Table("reporting", l.msg("dashboard.service.reporting"), "bar", false, false,
                List.of(l.msg("dashboard.service.reported"), l.msg("dashboard.service.reReportDue"),
                        l.msg("dashboard.service.expired"), l.msg("dashboard.service.services"),
                        l.msg("dashboard.service.serviceHours")), List.of(true, false, false, true, false),
                rs.rows().stream().map(r -> new Line(r.region().getName(), drill(region, r.region(), false,
                        "reporting"), rv.apply(r))).toList(), new Line(l.total(), null, rv.apply(rs.total())));
        VolunteerViews.Summary vs = boxes.map(b -> summaries.kept(b, "volunteers", region.getId(),
                        () -> volunteers.summary(region.getId(), scope, b.volunteers())))
                .orElseGet(() -> volunteers.summary(region.getId(), scope));
        Function<VolunteerViews.SummaryRow, List<BigDecimal>> vv = r -> List.of(n(r.currentVolunteers()),
                n(r.activitiesThisYear()), r.hoursThisQuarter(), r.hoursThisYear());
        Table hours = new Table("volunteers", l.msg("dashboard.service.volunteers"), "bar", false, false,
                List.of(l.msg("dashboard.service.volunteerCount"), l.msg("dashboard.service.activities"),
                        l.msg("dashboard.service.hoursQuarter"), l.msg("dashboard.service.hoursYear")),
                List.of(false, false, true, true),
                vs.rows().stream().map(r -> new Line(r.region().getName(), drill(region, r.region(), false,
                        "volunteers"), vv.apply(r))).toList(), new Line(l.total(), null, vv.apply(vs.total())));
        return List.of(reported, hours);
    }

    private Table workforce(Region region, Scope scope, Optional<Boxes> boxes, Labels l) {
        var summary = boxes.filter(b -> b.termWarningDays() != null)
                .map(b -> summaries.kept(b, "workforce", region.getId(),
                        () -> workforce.summary(region.getId(), scope, b.termWarningDays(), b.workforce())))
                .orElseGet(() -> workforce.summary(region.getId(), scope));
        Function<StructureRow, List<BigDecimal>> values = r -> List.of(n(r.communities()), n(r.headcount()),
                n(r.young()), n(r.old()), n(r.college()), n(r.partyWorkers()), n(r.secretaryVacant()));
        return new Table("workforce", l.msg("dashboard.byChild"), "bar", false, false,
                List.of(l.msg("dashboard.workforce.communities"), l.msg("dashboard.workforce.headcount"),
                        l.msg("dashboard.workforce.young"), l.msg("dashboard.workforce.old"),
                        l.msg("dashboard.workforce.college"), l.msg("dashboard.workforce.partyWorkers"),
                        l.msg("dashboard.workforce.secretaryVacant")),
                List.of(false, true, true, true, true, true, false),
                summary.rows().stream().map(r -> new Line(r.region().getName(), drill(region, r.region(), false,
                        "workers"), values.apply(r))).toList(), new Line(l.total(), null, values.apply(summary.total())));
    }

    private Table funds(Region region, Scope scope, int year, Optional<Boxes> boxes, Labels l) {
        // from the roll-up for this year; another year is counted from the records
        var summary = boxes.flatMap(b -> b.funds(year).map(f -> summaries.kept(b, "funds-" + year, region.getId(),
                        () -> funds.summary(region.getId(), scope, year, f))))
                .orElseGet(() -> funds.summary(region.getId(), scope, year));
        Function<FundsRow, List<BigDecimal>> values = r -> Arrays.asList(r.budget(), r.spent(), r.ratePercent(),
                n(r.communities()), n(r.withoutBudget()), n(r.behind()));
        return new Table("funds", l.msg("dashboard.funds.year", String.valueOf(year)), "bar", false, false,
                List.of(l.msg("dashboard.funds.budget"), l.msg("dashboard.funds.spent"), l.msg("dashboard.funds.rate"),
                        l.msg("dashboard.funds.communities"), l.msg("dashboard.funds.withoutBudget"),
                        l.msg("dashboard.funds.behind")), List.of(true, true, false, false, false, false),
                summary.rows().stream().map(r -> new Line(r.region().getName(), drill(region, r.region(), false,
                        "funds?year=" + year), values.apply(r))).toList(),
                new Line(l.total(), null, values.apply(summary.total())));
    }

    private Table tasks(Region region, Scope scope, Optional<Boxes> boxes, Labels l) {
        // the level page's value (V35)
        var page = summaries.kept(boxes, "tasks", region.getId(), () -> tasks.overdue(region.getId(), scope));
        Function<OverdueRow, List<BigDecimal>> values = r -> List.of(n(r.open() - r.dueSoon() - r.overdue()),
                n(r.dueSoon()), n(r.overdue()), n(r.open()));
        return new Table("tasks", l.msg("dashboard.byChild"), "bar", true, false,
                List.of(l.msg("dashboard.tasks.onTime"), l.msg("dashboard.tasks.dueSoon"),
                        l.msg("dashboard.tasks.overdue"), l.msg("dashboard.tasks.open")),
                List.of(true, true, true, false),
                page.rows().stream().map(r -> new Line(r.region().getName(),
                        r.region().getId().equals(region.getId()) ? "/tasks" : dashboardUrl(r.region().getId()),
                        values.apply(r))).toList(),
                new Line(l.total(), null, values.apply(page.total())));
    }

    // ---------------------------------------------------------------- drill-down

    /** A line's key in the summary maps, label and link. */
    private record Drill(long key, String label, String href) {
    }

    /** The child regions, each to its dashboard, and the region's own organizations when there are any. */
    private List<Drill> children(Region region, boolean own, Labels l) {
        List<Drill> result = new ArrayList<>(regions.children(region).stream()
                .map(c -> new Drill(c.getId(), c.getName(), dashboardUrl(c.getId()))).toList());
        if (own) {
            result.add(new Drill(DashboardQueries.OWN, l.own(region), "/regions/" + region.getId()));
        }
        return result;
    }

    /**
     * Where a feature's row leads: a child region to its dashboard; the region itself (a community's
     * only row, a street's own units) to the feature's page of the region.
     */
    private static String drill(Region region, Region row, boolean own, String feature) {
        return own || row.getId().equals(region.getId()) ? "/regions/" + region.getId() + "/" + feature
                : dashboardUrl(row.getId());
    }

    static String dashboardUrl(long regionId) {
        return "/regions/" + regionId + "/dashboard";
    }

    static String memberProfilesUrl(long regionId) {
        return dashboardUrl(regionId) + "/members";
    }

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    private static List<Boolean> all(int size) {
        return java.util.Collections.nCopies(size, true);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Labels in the user's language. */
    private final class Labels {

        private final Locale locale;

        Labels(Locale locale) {
            this.locale = locale;
        }

        String msg(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String total() {
            return msg("dashboard.total");
        }

        String own(Region region) {
            return msg("dashboard.own", region.getName());
        }

        String bucket(String dimension, String bucket) {
            return dimension.equals("AGE") ? msg("dashboard.age." + bucket)
                    : msg("member." + dimension.toLowerCase(Locale.ROOT) + "." + bucket);
        }
    }
}
