package org.grassroots.venue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a community is served well enough: some open venue serves it, and the venue area serving
 * it reaches the city's area per 100 households. A venue serving several communities counts for
 * each with an equal share of its area. A community without households (no open grids counted)
 * gets no area warning; a community without any venue gets only {@link VenueWarning#NO_VENUE}.
 */
final class VenueStandard {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private VenueStandard() {
    }

    static List<VenueWarning> warnings(long servingVenues, long households, BigDecimal servingArea,
            BigDecimal areaPerHundred) {
        List<VenueWarning> warnings = new ArrayList<>();
        if (servingVenues == 0) {
            warnings.add(VenueWarning.NO_VENUE);
        } else if (households > 0 && servingArea.multiply(HUNDRED)
                .compareTo(areaPerHundred.multiply(BigDecimal.valueOf(households))) < 0) {
            warnings.add(VenueWarning.BELOW_STANDARD);
        }
        return warnings;
    }

    /** The area the households should have, in tenths of a square metre, rounded up. */
    static BigDecimal requiredArea(long households, BigDecimal areaPerHundred) {
        return areaPerHundred.multiply(BigDecimal.valueOf(households)).divide(HUNDRED, 1, RoundingMode.CEILING);
    }
}
