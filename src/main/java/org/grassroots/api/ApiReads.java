package org.grassroots.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.grassroots.dashboard.DashboardPages;
import org.grassroots.level.RegionSummaries;
import org.grassroots.meeting.ComplianceFigures;
import org.grassroots.meeting.ComplianceViewService;
import org.grassroots.meeting.Meeting;
import org.grassroots.meeting.MeetingService;
import org.grassroots.member.MemberService;
import org.grassroots.member.PartyMember;
import org.grassroots.org.OrgService;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read API's answers, composed from the features' own scoped services: every object is first
 * required in the caller's scope, so an object outside it answers 404 exactly like a missing one.
 */
@Service
@Transactional(readOnly = true)
class ApiReads {

    private final RegionService regions;
    private final OrgService orgs;
    private final MemberService members;
    private final MeetingService meetings;
    private final ComplianceViewService compliance;
    private final RegionSummaries summaries;
    private final DashboardPages dashboards;
    private final Clock clock;

    ApiReads(RegionService regions, OrgService orgs, MemberService members, MeetingService meetings,
            ComplianceViewService compliance, RegionSummaries summaries, DashboardPages dashboards, Clock clock) {
        this.regions = regions;
        this.orgs = orgs;
        this.members = members;
        this.meetings = meetings;
        this.compliance = compliance;
        this.summaries = summaries;
        this.dashboards = dashboards;
        this.clock = clock;
    }

    ApiViews.RegionJson region(long id, Scope scope) {
        Region r = regions.require(id, scope);
        return new ApiViews.RegionJson(r.getId(), r.getCode(), r.getName(), r.getLevel(),
                r.getParent() == null ? null : r.getParent().getId(),
                regions.children(r).stream().map(ApiViews.RegionRef::of).toList());
    }

    /** The organizations sitting in the region itself (not its subtree), open ones first, by name. */
    ApiViews.PageOf<ApiViews.OrgRef> organizationsIn(long regionId, Paging paging, Scope scope) {
        Region r = regions.require(regionId, scope);
        List<ApiViews.OrgRef> all = orgs.sittingIn(r, scope).stream()
                .sorted(Comparator.comparing(PartyOrg::isClosed).thenComparing(PartyOrg::getName)
                        .thenComparing(PartyOrg::getId))
                .map(ApiViews.OrgRef::of).toList();
        return ApiViews.PageOf.of(all, paging);
    }

    ApiViews.OrgJson organization(long id, Scope scope) {
        PartyOrg o = orgs.require(id, scope);
        return new ApiViews.OrgJson(o.getId(), o.getName(), o.getType(), o.getCategory(),
                o.getParent() == null ? null : o.getParent().getId(), o.getRegion().getId(), o.getRegion().getName(),
                orgs.secretaryName(o), o.isHasCommittee(), o.getFoundedOn(), o.getTermStart(), o.getTermEnd(),
                o.getClosedOn(), orgs.children(o, scope).stream().map(ApiViews.OrgRef::of).toList());
    }

    /** The organization's current people (members and the pipeline) by status, then name; masked. */
    ApiViews.PageOf<ApiViews.MemberJson> membersOf(long orgId, Paging paging, Scope scope) {
        PartyOrg o = orgs.require(orgId, scope);
        List<ApiViews.MemberJson> all = members.currentPeopleOf(o).stream()
                .sorted(Comparator.comparing((PartyMember m) -> m.getStatus().ordinal())
                        .thenComparing(PartyMember::getName).thenComparing(PartyMember::getId))
                .map(ApiViews.MemberJson::of).toList();
        return ApiViews.PageOf.of(all, paging);
    }

    /** The meetings held in a year (this year when none), newest first. */
    ApiViews.PageOf<ApiViews.MeetingJson> meetingsOf(long orgId, Integer year, Paging paging, Scope scope) {
        PartyOrg o = orgs.require(orgId, scope);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 1900 || y > 9999) {
            throw new ApiBadRequest("year");
        }
        List<ApiViews.MeetingJson> all = meetings.heldBetween(o, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))
                .stream()
                .sorted(Comparator.comparing(Meeting::getHeldOn).reversed().thenComparing(Meeting::getId))
                .map(ApiViews.MeetingJson::of).toList();
        return ApiViews.PageOf.of(all, paging);
    }

    ComplianceFigures compliance(long regionId, String period, Scope scope) {
        return compliance.figures(regionId, period, scope);
    }

    RegionSummaries.Summary summary(long regionId, Scope scope) {
        return summaries.summary(regionId, scope);
    }

    ApiViews.DashboardJson dashboard(long regionId, Integer year, Scope scope, Locale locale) {
        return ApiViews.DashboardJson.of(dashboards.dashboard(regionId, year, scope, locale));
    }
}
