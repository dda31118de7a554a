package org.grassroots.resident;

import java.time.LocalDate;
import org.grassroots.region.RegionLevel;

/**
 * The rules of unit reporting that need no database: which community a unit may report to, and the
 * order of a report's days. Each check answers a message key, or null when the input is fine.
 */
final class UnitReportPolicy {

    private UnitReportPolicy() {
    }

    /**
     * A unit sitting in a community reports to that community; a unit sitting in a street reports to
     * any community of that street.
     *
     * @param unitLevel        STREET or COMMUNITY, where the unit sits
     * @param unitRegionId     the street or community it sits in
     * @param communityId      the community chosen
     * @param communityParentId the street of the community chosen
     */
    static String target(RegionLevel unitLevel, long unitRegionId, long communityId, Long communityParentId) {
        boolean allowed = switch (unitLevel) {
            case COMMUNITY -> communityId == unitRegionId;
            case STREET -> communityParentId != null && communityParentId == unitRegionId;
            default -> false;
        };
        if (allowed) {
            return null;
        }
        return unitLevel == RegionLevel.COMMUNITY ? "resident.report.community.notOwn"
                : "resident.report.community.notOfStreet";
    }

    /** The day a unit reported: not in the future, and not after a receipt or end already recorded. */
    static String reportedOn(LocalDate reportedOn, LocalDate receivedOn, LocalDate endedOn, LocalDate today) {
        if (reportedOn.isAfter(today)) {
            return "resident.report.reportedOn.future";
        }
        if (receivedOn != null && reportedOn.isAfter(receivedOn)) {
            return "resident.report.reportedOn.afterReceipt";
        }
        if (endedOn != null && reportedOn.isAfter(endedOn)) {
            return "resident.report.reportedOn.afterEnd";
        }
        return null;
    }

    /** The day the community received the report: from the report's day up to today. */
    static String receivedOn(LocalDate receivedOn, LocalDate reportedOn, LocalDate today) {
        if (receivedOn.isBefore(reportedOn)) {
            return "resident.report.receivedOn.beforeReport";
        }
        if (receivedOn.isAfter(today)) {
            return "resident.report.receivedOn.future";
        }
        return null;
    }

    /** The day a report ended: given, from the report's day up to today. */
    static String endedOn(LocalDate endedOn, LocalDate reportedOn, LocalDate today) {
        if (endedOn == null) {
            return "resident.report.endedOn.required";
        }
        if (endedOn.isBefore(reportedOn)) {
            return "resident.report.endedOn.beforeReport";
        }
        if (endedOn.isAfter(today)) {
            return "resident.report.endedOn.future";
        }
        return null;
    }
}
