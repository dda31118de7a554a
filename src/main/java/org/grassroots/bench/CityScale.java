package org.grassroots.bench;

import java.util.Locale;
import java.util.Optional;

/**
 * How big a generated city is. CITY is the target of the performance work (1 city, 15 districts,
 * 200 streets, about 2,000 communities, 30,000 branches and 1,000,000 people); DISTRICT is one
 * district of it for quick runs; TINY is for tests. The counts of communities, branches and people
 * are drawn, so they come out near these figures, the same every run.
 */
public enum CityScale {

    TINY(1, 2, 2, 2, 15),
    DISTRICT(1, 13, 8, 12, 15),
    CITY(15, 200, 8, 12, 15);

    private final int districts;
    private final int streets;
    private final int minCommunitiesPerStreet;
    private final int maxCommunitiesPerStreet;
    private final int branchesPerCommunity;

    CityScale(int districts, int streets, int minCommunitiesPerStreet, int maxCommunitiesPerStreet,
            int branchesPerCommunity) {
        this.districts = districts;
        this.streets = streets;
        this.minCommunitiesPerStreet = minCommunitiesPerStreet;
        this.maxCommunitiesPerStreet = maxCommunitiesPerStreet;
        this.branchesPerCommunity = branchesPerCommunity;
    }

    /** The scale named (any case), e.g. {@code district}. */
    public static Optional<CityScale> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    int districts() {
        return districts;
    }

    /** Streets of district {@code index} (0-based): the streets spread evenly, the first districts get the rest. */
    int streetsOf(int index) {
        return streets / districts + (index < streets % districts ? 1 : 0);
    }

    int minCommunitiesPerStreet() {
        return minCommunitiesPerStreet;
    }

    int maxCommunitiesPerStreet() {
        return maxCommunitiesPerStreet;
    }

    /** The mean: a community draws between half and one and a half of it. */
    int branchesPerCommunity() {
        return branchesPerCommunity;
    }
}
