package org.grassroots.meeting;

import java.util.List;
import java.util.Map;

/**
 * The figures of a region's compliance page for other features (the read API): the period, the
 * requirements counted in it, and per requirement how many organizations owed it and how many met it,
 * for the region's subtree (total), each child region, and the organizations sitting in the region
 * itself (direct, null when there are none). Rates are keyed by requirement id.
 */
public record ComplianceFigures(long regionId, String regionName, String period, Frequency frequency, boolean closed,
        List<Requirement> requirements, Row total, List<Row> children, Row direct) {

    /** A requirement counted in the period: at least minCount meetings of the type. */
    public record Requirement(long id, MeetingType type, Frequency frequency, int minCount) {
    }

    /** A region (or the organizations sitting directly in it) with its rate per requirement id. */
    public record Row(Long regionId, String name, Map<Long, ComplianceRate> rates) {
    }
}
