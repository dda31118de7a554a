package org.grassroots.grid;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Grid sizes are not fixed nationally (domain-rules.md §8): the city sets how many households a grid
 * should have at most, and the pages only warn above it.
 *
 * @param maxHouseholds a grid with more households than this is shown with a warning
 */
@ConfigurationProperties("grassroots.grid")
public record GridRules(Integer maxHouseholds) {

    public GridRules {
        maxHouseholds = maxHouseholds == null ? 500 : maxHouseholds;
    }

    public static GridRules defaults() {
        return new GridRules(null);
    }
}
