package org.grassroots.readiness;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.funds.FundsPages;
import org.grassroots.funds.FundsViews.CommunityFunds;
import org.grassroots.funds.FundsViews.FundingFact;
import org.grassroots.readiness.ReadinessViews.CommunityReadiness;
import org.grassroots.readiness.ReadinessViews.Crumb;
import org.grassroots.readiness.ReadinessViews.ListPage;
import org.grassroots.readiness.ReadinessViews.Summary;
import org.grassroots.readiness.ReadinessViews.SummaryRow;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.regional.RegionalPages;
import org.grassroots.regional.RegionalViews.CommunityTie;
import org.grassroots.regional.RegionalViews.SeatFigures;
import org.grassroots.shared.Pager;
import org.grassroots.shared.Scope;
import org.grassroots.venue.VenueFigures;
import org.grassroots.venue.VenuePages;
import org.grassroots.venue.VenueViews.CommunityCheck;
import org.grassroots.workforce.WorkforcePages;
import org.grassroots.workforce.WorkforceViews.StaffingFact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三有一化 per community, from the four features' facts (each asked once per request, set-based), rolled
 * up per child region for the level pages and listed with filter, search and paging.
 */
@Service
@Transactional(readOnly = true)
public class ReadinessPages {

    private final RegionService regions;
    private final WorkforcePages workforce;
    private final FundsPages funds;
    private final VenuePages venues;
    private final RegionalPages regional;

    ReadinessPages(RegionService regions, WorkforcePages workforce, FundsPages funds, VenuePages venues,
            RegionalPages regional) {
        this.regions = regions;
        this.workforce = workforce;
        this.funds = funds;
        this.venues = venues;
        this.regional = regional;
    }

    /**
     * For the level pages (fragment {@code readiness/fragments :: summary(page)}): per child region (a
     * community: itself) and in total, the communities and how many meet 有人管事, 有钱办事 (this year),
     * 有场所议事, 区域化 and all four, with rates; for a community also its own four answers.
     */
    public Summary summary(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        int year = funds.yearOr(null);
        return summaryOf(region, year, communities(region, scope, year));
    }

    /**
     * The same summary from the facts of every community in the region's subtree as the features count
     * them for the roll-up: the staffing, this year's funds, the venues and the streets' and communities'
     * own regional figures (each community's tie: see {@link RegionalPages#communityTies(long, Scope, List)}).
     */
    public Summary summary(long regionId, Scope scope, List<StaffingFact> staffing, List<CommunityFunds> money,
            List<VenueFigures> place, List<SeatFigures> seats) {
        Region region = regions.require(regionId, scope);
        int year = funds.yearOr(null);
        // only a community's page shows a community's reasons: the upper pages count the verdicts
        return summaryOf(region, year, communities(staffing, funds.funding(regionId, scope, year, money),
                venues.venueFacts(regionId, scope, place), regional.communityTies(regionId, scope, seats),
                region.getLevel() == RegionLevel.COMMUNITY));
    }

    /** Every community under the region (in scope) with its four answers for this year, in one pass. */
    public List<CommunityReadiness> byCommunity(long regionId, Scope scope) {
        return communities(regions.require(regionId, scope), scope, funds.yearOr(null));
    }

    /** The communities in the region, filtered ({@code lacking} null: every one) and searched by name, 20 a page. */
    ListPage list(long regionId, Scope scope, Lacking lacking, String q, int page) {
        Region region = regions.require(regionId, scope);
        int year = funds.yearOr(null);
        List<CommunityReadiness> all = communities(region, scope, year);
        String text = q == null || q.isBlank() ? null : q.trim();
        List<CommunityReadiness> found = filter(all, lacking, text);
        Pager pager = Pager.of(page, found.size());
        List<CommunityReadiness> rows = found.subList(pager.offset(),
                Math.min(found.size(), pager.offset() + pager.size()));
        return new ListPage(region, crumbs(region, scope), summaryOf(region, year, all), lacking, text, rows, pager);
    }

