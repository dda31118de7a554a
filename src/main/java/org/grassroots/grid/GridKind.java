package org.grassroots.grid;

/** The levels of a community's grid tree (architecture.md, "Three trees"). Labels: grid.kind.&lt;NAME&gt;. */
public enum GridKind {
    GRID, BUILDING, UNIT;

    /** The kind a node of this kind hangs under; null for a grid, which sits directly in its community. */
    public GridKind parentKind() {
        return switch (this) {
            case GRID -> null;
            case BUILDING -> GRID;
            case UNIT -> BUILDING;
        };
    }

    /** The kind of this node's children; null for a unit, the bottom of the tree. */
    public GridKind childKind() {
        return switch (this) {
            case GRID -> BUILDING;
            case BUILDING -> UNIT;
            case UNIT -> null;
        };
    }
}
