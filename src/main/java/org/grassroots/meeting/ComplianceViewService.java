package org.grassroots.meeting;

import org.grassroots.shared.Pager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.org.OrgRules;
import org.grassroots.org.OrgSetupPolicy;
import org.grassroots.org.OrgType;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes the compliance and reminder pages of a region from the summaries. The region is looked up
 * in the scope first: outside it, every page answers 404.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceViewService {

    static final int OVERDUE_PAGE_SIZE = 50;
    static final int REMINDER_PAGE_SIZE = 20;

    private final RegionService regions;
    private final RequirementPolicy requirements;
    private final ComplianceQueries queries;
    private final ComplianceWindow window;
    private final OrgSetupPolicy orgPolicy;
    private final OrgRules orgRules;

    ComplianceViewService(RegionService regions, RequirementPolicy requirements, ComplianceQueries queries,
            ComplianceWindow window, OrgSetupPolicy orgPolicy, OrgRules orgRules) {
        this.regions = regions;
        this.requirements = requirements;
        this.queries = queries;
        this.window = window;
        this.orgPolicy = orgPolicy;
        this.orgRules = orgRules;
    }

    /** The period a page asks for (the current quarter when none); 404 for keys the summaries cannot answer. */
    PeriodChoice choose(String periodKey) {
        LocalDate today = window.today();
        if (periodKey == null || periodKey.isBlank()) {
            return PeriodChoice.defaultFor(today, window.since());
        }
        PeriodChoice choice = Period.parse(periodKey.trim())
                .map(p -> new PeriodChoice(p, today, window.since()))
                .orElseThrow(() -> new NotFoundException("period", periodKey));
        if (!choice.isAvailable()) {
            throw new NotFoundException("period", periodKey);
        }
        return choice;
    }

    // ---------------------------------------------------------------- compliance per child

    ComplianceViews.CompliancePage compliance(long regionId, String periodKey, Scope scope) {
        Region region = regions.require(regionId, scope);
        PeriodChoice choice = choose(periodKey);
        Period period = choice.chosen();
        // the requirements once a page: the columns of the period and of every glance period come from them
        List<MeetingRequirement> all = requirements.all();
        List<ComplianceViews.Column> columns = columns(all, period);
        List<Long> ids = columns.stream().map(ComplianceViews.Column::requirementId).toList();

        ComplianceViews.RateRow totals;
        List<ComplianceViews.RateRow> children = new ArrayList<>();
        RegionLevel childLevel = region.getLevel().next().orElse(null);
        ComplianceViews.RateRow direct = null;
        if (childLevel != null) {
            Map<Long, Map<Long, ComplianceRate>> byChild = queries.ratesByChild(region.getId(), region.getPath(),
                    region.getLevel(), period.start(), ids, scope);
            for (Region child : regions.children(region)) {
                children.add(new ComplianceViews.RateRow(child.getId(), child.getName(),
                        byChild.getOrDefault(child.getId(), Map.of())));
            }
            Map<Long, ComplianceRate> ownRates = queries.direct(region.getId(), region.getPath(), period.start(), ids,
                    scope);
            ComplianceViews.RateRow own = new ComplianceViews.RateRow(region.getId(), region.getName(), ownRates);
            direct = own.isEmpty() ? null : own;
            // the subtree is the region's own organizations and its children's subtrees
            totals = new ComplianceViews.RateRow(region.getId(), region.getName(), sum(byChild.values(), ownRates));
        } else {
            totals = new ComplianceViews.RateRow(region.getId(), region.getName(),
                    queries.totals(region.getPath(), period.start(), ids, scope));
        }

        List<ComplianceViews.GlanceGroup> glance = new ArrayList<>();
        List<ComplianceViews.OrgRow> orgs = List.of();
        if (childLevel == null || direct != null) {
            for (Period p : choice.glancePeriods()) {
                List<ComplianceViews.GlanceColumn> cols = columns(all, p).stream()
                        .map(c -> new ComplianceViews.GlanceColumn(c, ComplianceViews.PeriodRef.of(p))).toList();
                if (!cols.isEmpty()) {
                    glance.add(new ComplianceViews.GlanceGroup(ComplianceViews.PeriodRef.of(p), cols));
                }
            }
            orgs = orgRows(region, glance, choice.today(), scope);
        }
        return new ComplianceViews.CompliancePage(region, crumbs(region, scope, "compliance", period.key()),
                ComplianceViews.Tabs.of(choice), columns, totals, childLevel, children, direct, glance, orgs);
    }

    /** The figures of {@link #compliance} for other features: the same numbers, without the page's parts. */
    public ComplianceFigures figures(long regionId, String periodKey, Scope scope) {
        ComplianceViews.CompliancePage page = compliance(regionId, periodKey, scope);
        return new ComplianceFigures(page.region().getId(), page.region().getName(), page.tabs().chosen().key(),
                page.tabs().chosen().frequency(), page.tabs().closed(),
                page.columns().stream().map(c -> new ComplianceFigures.Requirement(c.requirementId(), c.type(),
                        c.frequency(), c.minCount())).toList(),
                row(page.totals()), page.children().stream().map(ComplianceViewService::row).toList(),
                page.direct() == null ? null : row(page.direct()));
    }

    /** The rates of the parts added up per requirement. */
    private static Map<Long, ComplianceRate> sum(Collection<Map<Long, ComplianceRate>> parts,
            Map<Long, ComplianceRate> own) {
        Map<Long, ComplianceRate> total = new HashMap<>(own);
        for (Map<Long, ComplianceRate> part : parts) {
            part.forEach((requirement, rate) -> total.merge(requirement, rate, ComplianceRate::plus));
        }
        return total;
    }

    private static ComplianceFigures.Row row(ComplianceViews.RateRow r) {
        return new ComplianceFigures.Row(r.regionId(), r.name(), Map.copyOf(r.rates()));
    }

    /** The requirements counted in a period: those of its frequency in force for all of it. */
    private static List<ComplianceViews.Column> columns(List<MeetingRequirement> all, Period period) {
        return all.stream()
                .filter(r -> r.getFrequency() == period.frequency() && r.inForce(period))
                .sorted(Comparator.comparing(MeetingRequirement::getMeetingType))
                .map(ComplianceViews.Column::of)
                .toList();
    }

    private List<ComplianceViews.OrgRow> orgRows(Region region, List<ComplianceViews.GlanceGroup> glance,
            LocalDate today, Scope scope) {
        List<ComplianceViews.GlanceColumn> cols = glance.stream().flatMap(g -> g.columns().stream()).toList();
        Map<String, ComplianceViews.GlanceColumn> byKey = cols.stream()
                .collect(Collectors.toMap(ComplianceViews.GlanceColumn::key, Function.identity()));
        Set<Long> ids = cols.stream().map(c -> c.requirement().requirementId()).collect(Collectors.toSet());
        Set<LocalDate> starts = cols.stream().map(c -> c.period().start()).collect(Collectors.toSet());
        Map<Long, ComplianceViews.OrgRow> rows = new LinkedHashMap<>();
        for (ComplianceQueries.StatusRow s : queries.statusesSittingIn(region.getId(), ids, starts, scope)) {
            ComplianceViews.GlanceColumn col = byKey.get(ComplianceViews.GlanceColumn.key(s.requirementId(),
                    s.periodStart()));
            if (col == null) {
                continue;
            }
            Period period = new Period(col.requirement().frequency(), col.period().start());
            ComplianceViews.OrgRow row = rows.computeIfAbsent(s.orgId(),
                    id -> new ComplianceViews.OrgRow(id, s.name(), s.type(), new HashMap<>()));
            row.cells().put(col.key(), new ComplianceViews.Cell(
                    RequirementPolicy.status(s.expected(), s.held(), period, today), s.held(), s.expected()));
        }
        return List.copyOf(rows.values());
    }

    // ---------------------------------------------------------------- drill-down

    ComplianceViews.OverduePage overdue(long regionId, String periodKey, long requirementId, int page, Scope scope) {
        return overdue(regionId, periodKey, requirementId, page, scope, OVERDUE_PAGE_SIZE);
    }

    /** The drill-down with pages of the given size (the page uses {@link #OVERDUE_PAGE_SIZE}). */
    ComplianceViews.OverduePage overdue(long regionId, String periodKey, long requirementId, int page, Scope scope,
            int pageSize) {
        Region region = regions.require(regionId, scope);
        PeriodChoice choice = choose(periodKey);
        Period period = choice.chosen();
        ComplianceViews.Column column = columns(requirements.all(), period).stream()
                .filter(c -> c.requirementId() == requirementId).findFirst()
                .orElseThrow(() -> new NotFoundException("meeting_requirement", requirementId));
        List<ComplianceViews.OverdueOrg> orgs = List.of();
        Pager pager = new Pager(0, pageSize, 0);
        // while the period is open nobody is overdue yet: the organizations behind are still due
        if (choice.isClosed()) {
            List<ComplianceQueries.RegionBehind> byRegion = queries.behindByRegion(region.getPath(), requirementId,
                    period.start(), scope);
            long total = byRegion.stream().mapToLong(ComplianceQueries.RegionBehind::behind).sum();
            pager = new Pager(clampPage(page, total, pageSize), pageSize, total);
            orgs = overduePage(byRegion, region.getPath(), requirementId, period.start(), scope, pager);
        }
        return new ComplianceViews.OverduePage(region, crumbs(region, scope, "compliance", period.key()),
                ComplianceViews.Tabs.of(choice), column, orgs, pager);
    }

    /**
     * One page of the owing organizations: only the regions whose counts cover the page's rows are read,
     * from the first row of the first of them. The regions come in the order the page lists by (their
     * paths), so the rows are those of the whole subtree's list at the page's offset.
     */
    private List<ComplianceViews.OverdueOrg> overduePage(List<ComplianceQueries.RegionBehind> byRegion,
            String regionPath, long requirementId, LocalDate periodStart, Scope scope, Pager pager) {
        long offset = pager.offset();
        long end = offset + pager.size();
        long before = 0;
        long firstRow = 0;
        List<Long> regionIds = new ArrayList<>();
        for (ComplianceQueries.RegionBehind r : byRegion) {
            long after = before + r.behind();
            if (after > offset && before < end) {
                if (regionIds.isEmpty()) {
                    firstRow = before;
                }
                regionIds.add(r.regionId());
            }
            before = after;
        }
        return queries.behindIn(regionIds, regionPath, requirementId, periodStart, scope, pager.size(),
                (int) (offset - firstRow));
    }

    // ---------------------------------------------------------------- reminders

    /** The counts a level page shows in its reminder box. */
    public ReminderSummary reminderSummary(Region region, Scope scope) {
        return queries.summary(region.getId(), region.getPath(), reminderParams(window.today()), scope);
    }

    /**
     * The reminder counts (due soon, overdue, term) of the open organizations sitting in each of the
     * given regions (every region when null), as of today: what the level roll-up keeps per region.
     */
    public Map<Long, long[]> reminderCountsByRegion(Collection<Long> regionIds) {
        return queries.countsByRegion(regionIds, reminderParams(window.today()));
    }

    /** A region's reminder box from counts summed over its subtree elsewhere. */
    public ReminderSummary reminderSummary(long regionId, long dueSoon, long overdue, long terms) {
        ReminderWindow w = ReminderWindow.on(window.today());
        return new ReminderSummary(regionId, dueSoon, overdue, terms, w.dueDays(), w.overdueMonths(),
                orgRules.termWarningMonths());
    }

    ComplianceViews.RemindersPage reminders(long regionId, ReminderKind show, int page, Scope scope) {
        return reminders(regionId, show, page, scope, window.today());
    }

    /** The reminders as they stand on a given day (the pages use today). */
    ComplianceViews.RemindersPage reminders(long regionId, ReminderKind show, int page, Scope scope,
            LocalDate today) {
        Region region = regions.require(regionId, scope);
        ComplianceQueries.ReminderParams params = reminderParams(today);
        ReminderSummary summary = queries.summary(region.getId(), region.getPath(), params, scope);
        long total = queries.countReminded(region.getPath(), params, show, scope);
        Pager pager = new Pager(clampPage(page, total, REMINDER_PAGE_SIZE),
                REMINDER_PAGE_SIZE, total);
        List<ComplianceQueries.RemindedOrg> orgs = queries.remindedOrgs(region.getPath(), params, show, scope,
                pager.size(), pager.offset());
        Map<Long, List<ComplianceQueries.BehindRow>> behind = queries
                .behindRows(orgs.stream().map(ComplianceQueries.RemindedOrg::id).toList(), params).stream()
                .collect(Collectors.groupingBy(ComplianceQueries.BehindRow::orgId));
        ReminderWindow w = params.window();
        List<ComplianceViews.ReminderOrg> rows = orgs.stream().map(o -> reminderOrg(o,
                behind.getOrDefault(o.id(), List.of()), w, params.termHorizon())).toList();
        return new ComplianceViews.RemindersPage(region, crumbs(region, scope, "reminders", null), summary, show,
                rows, pager);
    }

    private ComplianceQueries.ReminderParams reminderParams(LocalDate today) {
        ReminderWindow w = ReminderWindow.on(today);
        List<Long> ids = requirements.all().stream().map(MeetingRequirement::getId).toList();
        List<OrgType> termTypes = java.util.Arrays.stream(OrgType.values()).filter(orgPolicy::hasTerm).toList();
        return new ComplianceQueries.ReminderParams(w, ids, orgRules.termWarningMonths(), termTypes);
    }

    private ComplianceViews.ReminderOrg reminderOrg(ComplianceQueries.RemindedOrg o,
            List<ComplianceQueries.BehindRow> rows, ReminderWindow w, LocalDate termHorizon) {
        List<ComplianceViews.DueItem> due = new ArrayList<>();
        Map<MeetingType, List<ComplianceViews.PeriodRef>> overdue = new TreeMap<>();
        for (ComplianceQueries.BehindRow r : rows) {
            Period period = new Period(r.frequency(), r.periodStart());
            if (w.isDueSoon(r.periodEnd())) {
                due.add(new ComplianceViews.DueItem(r.type(), ComplianceViews.PeriodRef.of(period), r.held(),
                        r.expected(), ChronoUnit.DAYS.between(w.today(), r.periodEnd())));
            } else if (w.isRecentlyClosed(r.periodEnd())) {
                overdue.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(ComplianceViews.PeriodRef.of(period));
            }
        }
        due.sort(Comparator.comparingLong(ComplianceViews.DueItem::daysLeft)
                .thenComparing(ComplianceViews.DueItem::type));
        ComplianceViews.TermNotice term = null;
        if (o.termEnd() != null && orgPolicy.hasTerm(o.type()) && !o.termEnd().isAfter(termHorizon)) {
            boolean expired = o.termEnd().isBefore(w.today());
            term = new ComplianceViews.TermNotice(o.termEnd(),
                    Math.abs(ChronoUnit.DAYS.between(w.today(), o.termEnd())), expired);
        }
        List<ComplianceViews.OverdueGroup> groups = overdue.entrySet().stream()
                .map(e -> new ComplianceViews.OverdueGroup(e.getKey(), e.getValue())).toList();
        return new ComplianceViews.ReminderOrg(o.id(), o.name(), o.type(), o.regionName(), due, groups, term);
    }

    // ---------------------------------------------------------------- shared

    /** The region's ancestors, each linking to the same page of that region when the user may open it. */
    private List<ComplianceViews.Crumb> crumbs(Region region, Scope scope, String page, String periodKey) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new ComplianceViews.Crumb(r.getName(), scope.coversRegion(r.getPath())
                        ? "/regions/" + r.getId() + "/" + page + (periodKey == null ? "" : "?period=" + periodKey)
                        : null))
                .toList();
    }

    private static int clampPage(int page, long total, int size) {
        int last = (int) Math.max(0, (total - 1) / size);
        return Math.max(0, Math.min(page, last));
    }
}
