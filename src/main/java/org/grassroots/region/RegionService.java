package org.grassroots.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class RegionService {

    private final RegionRepository regions;
    private final KeptRegions kept;

    RegionService(RegionRepository regions, KeptRegions kept) {
        this.regions = regions;
        this.kept = kept;
    }

    /**
     * The region when it is inside the scope; otherwise the same 404 as a missing id. In a GET request
     * looked up once for the id and the scope's prefix (every box of a page asks for its region again)
     * and kept while the region tree stands still ({@link KeptRegions}).
     */
    public Region require(long id, Scope scope) {
        String prefix = scope.regionPagePrefix();
        return kept.get("region.require:" + id + ":" + prefix, () -> regions.findInScope(id, prefix))
                .orElseThrow(() -> new NotFoundException("region", id));
    }

    /** The child regions by code (a new list each call); kept in GET requests like {@link #require}. */
    public List<Region> children(Region region) {
        long id = region.getId();
        return new ArrayList<>(kept.get("region.children:" + id,
                () -> List.copyOf(regions.findByParentIdOrderByCode(id))));
    }

    /** The region and its ancestors, root first, for the breadcrumb; kept in GET requests like {@link #require}. */
    public List<Region> lineage(String path) {
        return kept.get("region.lineage:" + path, () -> {
            List<Long> ids = pathIds(path);
            Map<Long, Region> byId = regions.findOnPath(path).stream()
                    .collect(Collectors.toMap(Region::getId, Function.identity()));
            return ids.stream().map(byId::get).filter(r -> r != null).toList();
        });
    }

    /** Communities inside the scope, for residence selection. */
    public List<Region> communitiesInScope(Scope scope) {
        String prefix = scope.kind() == Scope.Kind.REGION ? scope.regionPrefix() : "/";
        return regions.findByLevelAndPathStartingWithOrderByPath(RegionLevel.COMMUNITY, prefix);
    }

    public List<Region> all() {
        return regions.findAllByOrderByPath();
    }

    public java.util.Optional<Region> findById(long id) {
        return regions.findById(id);
    }

    /** The regions with these ids, in one query (missing ids are left out). */
    public List<Region> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : regions.findAllById(ids);
    }

    @Transactional
    public Region save(Region region) {
        return regions.saveAndFlush(region);
    }

    public Region root() {
        return regions.findFirstByParentIsNull().orElseThrow(() -> new NotFoundException("region", "root"));
    }

    static List<Long> pathIds(String path) {
        if (path == null) {
            return List.of();
        }
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    public static Comparator<Region> byCode() {
        return Comparator.comparing(Region::getCode);
    }
}
