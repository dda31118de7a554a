package org.grassroots.venue;

import java.math.BigDecimal;

/**
 * A community's households (of its open grids), the open venues serving it and its share of their area,
 * before the area standard is applied ({@link VenuePages#figuresByCommunity}). A level page adds them
 * up per child region ({@link VenuePages#summary(long, org.grassroots.shared.Scope, java.util.List)}).
 */
public record VenueFigures(long communityId, String name, String path, long households, long venues,
        BigDecimal area) {
}
