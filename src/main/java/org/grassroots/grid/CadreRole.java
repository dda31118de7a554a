package org.grassroots.grid;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is responsible for a grid node (domain-rules.md §8): 网格长 and 网格员 for a grid, 楼栋长 for a
 * building, 单元长 for a unit, and 党员中心户 for a set of households in a building or unit.
 * Labels: grid.role.&lt;NAME&gt;.
 */
public enum CadreRole {
    GRID_LEADER(EnumSet.of(GridKind.GRID), true),
    GRID_WORKER(EnumSet.of(GridKind.GRID), false),
    BUILDING_LEADER(EnumSet.of(GridKind.BUILDING), true),
    UNIT_LEADER(EnumSet.of(GridKind.UNIT), true),
    CENTRAL_HOUSEHOLD(EnumSet.of(GridKind.BUILDING, GridKind.UNIT), false);

    private final Set<GridKind> kinds;
    private final boolean single;

    CadreRole(Set<GridKind> kinds, boolean single) {
        this.kinds = kinds;
        this.single = single;
    }

    public boolean fits(GridKind kind) {
        return kinds.contains(kind);
    }

    /** A leader post has one holder at a time; workers and central households may be several. */
    public boolean isSingle() {
        return single;
    }

    public static java.util.List<CadreRole> forKind(GridKind kind) {
        return java.util.Arrays.stream(values()).filter(r -> r.fits(kind)).toList();
    }
}
