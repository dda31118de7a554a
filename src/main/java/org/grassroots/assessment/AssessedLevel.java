package org.grassroots.assessment;

import org.grassroots.region.RegionLevel;

/** The level a tree assesses: every community, or every street, in its owner's subtree. */
public enum AssessedLevel {
    COMMUNITY, STREET;

    public RegionLevel regionLevel() {
        return this == COMMUNITY ? RegionLevel.COMMUNITY : RegionLevel.STREET;
    }
}
