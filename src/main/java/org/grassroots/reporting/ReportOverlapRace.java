package org.grassroots.reporting;

import java.time.LocalDate;

/**
 * The database refused a period that overlaps another of the same member (ex_member_report_overlap):
 * a concurrent save won the race past the service's own check. The transaction is lost, so the caller
 * asks {@link ReportingService#overlapError} afterwards for the message naming the other community.
 */
class ReportOverlapRace extends RuntimeException {

    private final long memberId;
    private final LocalDate from;
    private final LocalDate to;
    private final Long exceptId;

    ReportOverlapRace(long memberId, LocalDate from, LocalDate to, Long exceptId) {
        super("overlapping member report");
        this.memberId = memberId;
        this.from = from;
        this.to = to;
        this.exceptId = exceptId;
    }

    long memberId() {
        return memberId;
    }

    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }

    Long exceptId() {
        return exceptId;
    }
}
