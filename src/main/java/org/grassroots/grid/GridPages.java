package org.grassroots.grid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.grid.GridViews.CadreView;
import org.grassroots.grid.GridViews.GapCounts;
import org.grassroots.grid.GridViews.GapPage;
import org.grassroots.grid.GridViews.NodePage;
import org.grassroots.grid.GridViews.NodeView;
import org.grassroots.grid.GridViews.TreePage;
import org.grassroots.org.OrgService;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Masking;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the grid pages: a community's tree, one node, and the gaps of a region. */
@Service
@Transactional(readOnly = true)
public class GridPages {

    private final GridService grids;
    private final GridQueries queries;
    private final GapQueries gapQueries;
    private final RegionService regions;
    private final OrgService orgs;
    private final GridRules rules;

    GridPages(GridService grids, GridQueries queries, GapQueries gapQueries, RegionService regions, OrgService orgs,
            GridRules rules) {
        this.grids = grids;
        this.queries = queries;
        this.gapQueries = gapQueries;
        this.regions = regions;
        this.orgs = orgs;
        this.rules = rules;
    }

    public TreePage tree(long communityId, Scope scope) {
        Region community = grids.requireCommunity(communityId, scope);
        List<GridNode> all = grids.treeOf(community);
        Map<Long, List<GridCadre>> cadresByNode = grids.cadresIn(community).stream()
                .collect(Collectors.groupingBy(GridCadre::getNodeId));
        Context ctx = context(community, all, cadresByNode.values().stream().flatMap(List::stream).toList());
        Map<Long, List<GridNode>> byParent = all.stream().filter(n -> n.getParentId() != null)
                .collect(Collectors.groupingBy(GridNode::getParentId, LinkedHashMap::new, Collectors.toList()));
        List<NodeView> views = all.stream().filter(n -> n.getKind() == GridKind.GRID)
                .sorted(Comparator.comparing(GridNode::isClosed).thenComparing(GridNode::getName))
                .map(g -> view(g, byParent, cadresByNode, ctx, true)).toList();
        long gapCount = countGaps(views);
        return new TreePage(community, crumbs(community, scope), views, rules.maxHouseholds(), gapCount);
    }

    public NodePage node(long id, Scope scope) {
        GridNode node = grids.require(id, scope);
        Region community = grids.requireCommunity(node.getCommunityId(), scope);
        List<GridNode> children = grids.children(node);
        List<GridCadre> cadres = new ArrayList<>(grids.cadresOf(node));
        Map<Long, List<GridCadre>> cadresByNode = new HashMap<>();
        cadresByNode.put(node.getId(), cadres);
        for (GridNode c : children) {
            cadresByNode.put(c.getId(), grids.cadresOf(c));
        }
        List<GridNode> all = new ArrayList<>(children);
        all.add(node);
        Context ctx = context(community, all, cadresByNode.values().stream().flatMap(List::stream).toList());
        Map<Long, List<GridNode>> byParent = Map.of(node.getId(), children);
        NodeView view = view(node, byParent, cadresByNode, ctx, false);
        List<CadreView> all2 = cadres.stream().map(c -> cadreView(c, ctx)).toList();
        return new NodePage(community, crumbs(community, scope), grids.lineage(node), view,
                all2.stream().filter(CadreView::current).toList(),
                all2.stream().filter(c -> !c.current()).toList());
    }

