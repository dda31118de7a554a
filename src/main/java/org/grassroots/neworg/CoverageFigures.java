package org.grassroots.neworg;

/**
 * The coverage of the open "two new" units sitting in one region: a community, or a street for its
 * units in none of its communities. A level page adds them up per child region
 * ({@link CoveragePages#summary(long, org.grassroots.shared.Scope, java.util.List)}).
 */
public record CoverageFigures(long regionId, long streetId, Long districtId, long units, long orgCovered,
        long workCovered, long blind, long alerts, long scattered) {
}
