package org.grassroots.neworg;

import java.util.List;
import java.util.Optional;
import org.grassroots.neworg.NewOrgViews.Crumb;
import org.grassroots.neworg.NewOrgViews.DetailPage;
import org.grassroots.neworg.NewOrgViews.LinkedMember;
import org.grassroots.neworg.NewOrgViews.ListPage;
import org.grassroots.neworg.NewOrgViews.NewOrgRow;
import org.grassroots.neworg.NewOrgViews.PartyMemberChoice;
import org.grassroots.org.OrgService;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Pager;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the registry list, the export rows and the page of one unit. */
@Service
@Transactional(readOnly = true)
class NewOrgPages {

    /** An export carries at most this many rows. */
    static final int MAX_EXPORT = 10_000;

    private final NewOrgService units;
    private final NewOrgHistory history;
    private final NewOrgQueries queries;
    private final RegionService regions;
    private final OrgService orgs;

    NewOrgPages(NewOrgService units, NewOrgHistory history, NewOrgQueries queries, RegionService regions,
            OrgService orgs) {
        this.units = units;
        this.history = history;
        this.queries = queries;
        this.regions = regions;
        this.orgs = orgs;
    }

    ListPage list(long regionId, NewOrgSearch search, Scope scope) {
        Region region = regions.require(regionId, scope);
        Pager pager = Pager.of(search.getPage(), queries.count(region.getPath(), search));
        List<NewOrgRow> rows = queries.rows(region.getPath(), search, pager.size(), pager.offset());
        return new ListPage(region, crumbs(region, scope), search, rows, pager);
    }

    List<NewOrgRow> export(long regionId, NewOrgSearch search, Scope scope) {
        Region region = regions.require(regionId, scope);
        return queries.rows(region.getPath(), search, MAX_EXPORT, 0);
    }

    DetailPage detail(long id, Scope scope) {
        NewOrg unit = units.require(id, scope);
        Region street = regions.findById(unit.getStreetId()).orElseThrow();
        Region community = unit.getCommunityId() == null ? null
                : regions.findById(unit.getCommunityId()).orElseThrow();
        Optional<PartyOrg> org = unit.getPartyOrgId() == null ? Optional.empty()
                : orgs.byIds(List.of(unit.getPartyOrgId())).stream().findFirst();
        boolean orgOpen = org.map(o -> !o.isClosed()).orElse(false);
        CoveragePolicy policy = units.policy();
        Coverage coverage = CoveragePolicy.coverage(unit.getCoverageMode(), orgOpen);
        boolean alert = policy.shouldEstablishBranch(unit.getFullMembersEmployed(), unit.getCoverageMode(), orgOpen);
        boolean scattered = CoveragePolicy.builtThenScattered(history.modes(id), coverage);
        long jointUnits = units.jointUnits(unit);
        List<LinkedMember> linked = history.links(id).stream()
                .map(l -> new LinkedMember(l.memberId(), l.name(), l.orgName(), l.linkedOn(),
                        scope.coversOrg(l.orgPath(), l.orgRegionPath())))
                .toList();
        List<PartyMemberChoice> choices = units.memberChoices(unit, scope).stream()
                .filter(m -> linked.stream().noneMatch(l -> l.memberId() == m.getId()))
                .map(m -> new PartyMemberChoice(m.getId(), m.getName())).toList();
        Region place = community != null ? community : street;
        return new DetailPage(unit, street, community, crumbs(place, scope), org.map(PartyOrg::getName).orElse(null),
                org.map(o -> scope.coversOrg(o.getPath(), o.getRegionPath())).orElse(false), coverage, alert,
                scattered, jointUnits, policy.jointBranchOverLimit(jointUnits), policy.rules().jointBranchMaxUnits(),
                policy.rules().branchThresholdMembers(), history.moves(id), history.coverages(id), linked, choices);
    }

    List<Crumb> crumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId() : null))
                .toList();
    }
}
