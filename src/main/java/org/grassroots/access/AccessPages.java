package org.grassroots.access;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.grassroots.access.AccessViews.AccessRow;
import org.grassroots.access.AccessViews.BurdenPage;
import org.grassroots.access.AccessViews.BurdenRow;
import org.grassroots.access.AccessViews.Crumb;
import org.grassroots.access.AccessViews.DetailPage;
import org.grassroots.access.AccessViews.ListPage;
import org.grassroots.access.AccessViews.MonthCell;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Pager;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the registry pages: a street's list, a community's approved items, one request, and the burden. */
@Service
@Transactional(readOnly = true)
public class AccessPages {

    static final int MAX_EXPORT = 50_000;
    private static final int MAX_QUERY = 100;

    private final AccessService service;
    private final AccessQueries queries;
    private final RegionService regions;
    private final AccessPolicy policy;

    AccessPages(AccessService service, AccessQueries queries, RegionService regions, AccessPolicy policy) {
        this.service = service;
        this.queries = queries;
        this.regions = regions;
        this.policy = policy;
    }

    /** The filters as typed: unknown values are ignored and named in filterError. */
    record Params(String q, String status, String kind, String month, int page) {
    }

    // ---------------------------------------------------------------- lists

    /** A street's registry, or a community's approved items; any other level answers 404. */
    public ListPage list(long regionId, Params params, Scope scope) {
        Region region = listRegion(regionId, scope);
        Parsed parsed = parse(region, params);
        long total = queries.count(parsed.filter());
        Pager pager = Pager.of(params.page(), total);
        List<AccessRow> rows = queries.rows(parsed.filter(), pager.offset(), pager.size());
        AccessQueries.Filter f = parsed.filter();
        return new ListPage(region, region.getLevel() == RegionLevel.COMMUNITY, crumbs(region, scope), rows, pager,
                f.q(), f.status(), f.kind(), f.month(), parsed.error());
    }

    /** The whole filtered list for the Excel export (at most {@link #MAX_EXPORT} rows). */
    public List<AccessRow> exportRows(long regionId, Params params, Scope scope) {
        Region region = listRegion(regionId, scope);
        return queries.rows(parse(region, params).filter(), 0, MAX_EXPORT);
    }

    /** Any region in scope (the list answers for streets and communities, the burden for every level). */
    public Region region(long regionId, Scope scope) {
        return regions.require(regionId, scope);
    }

    public Region listRegion(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        if (region.getLevel() != RegionLevel.STREET && region.getLevel() != RegionLevel.COMMUNITY) {
            throw new NotFoundException("street or community", regionId);
        }
        return region;
    }

    private record Parsed(AccessQueries.Filter filter, String error) {
    }

