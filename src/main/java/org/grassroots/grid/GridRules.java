package org.grassroots.grid;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Grid sizes are not fixed nationally (domain-rules.md §8): the city sets how many households a grid
 * should have at most, and the pages only warn above it.
 *
 * <p>{@code maxHouseholds}: a grid with more households than this is shown with a warning
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.grid")
public class GridRules {

    private volatile Integer maxHouseholds;

    public GridRules(Integer maxHouseholds) {
        maxHouseholds = maxHouseholds == null ? 500 : maxHouseholds;
        this.maxHouseholds = maxHouseholds;
    }

    public Integer maxHouseholds() {
        return maxHouseholds;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setMaxHouseholds(Integer maxHouseholds) {
        this.maxHouseholds = maxHouseholds;
    }

    public static GridRules defaults() {
        return new GridRules(null);
    }
}
