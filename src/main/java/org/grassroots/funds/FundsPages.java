package org.grassroots.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.grassroots.funds.FundsViews.CategoryRow;
import org.grassroots.funds.FundsViews.CommunityFunds;
import org.grassroots.funds.FundsViews.Crumb;
import org.grassroots.funds.FundsViews.FundingFact;
import org.grassroots.funds.FundsViews.FundsPage;
import org.grassroots.funds.FundsViews.FundsRow;
import org.grassroots.funds.FundsViews.LackRow;
import org.grassroots.funds.FundsViews.SpendingRow;
import org.grassroots.funds.FundsViews.Summary;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Pager;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the funds pages, the per-child figures a level page may show, and the 有钱办事 facts. */
@Service
@Transactional(readOnly = true)
public class FundsPages {

    private final FundsService service;
    private final FundsQueries queries;
    private final RegionService regions;
    private final FundsRules rules;

    FundsPages(FundsService service, FundsQueries queries, RegionService regions, FundsRules rules) {
        this.service = service;
        this.queries = queries;
        this.regions = regions;
        this.rules = rules;
    }

    /** The year asked for, or this year; kept between 2000 and 2100. */
    public int yearOr(Integer year) {
        int y = year == null ? service.today().getYear() : year;
        return Math.max(2000, Math.min(2100, y));
    }

    /**
     * A community: its figures, budget lines, execution per category and the year's spending (paged).
     * Above: the figures per child region and the communities without a budget or behind schedule.
     */
    public FundsPage page(long regionId, Scope scope, Integer year, int page, int lackPage) {
        Region region = regions.require(regionId, scope);
        int y = yearOr(year);
        List<CommunityFunds> facts = queries.facts(region.getPath(), y);
        Summary summary = summaryOf(region, y, facts);
        BigDecimal expected = FundsPolicy.expectedShare(y, service.today());
        List<LackRow> allLacks = facts.stream()
                .filter(f -> !f.budgeted() || !FundsPolicy.onTrack(f.budget(), f.spent(), expected,
                        rules.onTrackTolerance()))
                .map(f -> new LackRow(f.communityId(), f.name(), !f.budgeted(),
                        FundsPolicy.percent(FundsPolicy.rate(f.budget(), f.spent()))))
                .toList();
        Pager lackPager = Pager.of(lackPage, allLacks.size());
        List<LackRow> lacks = allLacks.subList(lackPager.offset(),
                Math.min(allLacks.size(), lackPager.offset() + lackPager.size()));
        int thisYear = service.today().getYear();
        List<Integer> years = IntStream.rangeClosed(thisYear - 4, thisYear + 1).boxed()
                .sorted((a, b) -> b - a).toList();
        boolean community = region.getLevel() == RegionLevel.COMMUNITY;
        if (!community) {
            return new FundsPage(region, crumbs(region, scope), y, years, false, summary, List.of(), List.of(), null,
                    false, List.of(), Pager.of(0, 0), lacks, lackPager);
        }
        List<FundBudget> lines = service.linesOf(region.getId(), y);
        List<FundSpending> entries = service.spendingOf(region.getId(), y);
        List<CategoryRow> categories = categories(lines, entries);
        Set<FundCategory> budgeted = lines.stream().map(FundBudget::getCategory).collect(Collectors.toSet());
        Pager pager = Pager.of(page, entries.size());
        List<SpendingRow> rows = entries.subList(pager.offset(), Math.min(entries.size(), pager.offset()
                + pager.size())).stream().map(s -> new SpendingRow(s, !budgeted.contains(s.getCategory()))).toList();
        CategoryRow total = new CategoryRow(null, sum(lines.stream().map(FundBudget::getAmount).toList()),
                sum(entries.stream().map(FundSpending::getAmount).toList()));
        boolean onTrack = FundsPolicy.onTrack(total.budget(), total.spent(), expected, rules.onTrackTolerance());
        return new FundsPage(region, crumbs(region, scope), y, years, true, summary, lines, categories, total,
                onTrack, rows, pager, lacks, lackPager);
    }

    /**
     * The funds of the year per child region (a community: itself) and in total, for the level pages
     * (fragment {@code funds/fragments :: summary(page)}): budget, spent, execution rate, spending on
     * serving the masses per resident, communities without a budget line and communities behind schedule.
     */
    public Summary summary(long regionId, Scope scope, int year) {
        Region region = regions.require(regionId, scope);
        return summaryOf(region, year, queries.facts(region.getPath(), year));
    }

