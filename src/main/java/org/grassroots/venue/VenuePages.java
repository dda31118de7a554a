package org.grassroots.venue;

import org.grassroots.shared.Pager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Scope;
import org.grassroots.venue.VenueViews.CommunityCheck;
import org.grassroots.venue.VenueViews.Crumb;
import org.grassroots.venue.VenueViews.Filter;
import org.grassroots.venue.VenueViews.ListPage;
import org.grassroots.venue.VenueViews.Summary;
import org.grassroots.venue.VenueViews.SummaryRow;
import org.grassroots.venue.VenueViews.VenuePage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the venue pages, the warnings per community, and the per-child summary a level page may show. */
@Service
@Transactional(readOnly = true)
public class VenuePages {

    private final VenueService venues;
    private final VenueQueries queries;
    private final RegionService regions;
    private final VenueRules rules;

    VenuePages(VenueService venues, VenueQueries queries, RegionService regions, VenueRules rules) {
        this.venues = venues;
        this.queries = queries;
        this.regions = regions;
        this.rules = rules;
    }

    /**
     * The venues kept in the region's subtree (a street: its own and its communities'), 20 a page,
     * with the summary; for a street or a community also each community's warnings, and for a
     * community the venues kept elsewhere that serve it.
     */
    public ListPage list(long regionId, String q, Filter filter, int page, Scope scope) {
        Region region = regions.require(regionId, scope);
        String text = q == null || q.isBlank() ? null : q.trim();
        Filter f = filter == null ? Filter.OPEN : filter;
        Pager pager = Pager.of(page, queries.count(region.getPath(), text, f));
        List<CommunityCheck> checks = checks(queries.served(region.getPath()));
        boolean keeper = VenueService.keepsVenues(region);
        return new ListPage(region, crumbs(region, scope), keeper, text, f,
                queries.list(region.getPath(), text, f, pager.size(), pager.offset()), pager,
                summaryOf(region, checks), keeper ? checks : List.of(),
                region.getLevel() == RegionLevel.COMMUNITY ? queries.servingFromElsewhere(region.getId()) : List.of());
    }

    public VenuePage venue(long id, Scope scope) {
        ServiceVenue v = venues.require(id, scope);
        Region keeper = regions.require(v.getRegionId(), scope);
        List<CommunityCheck> circle = checks(queries.servedAmong(new ArrayList<>(v.getCircle())));
        return new VenuePage(v, keeper, crumbs(keeper, scope), circle, rules.areaPerHundredHouseholds());
    }

    /**
     * Per child region (a community: itself), the venues a street keeps itself, and the total: open
     * venues kept there, their area, and the communities without a serving venue or below the area
     * standard ({@code grassroots.venue.area-per-hundred-households}).
     */
    public Summary summary(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        return summaryOf(region, checks(queries.served(region.getPath())));
    }

    /**
     * 有场所议事 for every community under the region, in one query: households, serving venues, their
     * area, the area required and the warnings ({@link VenueWarning#NO_VENUE}, {@link VenueWarning#BELOW_STANDARD}).
     */
    public List<CommunityCheck> venueFacts(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        return checks(queries.served(region.getPath()));
    }

    /**
     * The same summary from the figures of every community in the region's subtree, as
     * {@link #figuresByCommunity} counted them (the venues kept are still read).
     */
    public Summary summary(long regionId, Scope scope, List<VenueFigures> figures) {
        Region region = regions.require(regionId, scope);
        return summaryOf(region, checks(figures));
    }

    /**
     * The total of {@link #summary(long, Scope, List)} without a row per child, for a page that shows only
     * the total (the upper level pages): the venues kept and their area added up by the database.
     */
    public Summary total(long regionId, Scope scope, List<VenueFigures> figures) {
        Region region = regions.require(regionId, scope);
        List<CommunityCheck> checks = checks(figures);
        VenueQueries.KeptTotal kept = queries.keptTotal(region.getPath());
        // the scale of the rows added up from 0.0, as the per-child summary adds them
        BigDecimal area = kept.area().setScale(Math.max(1, kept.area().scale()), RoundingMode.UNNECESSARY);
        return new Summary(region, rules.areaPerHundredHouseholds(), List.of(), null, new SummaryRow(region,
                kept.venues(), area, checks.stream().filter(c -> c.warned(VenueWarning.NO_VENUE)).count(),
                checks.stream().filter(c -> c.warned(VenueWarning.BELOW_STANDARD)).count()));
    }

    /** 有场所议事 from the figures of every community in the region's subtree, as {@link #venueFacts}. */
    public List<CommunityCheck> venueFacts(long regionId, Scope scope, List<VenueFigures> figures) {
        regions.require(regionId, scope);
        return checks(figures);
    }

    /**
     * The households, serving venues and area share of the communities among the regions (every
     * community when null), by the statement of the box, for the roll-up.
     */
    public List<VenueFigures> figuresByCommunity(Collection<Long> regionIds) {
        return queries.servedAmongRegions(regionIds);
    }

    private Summary summaryOf(Region region, List<CommunityCheck> checks) {
        List<VenueQueries.Kept> kept = queries.kept(region.getPath());
        List<Region> children = region.getLevel() == RegionLevel.COMMUNITY ? List.of(region)
                : regions.children(region);
        Map<Long, List<VenueQueries.Kept>> keptByChild = region.byChild(kept, VenueQueries.Kept::keeperPath);
        Map<Long, List<CommunityCheck>> checksByChild = region.byChild(checks, CommunityCheck::path);
        List<SummaryRow> rows = children.stream().map(child -> row(child,
                keptByChild.getOrDefault(child.getId(), List.of()),
                checksByChild.getOrDefault(child.getId(), List.of()))).toList();
        SummaryRow direct = region.getLevel() != RegionLevel.STREET ? null : row(region,
                kept.stream().filter(k -> k.keeperPath().equals(region.getPath())).toList(), List.of());
        return new Summary(region, rules.areaPerHundredHouseholds(), rows, direct, row(region, kept, checks));
    }

    private List<CommunityCheck> checks(List<VenueFigures> served) {
        BigDecimal perHundred = rules.areaPerHundredHouseholds();
        return served.stream().map(s -> new CommunityCheck(s.communityId(), s.name(), s.path(), s.households(),
                s.venues(), s.area().setScale(1, RoundingMode.HALF_UP),
                VenueStandard.requiredArea(s.households(), perHundred),
                VenueStandard.warnings(s.venues(), s.households(), s.area(), perHundred))).toList();
    }

    private static SummaryRow row(Region region, List<VenueQueries.Kept> kept, List<CommunityCheck> checks) {
        return new SummaryRow(region, kept.size(),
                kept.stream().map(VenueQueries.Kept::area).reduce(new BigDecimal("0.0"), BigDecimal::add),
                checks.stream().filter(c -> c.warned(VenueWarning.NO_VENUE)).count(),
                checks.stream().filter(c -> c.warned(VenueWarning.BELOW_STANDARD)).count());
    }

    private List<Crumb> crumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId() : null))
                .toList();
    }
}