    /** The whole filtered list, for the export. */
    List<CommunityReadiness> export(long regionId, Scope scope, Lacking lacking, String q) {
        Region region = regions.require(regionId, scope);
        String text = q == null || q.isBlank() ? null : q.trim();
        return filter(communities(region, scope, funds.yearOr(null)), lacking, text);
    }

    Region region(long regionId, Scope scope) {
        return regions.require(regionId, scope);
    }

    private static List<CommunityReadiness> filter(List<CommunityReadiness> all, Lacking lacking, String text) {
        return all.stream().filter(c -> lacking == null || lacking.matches(c))
                .filter(c -> text == null || c.name().contains(text)).toList();
    }

    /** Every community under the region with its four answers; each feature's facts are read once. */
    private List<CommunityReadiness> communities(Region region, Scope scope, int year) {
        long id = region.getId();
        return communities(workforce.staffing(id, scope), funds.funding(id, scope, year),
                venues.venueFacts(id, scope), regional.communityTies(id, scope), true);
    }

    /** reasons: each answer with its reasons; otherwise the verdicts alone (no reasons), for sums. */
    private static List<CommunityReadiness> communities(List<StaffingFact> staffing, List<FundingFact> funding,
            List<CommunityCheck> checks, List<CommunityTie> communityTies, boolean reasons) {
        Map<Long, FundingFact> money = byId(funding, FundingFact::communityId);
        Map<Long, CommunityCheck> place = byId(checks, CommunityCheck::communityId);
        Map<Long, CommunityTie> ties = byId(communityTies, CommunityTie::communityId);
        if (!reasons) {
            return staffing.stream().map(s -> new CommunityReadiness(s.communityId(), s.name(), s.path(),
                    ReadinessPolicy.verdict(Indicator.PEOPLE, ReadinessPolicy.peopleMet(s)),
                    ReadinessPolicy.verdict(Indicator.MONEY, ReadinessPolicy.moneyMet(money.get(s.communityId()))),
                    ReadinessPolicy.verdict(Indicator.PLACE, ReadinessPolicy.placeMet(place.get(s.communityId()))),
                    ReadinessPolicy.verdict(Indicator.REGIONAL,
                            ReadinessPolicy.regionalMet(ties.get(s.communityId()))))).toList();
        }
        return staffing.stream().map(s -> new CommunityReadiness(s.communityId(), s.name(), s.path(),
                ReadinessPolicy.people(s), ReadinessPolicy.money(money.get(s.communityId())),
                ReadinessPolicy.place(place.get(s.communityId())),
                ReadinessPolicy.regional(ties.get(s.communityId())))).toList();
    }

    private Summary summaryOf(Region region, int year, List<CommunityReadiness> all) {
        boolean community = region.getLevel() == RegionLevel.COMMUNITY;
        List<Region> children = community ? List.of(region) : regions.children(region);
        Map<Long, List<CommunityReadiness>> byChild = region.byChild(all, CommunityReadiness::path);
        List<SummaryRow> rows = children.stream()
                .map(child -> row(child, byChild.getOrDefault(child.getId(), List.of()))).toList();
        CommunityReadiness own = community ? all.stream().filter(c -> c.communityId() == region.getId())
                .findFirst().orElse(null) : null;
        return new Summary(region, year, rows, row(region, all), own);
    }

    private static SummaryRow row(Region region, List<CommunityReadiness> list) {
        return new SummaryRow(region, list.size(),
                list.stream().filter(c -> c.people().met()).count(),
                list.stream().filter(c -> c.money().met()).count(),
                list.stream().filter(c -> c.place().met()).count(),
                list.stream().filter(c -> c.regional().met()).count(),
                list.stream().filter(CommunityReadiness::all).count());
    }

    private static <T> Map<Long, T> byId(List<T> facts, Function<T, Long> id) {
        return facts.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    private List<Crumb> crumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId() : null))
                .toList();
    }
}
