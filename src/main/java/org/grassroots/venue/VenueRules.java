package org.grassroots.venue;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The community service facility standard (domain-rules.md §8, medium confidence): at least 30 m² of
 * venue area per 100 households, from the 十四五 urban and rural community service plan indicators.
 * The city may set another figure; the pages only warn below it.
 *
 * <p>{@code areaPerHundredHouseholds}: square metres of venue area a community should have per 100 households
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.venue")
public class VenueRules {

    private volatile BigDecimal areaPerHundredHouseholds;

    public VenueRules(BigDecimal areaPerHundredHouseholds) {
        areaPerHundredHouseholds = areaPerHundredHouseholds == null ? new BigDecimal("30")
                : areaPerHundredHouseholds;
        this.areaPerHundredHouseholds = areaPerHundredHouseholds;
    }

    public BigDecimal areaPerHundredHouseholds() {
        return areaPerHundredHouseholds;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setAreaPerHundredHouseholds(BigDecimal areaPerHundredHouseholds) {
        this.areaPerHundredHouseholds = areaPerHundredHouseholds;
    }

    public static VenueRules defaults() {
        return new VenueRules(null);
    }
}
