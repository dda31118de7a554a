package org.grassroots.grid;

/**
 * The grid figures of one community, or of a group of communities added up (a child region on a level
 * page): open grids, buildings and units, the gaps of each kind, current cadres who have left, and the
 * grids with an organization and the buildings with a leader, for the coverage percentages.
 */
public record GridFigures(long grids, long gridsNoLeader, long gridsNoOrg, long buildings, long buildingsNoLeader,
        long unitsNoLeader, long cadresLeft, long gridsWithOrg, long buildingsWithLeader) {

    public static final GridFigures ZERO = new GridFigures(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public GridFigures plus(GridFigures o) {
        return new GridFigures(grids + o.grids, gridsNoLeader + o.gridsNoLeader, gridsNoOrg + o.gridsNoOrg,
                buildings + o.buildings, buildingsNoLeader + o.buildingsNoLeader, unitsNoLeader + o.unitsNoLeader,
                cadresLeft + o.cadresLeft, gridsWithOrg + o.gridsWithOrg, buildingsWithLeader + o.buildingsWithLeader);
    }

    /** A community with open grid nodes, its place in the region tree and its figures. */
    public record OfCommunity(long communityId, String path, Long streetId, Long districtId, GridFigures figures) {
    }
}