    public GapPage gaps(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        LocalDate today = grids.today();
        List<GridViews.GapRow> gaps = gapQueries.gaps(region.getPath(), today);
        List<GapQueries.Totals> totals = gapQueries.totals(region.getPath(), today);
        Map<Long, Region> children = new LinkedHashMap<>();
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            children.put(region.getId(), region);
        } else {
            regions.children(region).forEach(r -> children.put(r.getId(), r));
        }
        Map<Long, Long> childOfCommunity = new HashMap<>();
        for (GapQueries.Totals t : totals) {
            Long child = switch (region.getLevel()) {
                case COMMUNITY, STREET -> t.communityId();
                case DISTRICT -> t.streetId();
                case CITY -> t.districtId();
            };
            childOfCommunity.put(t.communityId(), child);
        }
        List<GapCounts> rows = children.values().stream().map(child -> {
            Set<Long> communities = childOfCommunity.entrySet().stream()
                    .filter(e -> Objects.equals(e.getValue(), child.getId())).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            return counts(child, communities, gaps, totals);
        }).toList();
        GapCounts total = counts(region, childOfCommunity.keySet(), gaps, totals);
        return new GapPage(region, crumbs(region, scope), rows, total,
                region.getLevel() == RegionLevel.COMMUNITY ? gaps : List.of());
    }

    private List<GridViews.Crumb> crumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new GridViews.Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId()
                        : null))
                .toList();
    }

    /**
     * The gap figures of a region from figures already added up per child region (the level roll-up,
     * keyed by the child's id; a community's own figures keyed by its id): the counts only, without the
     * gap rows, which a community's grid-gap page lists from its nodes as above.
     */
    public GapPage gaps(long regionId, Scope scope, Map<Long, GridFigures> byChild) {
        Region region = regions.require(regionId, scope);
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            GapCounts own = counts(region, byChild.getOrDefault(region.getId(), GridFigures.ZERO));
            return new GapPage(region, crumbs(region, scope), List.of(own), own, List.of());
        }
        List<GapCounts> rows = regions.children(region).stream()
                .map(child -> counts(child, byChild.getOrDefault(child.getId(), GridFigures.ZERO))).toList();
        GridFigures total = byChild.values().stream().reduce(GridFigures.ZERO, GridFigures::plus);
        return new GapPage(region, crumbs(region, scope), rows, counts(region, total), List.of());
    }

    /**
     * The figures of each community with open grid nodes among the given regions (every community when
     * null; other regions are skipped), counted as {@link #gaps(long, Scope)} counts them, on today.
     */
    public List<GridFigures.OfCommunity> figuresByCommunity(Collection<Long> regionIds) {
        return gapQueries.figures(regionIds, grids.today());
    }

    private static GapCounts counts(Region region, Set<Long> communities, List<GridViews.GapRow> gaps,
            List<GapQueries.Totals> totals) {
        Map<GridViews.Gap, Long> byGap = gaps.stream().filter(g -> communities.contains(g.communityId()))
                .collect(Collectors.groupingBy(GridViews.GapRow::gap, Collectors.counting()));
        List<GapQueries.Totals> mine = totals.stream().filter(t -> communities.contains(t.communityId())).toList();
        return counts(region, new GridFigures(mine.stream().mapToLong(GapQueries.Totals::grids).sum(),
                byGap.getOrDefault(GridViews.Gap.GRID_NO_LEADER, 0L),
                byGap.getOrDefault(GridViews.Gap.GRID_NO_ORG, 0L),
                mine.stream().mapToLong(GapQueries.Totals::buildings).sum(),
                byGap.getOrDefault(GridViews.Gap.BUILDING_NO_LEADER, 0L),
                byGap.getOrDefault(GridViews.Gap.UNIT_NO_LEADER, 0L),
                byGap.getOrDefault(GridViews.Gap.CADRE_LEFT, 0L),
                mine.stream().mapToLong(GapQueries.Totals::gridsWithOrg).sum(),
                mine.stream().mapToLong(GapQueries.Totals::buildingsWithLeader).sum()));
    }

    private static GapCounts counts(Region region, GridFigures f) {
        return new GapCounts(region, f.grids(), f.gridsNoLeader(), f.gridsNoOrg(), f.buildings(),
                f.buildingsNoLeader(), f.unitsNoLeader(), f.cadresLeft(), f.gridsWithOrg(), f.buildingsWithLeader());
    }

    // ---------------------------------------------------------------- tree building

    private record Context(long communityId, LocalDate today, Map<Long, String> orgNames,
            Map<Long, GridQueries.Person> people) {
    }

    private Context context(Region community, List<GridNode> nodes, List<GridCadre> cadres) {
        List<Long> orgIds = nodes.stream().map(GridNode::getPartyOrgId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> orgNames = orgIds.isEmpty() ? Map.of() : orgs.byIds(orgIds).stream()
                .collect(Collectors.toMap(PartyOrg::getId, PartyOrg::getName));
        Set<Long> memberIds = cadres.stream().map(GridCadre::getMemberId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Context(community.getId(), grids.today(), orgNames, queries.people(memberIds));
    }

    private NodeView view(GridNode node, Map<Long, List<GridNode>> byParent, Map<Long, List<GridCadre>> cadresByNode,
            Context ctx, boolean deep) {
        List<GridNode> kids = byParent.getOrDefault(node.getId(), List.of());
        List<NodeView> children = kids.stream()
                .sorted(Comparator.comparing(GridNode::isClosed).thenComparing(GridNode::getName))
                .map(k -> deep ? view(k, byParent, cadresByNode, ctx, true)
                        : view(k, Map.of(), cadresByNode, ctx, false))
                .toList();
        List<CadreView> current = cadresByNode.getOrDefault(node.getId(), List.of()).stream()
                .filter(c -> c.isCurrentOn(ctx.today())).map(c -> cadreView(c, ctx)).toList();
        List<String> gaps = new ArrayList<>();
        if (!node.isClosed()) {
            CadreRole leader = switch (node.getKind()) {
                case GRID -> CadreRole.GRID_LEADER;
                case BUILDING -> CadreRole.BUILDING_LEADER;
                case UNIT -> CadreRole.UNIT_LEADER;
            };
            if (current.stream().noneMatch(c -> c.cadre().getRole() == leader)) {
                gaps.add("grid.gap." + node.getKind() + "_NO_LEADER");
            }
            if (node.getKind() == GridKind.GRID && node.getPartyOrgId() == null
                    && kids.stream().noneMatch(k -> !k.isClosed() && k.getPartyOrgId() != null)) {
                gaps.add("grid.gap.GRID_NO_ORG");
            }
            if (current.stream().anyMatch(CadreView::left)) {
                gaps.add("grid.gap.CADRE_LEFT");
            }
        }
        boolean overMax = node.getKind() == GridKind.GRID && node.getHouseholds() > rules.maxHouseholds();
        return new NodeView(node, node.getPartyOrgId() == null ? null : ctx.orgNames().get(node.getPartyOrgId()), current, gaps, overMax, children);
    }

    private static CadreView cadreView(GridCadre c, Context ctx) {
        boolean current = c.isCurrentOn(ctx.today());
        if (c.getMemberId() == null) {
            return new CadreView(c, c.getResidentName(), c.getResidentPhoneMasked(), false, current, false);
        }
        GridQueries.Person p = ctx.people().get(c.getMemberId());
        String name = p == null ? "" : p.name();
        String phone = p == null ? "" : Masking.phone(p.phone());
        boolean left = p == null || !p.belongsTo(ctx.communityId());
        return new CadreView(c, name, phone, true, current, left);
    }

    private static long countGaps(List<NodeView> views) {
        return views.stream().mapToLong(v -> v.gaps().size() + countGaps(v.children())).sum();
    }
}
