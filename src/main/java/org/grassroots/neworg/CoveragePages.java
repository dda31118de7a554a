package org.grassroots.neworg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.neworg.NewOrgViews.CommunityCoverage;
import org.grassroots.neworg.NewOrgViews.CoveragePage;
import org.grassroots.neworg.NewOrgViews.CoverageRow;
import org.grassroots.neworg.NewOrgViews.CoverageSummary;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage of "two new" organizations by Party building, for the coverage page and the level
 * pages: {@link #summary} per child region with the total, and {@link #byCommunity} for a regional
 * overview. Only open units count.
 */
@Service
@Transactional(readOnly = true)
public class CoveragePages {

    private static final NewOrgQueries.Counts NONE = new NewOrgQueries.Counts(0, 0, 0, 0, 0, 0);

    private final NewOrgQueries queries;
    private final RegionService regions;
    private final NewOrgPages pages;

    CoveragePages(NewOrgQueries queries, RegionService regions, NewOrgPages pages) {
        this.queries = queries;
        this.regions = regions;
        this.pages = pages;
    }

    /**
     * Coverage per child region: for a community one row, itself; for a street one row per community
     * and its own row for units in none of them; for a district or the city one row per child. The
     * total is the whole subtree. The region must be in scope (otherwise 404).
     */
    public CoverageSummary summary(long regionId, Scope scope) {
        return summary(regions.require(regionId, scope));
    }

    /**
     * The same summary from figures already counted per region where units sit (the level roll-up): the
     * figures of every such region in the region's subtree, as {@link #figuresByRegion} counts them.
     */
    public CoverageSummary summary(long regionId, Scope scope, List<CoverageFigures> figures) {
        Region region = regions.require(regionId, scope);
        Map<Long, NewOrgQueries.Counts> counts = new HashMap<>();
        NewOrgQueries.Counts total = NONE;
        for (CoverageFigures f : figures) {
            NewOrgQueries.Counts c = new NewOrgQueries.Counts(f.units(), f.orgCovered(), f.workCovered(), f.blind(),
                    f.alerts(), f.scattered());
            Long key = switch (region.getLevel()) {
                case CITY -> f.districtId();
                case DISTRICT -> f.streetId();
                case STREET, COMMUNITY -> f.regionId();
            };
            counts.merge(key, c, CoveragePages::plus);
            total = plus(total, c);
        }
        return summary(region, counts, total);
    }

    /**
     * The coverage figures of each region among the given regions (all when null) where open units sit,
     * counted as {@link #summary(long, Scope)} counts them.
     */
    public List<CoverageFigures> figuresByRegion(Collection<Long> regionIds) {
        return queries.byRegion(regionIds);
    }

    private static NewOrgQueries.Counts plus(NewOrgQueries.Counts a, NewOrgQueries.Counts b) {
        return new NewOrgQueries.Counts(a.units() + b.units(), a.orgCovered() + b.orgCovered(),
                a.workCovered() + b.workCovered(), a.blind() + b.blind(), a.alerts() + b.alerts(),
                a.scattered() + b.scattered());
    }

    /** Per community of the region's subtree that has open units: units, coverage counts, alerts. */
    public List<CommunityCoverage> byCommunity(long regionId, Scope scope) {
        return queries.byCommunity(regions.require(regionId, scope).getPath());
    }

    CoveragePage page(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        return new CoveragePage(region, pages.crumbs(region, scope), summary(region));
    }

    private CoverageSummary summary(Region region) {
        return summary(region, queries.byChild(region.getPath(), region.getLevel()), queries.total(region.getPath()));
    }

    private CoverageSummary summary(Region region, Map<Long, NewOrgQueries.Counts> counts, NewOrgQueries.Counts t) {
        List<CoverageRow> rows = new ArrayList<>();
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            rows.add(row(region, false, counts));
        } else {
            regions.children(region).forEach(child -> rows.add(row(child, false, counts)));
            if (region.getLevel() == RegionLevel.STREET) {
                rows.add(row(region, true, counts));
            }
        }
        return new CoverageSummary(region, rows, new CoverageRow(region, false, t.units(), t.orgCovered(),
                t.workCovered(), t.blind(), t.alerts(), t.scattered()));
    }

    private static CoverageRow row(Region region, boolean own, Map<Long, NewOrgQueries.Counts> counts) {
        NewOrgQueries.Counts c = counts.getOrDefault(region.getId(), NONE);
        return new CoverageRow(region, own, c.units(), c.orgCovered(), c.workCovered(), c.blind(), c.alerts(),
                c.scattered());
    }
}
