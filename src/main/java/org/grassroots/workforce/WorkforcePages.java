package org.grassroots.workforce;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Pager;
import org.grassroots.shared.Scope;
import org.grassroots.workforce.WorkforceViews.Check;
import org.grassroots.workforce.WorkforceViews.CheckRow;
import org.grassroots.workforce.WorkforceViews.CommunityFacts;
import org.grassroots.workforce.WorkforceViews.Crumb;
import org.grassroots.workforce.WorkforceViews.StaffingFact;
import org.grassroots.workforce.WorkforceViews.StructureRow;
import org.grassroots.workforce.WorkforceViews.Summary;
import org.grassroots.workforce.WorkforceViews.TeamFigures;
import org.grassroots.workforce.WorkforceViews.WorkerRow;
import org.grassroots.workforce.WorkforceViews.WorkersPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the worker-team pages, the per-child structure a level page may show, and the 有人管事 facts. */
@Service
@Transactional(readOnly = true)
public class WorkforcePages {

    private final WorkforceService service;
    private final WorkforceQueries queries;
    private final RegionService regions;
    private final WorkforceRules rules;

    WorkforcePages(WorkforceService service, WorkforceQueries queries, RegionService regions, WorkforceRules rules) {
        this.service = service;
        this.queries = queries;
        this.regions = regions;
        this.rules = rules;
    }

    /**
     * A community: its structure, checks and roster (serving posts, or every post with {@code former},
     * filtered by name). A street, district or the city: the structure per child region and the
     * communities that lack something.
     */
    public WorkersPage workers(long regionId, Scope scope, String q, boolean former, int page, int checkPage) {
        Region region = regions.require(regionId, scope);
        LocalDate today = service.today();
        List<CommunityFacts> facts = queries.facts(region.getPath(), today, rules.termWarningDays());
        Summary summary = summaryOf(region, facts);
        List<CheckRow> allChecks = facts.stream().filter(f -> !f.checks().isEmpty())
                .map(f -> new CheckRow(f.communityId(), f.name(), f.checks())).toList();
        Pager checkPager = Pager.of(checkPage, allChecks.size());
        List<CheckRow> checks = allChecks.subList(checkPager.offset(),
                Math.min(allChecks.size(), checkPager.offset() + checkPager.size()));
        boolean community = region.getLevel() == RegionLevel.COMMUNITY;
        String query = q == null ? "" : q.trim();
        List<WorkerRow> roster = List.of();
        Pager rosterPager = Pager.of(0, 0);
        if (community) {
            List<WorkerRow> all = service.rosterOf(region.getId()).stream()
                    .filter(w -> former || w.isCurrentOn(today) || w.getStartOn().isAfter(today))
                    .filter(w -> query.isEmpty() || w.getName().contains(query))
                    .map(w -> row(w, today)).toList();
            rosterPager = Pager.of(page, all.size());
            roster = all.subList(rosterPager.offset(), Math.min(all.size(), rosterPager.offset() + rosterPager.size()));
        }
        return new WorkersPage(region, crumbs(region, scope), community, summary, checks, checkPager, roster,
                rosterPager, query, former, rules.termWarningDays());
    }

    /** Every post of a community in scope, for the export: serving first. */
    public List<WorkerRow> roster(long communityId, Scope scope) {
        Region community = service.requireCommunity(communityId, scope);
        LocalDate today = service.today();
        return service.rosterOf(community.getId()).stream().map(w -> row(w, today)).toList();
    }

    /**
     * The team structure per child region (a community: itself) and in total, for the level pages
     * (fragment {@code workforce/fragments :: summary(page)}): headcount of serving posts, average age,
     * shares 35 and under / over 55 / with 大专 or more, full-time Party workers per community, staff per
     * 10,000 residents against the city's target, and the communities with each check.
     */
    public Summary summary(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        return summaryOf(region, queries.facts(region.getPath(), service.today(), rules.termWarningDays()));
    }

    /**
     * 有人管事 for every community under the region, in one query: the serving secretary and how many
     * full-time Party workers (专职党务工作者) serve today; met when there is a secretary and at least one.
     */
    public List<StaffingFact> staffing(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        return queries.staffing(region.getPath(), service.today());
    }

    /**
     * The same structure added up from the facts of every community in the region's subtree, as
     * {@link #figuresByCommunity} counted them with {@code termWarningDays}; counted from the records
     * when the days have been changed since.
     */
    public Summary summary(long regionId, Scope scope, int termWarningDays, List<CommunityFacts> facts) {
        if (termWarningDays != rules.termWarningDays()) {
            return summary(regionId, scope);
        }
        return summaryOf(regions.require(regionId, scope), facts);
    }

    /**
     * The team facts and the 有人管事 fact of the communities among the regions (every community when
     * null), each by its own statement as the boxes count them, for the roll-up.
     */
    public List<TeamFigures> figuresByCommunity(Collection<Long> regionIds) {
        LocalDate today = service.today();
        int days = rules.termWarningDays();
        Map<Long, StaffingFact> staffing = new HashMap<>();
        queries.staffing(regionIds, today).forEach(s -> staffing.put(s.communityId(), s));
        return queries.facts(regionIds, today, days).stream()
                .map(f -> new TeamFigures(days, f, staffing.get(f.communityId()))).toList();
    }

    private Summary summaryOf(Region region, List<CommunityFacts> facts) {
        List<Region> children = region.getLevel() == RegionLevel.COMMUNITY ? List.of(region)
                : regions.children(region);
        Map<Long, List<CommunityFacts>> byChild = region.byChild(facts, CommunityFacts::path);
        List<StructureRow> rows = children.stream()
                .map(child -> StructureRow.of(child, byChild.getOrDefault(child.getId(), List.of()))).toList();
        return new Summary(region, rules.workersPerTenThousand(), rules.termWarningDays(), rows,
                StructureRow.of(region, facts));
    }

    private WorkerRow row(CommunityWorker w, LocalDate today) {
        boolean current = w.isCurrentOn(today);
        Check flag = null;
        if (current && w.getRole() == WorkerRole.FIRST_SECRETARY && w.getTermEndOn() != null) {
            if (w.getTermEndOn().isBefore(today)) {
                flag = Check.TERM_ENDED;
            } else if (!w.getTermEndOn().isAfter(today.plusDays(rules.termWarningDays()))) {
                flag = Check.TERM_ENDING;
            }
        }
        return new WorkerRow(w, today.getYear() - w.getBirthYear(), current, flag);
    }

    private List<Crumb> crumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId() : null))
                .toList();
    }
}
