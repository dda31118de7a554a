package org.grassroots.venue;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The community service facility standard (domain-rules.md §8, medium confidence): at least 30 m² of
 * venue area per 100 households, from the 十四五 urban and rural community service plan indicators.
 * The city may set another figure; the pages only warn below it.
 *
 * @param areaPerHundredHouseholds square metres of venue area a community should have per 100 households
 */
@ConfigurationProperties("grassroots.venue")
public record VenueRules(BigDecimal areaPerHundredHouseholds) {

    public VenueRules {
        areaPerHundredHouseholds = areaPerHundredHouseholds == null ? new BigDecimal("30")
                : areaPerHundredHouseholds;
    }

    public static VenueRules defaults() {
        return new VenueRules(null);
    }
}