    /**
     * 有钱办事 for every community under the region, in one query: the year's budget, spending, rate,
     * the elapsed share of the year and the tolerance; met when a budget is in place and on track.
     */
    public List<FundingFact> funding(long regionId, Scope scope, int year) {
        Region region = regions.require(regionId, scope);
        return fundingOf(year, queries.facts(region.getPath(), year));
    }

    private List<FundingFact> fundingOf(int year, List<CommunityFunds> facts) {
        BigDecimal expected = FundsPolicy.expectedShare(year, service.today());
        BigDecimal tolerance = rules.onTrackTolerance();
        return facts.stream().map(f -> new FundingFact(f.communityId(), f.name(),
                f.path(), f.budget(), f.spent(), FundsPolicy.rate(f.budget(), f.spent()), expected, tolerance,
                f.budgeted(), f.budgeted() && FundsPolicy.onTrack(f.budget(), f.spent(), expected, tolerance)))
                .toList();
    }

    /**
     * The same funds added up from the facts of every community in the region's subtree for the year,
     * as {@link #figuresByCommunity} counted them.
     */
    public Summary summary(long regionId, Scope scope, int year, List<CommunityFunds> facts) {
        return summaryOf(regions.require(regionId, scope), year, facts);
    }

    /** 有钱办事 from the facts of every community in the region's subtree for the year, as {@link #funding}. */
    public List<FundingFact> funding(long regionId, Scope scope, int year, List<CommunityFunds> facts) {
        regions.require(regionId, scope);
        return fundingOf(year, facts);
    }

    /**
     * The year's funds of the communities among the regions (every community when null), by the
     * statement of the boxes, for the roll-up.
     */
    public List<CommunityFunds> figuresByCommunity(Collection<Long> regionIds, int year) {
        return queries.facts(regionIds, year);
    }

    /** Every spending entry of a community's year, for the export. */
    List<FundSpending> allSpending(long communityId, int year) {
        return service.spendingOf(communityId, year);
    }

    private Summary summaryOf(Region region, int year, List<CommunityFunds> facts) {
        BigDecimal expected = FundsPolicy.expectedShare(year, service.today());
        List<Region> children = region.getLevel() == RegionLevel.COMMUNITY ? List.of(region)
                : regions.children(region);
        Map<Long, List<CommunityFunds>> byChild = region.byChild(facts, CommunityFunds::path);
        List<FundsRow> rows = children.stream()
                .map(child -> row(child, byChild.getOrDefault(child.getId(), List.of()), expected)).toList();
        return new Summary(region, year, FundsPolicy.percent(expected), FundsPolicy.percent(rules.onTrackTolerance()),
                rows, row(region, facts, expected));
    }

    private FundsRow row(Region region, List<CommunityFunds> facts, BigDecimal expected) {
        long behind = facts.stream().filter(f -> f.budgeted()
                && !FundsPolicy.onTrack(f.budget(), f.spent(), expected, rules.onTrackTolerance())).count();
        return new FundsRow(region, facts.size(), facts.stream().filter(f -> !f.budgeted()).count(), behind,
                sum(facts.stream().map(CommunityFunds::budget).toList()),
                sum(facts.stream().map(CommunityFunds::spent).toList()),
                sum(facts.stream().map(CommunityFunds::massesSpent).toList()),
                facts.stream().mapToLong(CommunityFunds::residents).sum());
    }

    static List<CategoryRow> categories(List<FundBudget> lines, List<FundSpending> entries) {
        Map<FundCategory, BigDecimal> budget = new EnumMap<>(FundCategory.class);
        Map<FundCategory, BigDecimal> spent = new EnumMap<>(FundCategory.class);
        lines.forEach(l -> budget.merge(l.getCategory(), l.getAmount(), BigDecimal::add));
        entries.forEach(e -> spent.merge(e.getCategory(), e.getAmount(), BigDecimal::add));
        List<CategoryRow> rows = new ArrayList<>();
        for (FundCategory c : FundCategory.values()) {
            rows.add(new CategoryRow(c, budget.getOrDefault(c, ZERO), spent.getOrDefault(c, ZERO)));
        }
        return rows;
    }

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(ZERO, BigDecimal::add);
    }

    private List<Crumb> crumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId() : null))
                .toList();
    }

    LocalDate today() {
        return service.today();
    }
}
