package org.grassroots.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.grassroots.audit.AuditService;
import org.grassroots.org.OrgService;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collects an organization's meeting ledger (台账) for a year; every export is audited. */
@Service
class MeetingLedger {

    private final OrgService orgs;
    private final MeetingService meetings;
    private final MeetingPages pages;
    private final AuditService audit;

    MeetingLedger(OrgService orgs, MeetingService meetings, MeetingPages pages, AuditService audit) {
        this.orgs = orgs;
        this.meetings = meetings;
        this.pages = pages;
        this.audit = audit;
    }

    /** The year's meetings, oldest first, with names, attendance and results, read in one transaction. */
    @Transactional
    public MeetingViews.Ledger collect(long orgId, int year, Scope scope) {
        PartyOrg org = orgs.require(orgId, scope);
        List<Meeting> held = new ArrayList<>(meetings.heldBetween(org, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)));
        Collections.reverse(held);
        Map<Long, String> names = pages.namesFor(held);
        List<MeetingViews.RecordView> records = held.stream().map(m -> pages.recordOf(m, names)).toList();
        audit.record("EXPORT", "meeting", null, "org=" + org.getId() + ", year=" + year + ", rows=" + records.size());
        return new MeetingViews.Ledger(org, year, records);
    }
}
