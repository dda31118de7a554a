package org.grassroots.grid;

import java.util.List;
import org.grassroots.region.Region;

/** What the grid pages show. */
public final class GridViews {

    private GridViews() {
    }

    /** A cadre with the person's name and masked phone; {@code left}: the member is no longer of the community. */
    public record CadreView(GridCadre cadre, String name, String phoneMasked, boolean member, boolean current,
            boolean left) {
    }

    /** A node with its linked organization, current cadres, gaps (message keys) and children. */
    public record NodeView(GridNode node, String orgName, List<CadreView> cadres, List<String> gaps,
            boolean overMax, List<NodeView> children) {
    }

    /** Kinds of gap; labels grid.gap.&lt;NAME&gt;. */
    public enum Gap { GRID_NO_LEADER, GRID_NO_ORG, BUILDING_NO_LEADER, UNIT_NO_LEADER, CADRE_LEFT }

    /** One place where nobody is responsible (or a cadre who has left), for the community's gap list. */
    public record GapRow(Gap gap, long communityId, long nodeId, String nodeName, GridKind kind, String personName) {
    }

    /** A member who may be chosen as a cadre. */
    public record Choice(long id, String name, String orgName) {
    }

    public record Crumb(String name, String url) {
    }

    public record TreePage(Region community, List<Crumb> crumbs, List<NodeView> grids, int maxHouseholds,
            long gapCount) {
    }

    public record NodePage(Region community, List<Crumb> crumbs, List<GridNode> lineage, NodeView node,
            List<CadreView> current, List<CadreView> past) {
    }

    /** Counts of one region (a community, or a child region summing its communities). */
    public record GapCounts(Region region, long grids, long gridsNoLeader, long gridsNoOrg, long buildings,
            long buildingsNoLeader, long unitsNoLeader, long cadresLeft, long gridsWithOrg,
            long buildingsWithLeader) {

        public long gridOrgCoverage() {
            return percent(gridsWithOrg, grids);
        }

        public long buildingLeaderCoverage() {
            return percent(buildingsWithLeader, buildings);
        }

        private static long percent(long part, long whole) {
            return whole == 0 ? 0 : Math.round(100.0 * part / whole);
        }
    }

    public record GapPage(Region region, List<Crumb> crumbs, List<GapCounts> rows, GapCounts total,
            List<GapRow> gaps) {
    }
}
