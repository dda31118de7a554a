package org.grassroots.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The venue warnings of a community, case by case, at the default of 30 m² per 100 households and another setting. */
class VenueStandardTests {

    @ParameterizedTest(name = "{0} venues, {1} households, {2} m² at {3}/100 → {4}")
    @CsvSource(nullValues = "-", value = {
            "0, 900, 0,     30, NO_VENUE",
            "0, 0,   0,     30, NO_VENUE",
            "1, 0,   10,    30, -",
            "1, 900, 270,   30, -",
            "1, 900, 269.9, 30, BELOW_STANDARD",
            "2, 901, 270,   30, BELOW_STANDARD",
            "2, 901, 270.3, 30, -",
            "1, 900, 300,   35, BELOW_STANDARD",
            "1, 900, 315,   35, -",
    })
    void shouldWarnWhenNoVenueServesOrAreaIsShort(long venues, long households, BigDecimal area,
            BigDecimal perHundred, String expected) {
        assertThat(VenueStandard.warnings(venues, households, area, perHundred))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(VenueWarning.valueOf(expected)));
    }

    @ParameterizedTest(name = "{0} households at {1}/100 need {2} m²")
    @CsvSource({"900, 30, 270.0", "901, 30, 270.3", "7, 30, 2.1", "1, 30, 0.3", "3, 35, 1.1", "0, 30, 0.0"})
    void shouldComputeTheAreaTheHouseholdsNeed(long households, BigDecimal perHundred, BigDecimal expected) {
        assertThat(VenueStandard.requiredArea(households, perHundred)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "setting {0} → {1}")
    @CsvSource(nullValues = "-", value = {"-, 30", "25, 25"})
    void shouldDefaultToThirtySquareMetres(BigDecimal configured, BigDecimal expected) {
        assertThat(new VenueRules(configured).areaPerHundredHouseholds()).isEqualByComparingTo(expected);
    }
}