    private static Parsed parse(Region region, Params p) {
        String error = null;
        AccessStatus status = null;
        AccessKind kind = null;
        YearMonth month = null;
        boolean community = region.getLevel() == RegionLevel.COMMUNITY;
        try {
            status = p.status() == null || community ? null : AccessStatus.valueOf(p.status().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error = "access.filter.unknown";
        }
        try {
            kind = p.kind() == null ? null : AccessKind.valueOf(p.kind().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error = "access.filter.unknown";
        }
        try {
            month = p.month() == null ? null : YearMonth.parse(p.month());
        } catch (DateTimeParseException e) {
            error = "access.filter.badMonth";
        }
        String q = p.q() == null || p.q().isBlank() ? null : p.q().trim();
        if (q != null && q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        AccessQueries.Filter filter = community
                ? new AccessQueries.Filter(null, region.getId(), q, null, kind, month)
                : new AccessQueries.Filter(region.getId(), null, q, status, kind, month);
        return new Parsed(filter, error);
    }

    // ---------------------------------------------------------------- one request

    public DetailPage detail(long id, Scope scope) {
        AccessRequest request = service.requireVisible(id, scope);
        Region street = regions.findById(request.getStreetId())
                .orElseThrow(() -> new NotFoundException("region", request.getStreetId()));
        boolean manage = scope.coversRegion(street.getPath());
        List<Region> targets = regions.byIds(request.getCommunityIds()).stream()
                .sorted(Comparator.comparing(Region::getCode)).toList();
        Region home = manage ? street : targets.stream().filter(c -> scope.coversRegion(c.getPath())).findFirst()
                .orElse(street);
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        return new DetailPage(request, street, targets, manage, crumbs(home, scope),
                java.time.LocalDateTime.ofInstant(request.getRegisteredAt(), zone).withNano(0),
                request.getDecidedAt() == null ? null
                        : java.time.LocalDateTime.ofInstant(request.getDecidedAt(), zone).withNano(0));
    }

    // ---------------------------------------------------------------- burden

    /**
     * The burden of the region's children over the last twelve months, for the burden page and the level
     * pages: a street's communities, a district's streets, a city's districts, a community itself; each row
     * counts the approved items by kind, approved and refused in all, and the communities above
     * {@code grassroots.access.monthly-limit} approved items in at least one month. Items count once per
     * community addressed, in the month of their requested date.
     */
    public BurdenPage burden(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        List<YearMonth> months = AccessPolicy.window(service.today());
        List<AccessQueries.MonthCount> counts = queries.counts(region.getPath(), months.get(0),
                months.get(months.size() - 1));
        List<AccessQueries.Community> communities = queries.communities(region.getPath());
        Map<Long, Region> children = new LinkedHashMap<>();
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            children.put(region.getId(), region);
        } else {
            regions.children(region).forEach(r -> children.put(r.getId(), r));
        }
        Map<Long, Long> childOf = new HashMap<>();
        for (AccessQueries.Community c : communities) {
            Long child = switch (region.getLevel()) {
                case COMMUNITY, STREET -> c.id();
                case DISTRICT -> c.streetId();
                case CITY -> c.districtId();
            };
            childOf.put(c.id(), child);
        }
        // a community's approved items per month, for the limit
        Map<Long, Map<YearMonth, long[]>> byCommunity = new HashMap<>();
        for (AccessQueries.MonthCount m : counts) {
            byCommunity.computeIfAbsent(m.communityId(), k -> new HashMap<>())
                    .put(m.month(), new long[] {m.approved(), m.refused()});
        }
        List<BurdenRow> rows = new ArrayList<>();
        for (Region child : children.values()) {
            List<Long> mine = childOf.entrySet().stream().filter(e -> Objects.equals(e.getValue(), child.getId()))
                    .map(Map.Entry::getKey).toList();
            rows.add(row(child, mine, months, counts, byCommunity, -1));
        }
        long rowMax = rows.stream().flatMap(r -> r.months().stream()).mapToLong(MonthCell::approved).max()
                .orElse(0);
        rows = rows.stream().map(r -> rescale(r, rowMax)).toList();
        BurdenRow total = row(region, List.copyOf(childOf.keySet()), months, counts, byCommunity, -1);
        boolean drillDown = region.getLevel() == RegionLevel.DISTRICT || region.getLevel() == RegionLevel.CITY;
        return new BurdenPage(region, crumbs(region, scope), months, rows, total, policy.monthlyLimit(), drillDown);
    }

    private BurdenRow row(Region region, List<Long> communities, List<YearMonth> months,
            List<AccessQueries.MonthCount> counts, Map<Long, Map<YearMonth, long[]>> byCommunity, long scaleMax) {
        java.util.Set<Long> set = new java.util.HashSet<>(communities);
        List<AccessQueries.MonthCount> own = counts.stream().filter(c -> set.contains(c.communityId())).toList();
        List<long[]> perMonth = new ArrayList<>();
        for (YearMonth month : months) {
            long approved = 0;
            long refused = 0;
            boolean over = false;
            for (Long c : communities) {
                long[] v = byCommunity.getOrDefault(c, Map.of()).get(month);
                if (v != null) {
                    approved += v[0];
                    refused += v[1];
                    over |= policy.overLimit(v[0]);
                }
            }
            perMonth.add(new long[] {approved, refused, over ? 1 : 0});
        }
        long max = scaleMax >= 0 ? scaleMax : perMonth.stream().mapToLong(v -> v[0]).max().orElse(0);
        List<MonthCell> cells = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            long[] v = perMonth.get(i);
            cells.add(new MonthCell(months.get(i), v[0], v[1], AccessPolicy.barLevel(v[0], max), v[2] == 1));
        }
        long overCommunities = communities.stream().filter(c -> byCommunity.getOrDefault(c, Map.of()).values()
                .stream().anyMatch(v -> policy.overLimit(v[0]))).count();
        // the current month is still filling: the arrow compares the last full month with the one before
        int n = cells.size();
        int trend = AccessPolicy.trend(cells.get(n - 3).approved(), cells.get(n - 2).approved());
        return new BurdenRow(region, cells,
                own.stream().mapToLong(AccessQueries.MonthCount::tasks).sum(),
                own.stream().mapToLong(AccessQueries.MonthCount::inspections).sum(),
                own.stream().mapToLong(AccessQueries.MonthCount::meetings).sum(),
                own.stream().mapToLong(AccessQueries.MonthCount::reportForms).sum(),
                own.stream().mapToLong(AccessQueries.MonthCount::approved).sum(),
                own.stream().mapToLong(AccessQueries.MonthCount::refused).sum(),
                communities.size(), overCommunities, trend);
    }

    /** The rows' bars share one scale: the busiest month of any row. */
    private static BurdenRow rescale(BurdenRow r, long max) {
        List<MonthCell> cells = r.months().stream()
                .map(c -> new MonthCell(c.month(), c.approved(), c.refused(), AccessPolicy.barLevel(c.approved(), max),
                        c.over()))
                .toList();
        return new BurdenRow(r.region(), cells, r.tasks(), r.inspections(), r.meetings(), r.reportForms(),
                r.approved(), r.refused(), r.communities(), r.communitiesOverLimit(), r.trend());
    }

    private List<Crumb> crumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId() : null))
                .toList();
    }
}
