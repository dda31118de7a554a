package org.grassroots.reporting;

import java.math.BigDecimal;

/**
 * The reporting figures of one community on a day: people reported (current or due), periods due for
 * re-reporting and expired, the quarter's services and hours, and open posts. A level page adds them up
 * per child region ({@link ReportingPages#summary(long, org.grassroots.shared.Scope, java.util.List)}).
 */
public record ReportingFigures(long communityId, Long streetId, Long districtId, long reported, long due,
        long expired, long services, BigDecimal hours, long posts) {
}
