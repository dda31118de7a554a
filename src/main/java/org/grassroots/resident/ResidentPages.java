package org.grassroots.resident;

import org.grassroots.shared.Pager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.org.OrgService;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.resident.ResidentViews.Crumb;
import org.grassroots.resident.ResidentViews.ReportView;
import org.grassroots.resident.ResidentViews.ReportedPage;
import org.grassroots.resident.ResidentViews.ReportedRow;
import org.grassroots.resident.ResidentViews.ResidentSummary;
import org.grassroots.resident.ResidentViews.SummaryRow;
import org.grassroots.resident.ResidentViews.UnitListPage;
import org.grassroots.resident.ResidentViews.UnitPage;
import org.grassroots.resident.ResidentViews.UnitRow;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the resident unit pages, and the reporting figures and lists the level pages show:
 * {@link #summary} per child region and {@link #reportedTo} for a community.
 */
@Service
@Transactional(readOnly = true)
public class ResidentPages {

    static final int PAGE_SIZE = 20;

    private final ResidentUnitService units;
    private final UnitReportService reports;
    private final ResidentQueries queries;
    private final RegionService regions;
    private final OrgService orgs;
    private final ObjectProvider<ResidentUnitSection> sections;

    ResidentPages(ResidentUnitService units, UnitReportService reports, ResidentQueries queries,
            RegionService regions, OrgService orgs, ObjectProvider<ResidentUnitSection> sections) {
        this.sections = sections;
        this.units = units;
        this.reports = reports;
        this.queries = queries;
        this.regions = regions;
        this.orgs = orgs;
    }

    /** The units registered in the region's subtree, the region's figures and, for a community, its reported units. */
    public UnitListPage list(long regionId, UnitSearch search, Scope scope) {
        Region region = regions.require(regionId, scope);
        long total = queries.countUnits(region.getPath(), search);
        Pager pager = Pager.of(search.getPage(), PAGE_SIZE, total);
        List<UnitRow> rows = queries.units(region.getPath(), search, pager.size(), pager.offset());
        ReportedPage reported = region.getLevel() == RegionLevel.COMMUNITY
                ? reportedTo(region, search.getRpage()) : null;
        boolean canAdd = region.getLevel() == RegionLevel.STREET || region.getLevel() == RegionLevel.COMMUNITY;
        return new UnitListPage(region, crumbs(region, scope), search, rows, pager, summary(region), reported, canAdd);
    }

    /**
     * Reporting figures per child region for the level pages. For a community: one row, itself. For a
     * street: one row per community and a row of its own for the units sitting directly in the street
     * (its reported figures are zero: reports go to communities). For a district or the city: one row
     * per child. The total counts each reported unit once, so it may be less than the rows' sum when a
     * street-level unit reports to several communities.
     */
    public ResidentSummary summary(long regionId, Scope scope) {
        return summary(regions.require(regionId, scope));
    }

    /**
     * The subtree's figures without a row per child, for a page that shows only the total (the upper
     * level pages): two statements over the subtree instead of four.
     */
    public ResidentSummary total(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        return new ResidentSummary(region, List.of(), totalRow(region));
    }

    /** The units reported to the community (open reports), awaiting receipt first; 20 a page. */
    public ReportedPage reportedTo(long communityId, Scope scope, int page) {
        Region community = regions.require(communityId, scope);
        if (community.getLevel() != RegionLevel.COMMUNITY) {
            throw new NotFoundException("community", communityId);
        }
        return reportedTo(community, page);
    }

    /** The unit page: details, its Party organization, and its reports to communities in scope. */
    public UnitPage unit(long id, Scope scope) {
        ResidentUnit unit = units.requireVisible(id, scope);
        Region seat = regions.findById(unit.getRegionId()).orElseThrow();
        String orgName = unit.getPartyOrgName();
        boolean orgLinked = false;
        if (unit.getPartyOrgId() != null) {
            Optional<PartyOrg> org = orgs.byIds(List.of(unit.getPartyOrgId())).stream().findFirst();
            orgName = org.map(PartyOrg::getName).orElse(null);
            orgLinked = org.map(o -> scope.coversOrg(o.getPath(), o.getRegionPath())).orElse(false);
        }
        List<UnitReport> unitReports = reports.reportsOf(unit, scope);
        Map<Long, String> communityNames = regions.byIds(unitReports.stream().map(UnitReport::getCommunityId)
                .distinct().toList()).stream().collect(java.util.stream.Collectors.toMap(Region::getId, Region::getName));
        List<ReportView> views = unitReports.stream()
                .map(r -> new ReportView(r, communityNames.getOrDefault(r.getCommunityId(), "")))
                .toList();
        boolean writable = units.isWritable(unit, scope);
        List<ResidentUnitSection.Section> extra = sections.orderedStream()
                .flatMap(s -> s.sectionFor(unit, scope, writable).stream()).toList();
        return new UnitPage(unit, seat, crumbs(seat, scope), orgName, orgLinked, writable, views, units.today(),
                extra);
    }

    List<Crumb> crumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId() : null))
                .toList();
    }

    private ResidentSummary summary(Region region) {
        SummaryRow total = totalRow(region);
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            // a community has no region under it: its one row is the total
            return new ResidentSummary(region, List.of(total), total);
        }
        Map<Long, ResidentQueries.Counts> counts = queries.byChild(region.getPath(), region.getLevel());
        List<SummaryRow> rows = new ArrayList<>();
        regions.children(region).forEach(child -> rows.add(row(child, false, counts)));
        if (region.getLevel() == RegionLevel.STREET) {
            rows.add(row(region, true, counts));
        }
        return new ResidentSummary(region, rows, total);
    }

    private SummaryRow totalRow(Region region) {
        ResidentQueries.Counts t = queries.total(region.getPath());
        return new SummaryRow(region, false, t.units(), t.reportedUnits(), t.awaitingReceipt());
    }

    private static SummaryRow row(Region region, boolean own, Map<Long, ResidentQueries.Counts> counts) {
        ResidentQueries.Counts c = counts.getOrDefault(region.getId(), new ResidentQueries.Counts(0, 0, 0));
        return new SummaryRow(region, own, c.units(), c.reportedUnits(), c.awaitingReceipt());
    }

    private ReportedPage reportedTo(Region community, int page) {
        Pager pager = Pager.of(page, PAGE_SIZE, queries.countReportedTo(community.getId()));
        List<ResidentQueries.ReportedUnit> found = queries.reportedTo(community.getId(), pager.size(), pager.offset());
        Map<Long, UnitReport> byId = reports.byIds(found.stream().map(ResidentQueries.ReportedUnit::reportId).toList());
        List<ReportedRow> rows = found.stream()
                .map(f -> new ReportedRow(byId.get(f.reportId()), f.unitId(), f.unitName(), f.kind(), f.seatName(),
                        f.streetLevel(), f.orgName()))
                .toList();
        return new ReportedPage(community, rows, pager, units.today());
    }
}
