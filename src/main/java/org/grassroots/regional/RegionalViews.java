package org.grassroots.regional;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.region.Region;
import org.grassroots.regional.RegionalPolicy.Period;
import org.grassroots.shared.Pager;

/** What the regional Party building pages show. */
public final class RegionalViews {

    private RegionalViews() {
    }

    public record Crumb(String name, String url) {
    }

    /** A service category (the categories of in-service reporting), named in the page's language. */
    public record Category(String code, String name) {
    }

    /** A choice in a select: an id and a name. */
    public record Choice(long id, String name) {
    }

    // ---------------------------------------------------------------- joint meeting

    public record MemberRow(JointMember member, String unitName, long attended) {
    }

    public record MeetingRow(JointMeeting meeting, List<String> unitNames, boolean scheduled, LocalDate topicsDue) {
    }

    public record FollowUpRow(FollowUp followUp, String ownerName, LocalDate meetingOn, boolean overdue) {
    }

    /**
     * The joint meeting of a street or community: whether it met in the current period, the members,
     * the meetings (20 a page, latest first) and the follow-up items (open first, overdue marked).
     */
    public record JointPage(Region seat, List<Crumb> crumbs, Period period, boolean metThisPeriod, LocalDate lastHeld,
            List<MemberRow> members, List<MeetingRow> meetings, Pager pager, List<FollowUpRow> followUps,
            long openFollowUps, long overdueFollowUps) {
    }

    // ---------------------------------------------------------------- agreements

    public record AgreementRow(long id, String title, long regionId, String regionName, String orgName, long unitId,
            String unitName, String unitOrgName, LocalDate startOn, LocalDate endOn, AgreementState state,
            boolean expiringSoon, boolean reviewDue, LocalDate lastReview) {
    }

    public record AgreementListPage(Region region, List<Crumb> crumbs, ListSearch search, List<AgreementRow> rows,
            Pager pager) {
    }

    public record AgreementPage(Agreement agreement, AgreementRow row, List<AgreementReview> reviews,
            List<Crumb> crumbs) {
    }

    // ---------------------------------------------------------------- the three lists

    public record NeedRow(long id, long communityId, String communityName, String category, String categoryName,
            String description, Urgency urgency, RaisedBy raisedByKind, String raisedBy, LocalDate raisedOn,
            NeedStatus status) {
    }

    public record ResourceRow(long id, long unitId, String unitName, String seatName, ResourceType type,
            String category, String categoryName, String description, LocalDate availableFrom, LocalDate availableTo,
            String availability, LocalDate withdrawnOn, boolean available, long projects) {
    }

    public record ProjectRow(long id, String name, long needId, String needDescription, String communityName,
            String owner, LocalDate deadline, ProjectStatus status, ProjectOrigin origin, Integer peopleServed,
            LocalDate doneOn, String resources, boolean late) {
    }

    /** A page of one of the three lists, with the region's list figures. */
    public record ListPage<T>(Region region, List<Crumb> crumbs, ListSearch search, List<T> rows, Pager pager,
            List<Category> categories, SummaryRow figures) {
    }

    /** Every row of one of the three lists for a search, unpaged (the Excel lists), with the active categories. */
    public record ListRows<T>(Region region, ListSearch search, List<T> rows, List<Category> categories) {
    }

    /** Where a proposed resource sits relative to the need: its community, its street, or elsewhere. */
    public enum Place { SAME_COMMUNITY, SAME_STREET, ELSEWHERE }

    public record Candidate(long resourceId, String unitName, ResourceType type, String description, Place place) {
    }

    public record MatchRow(NeedRow need, List<Candidate> candidates) {
    }

    public record MatchPage(Region region, List<Crumb> crumbs, List<MatchRow> rows, Pager pager) {
    }

    // ---------------------------------------------------------------- level figures

    /**
     * Regional Party building figures of one region. {@code meetingsHeld}: joint meetings held in the
     * current period (the period of {@code grassroots.regional.joint-meeting-months}) by the street and
     * community joint meetings in the region; {@code streets} and {@code streetsMet}: streets in it and
     * those whose own joint meeting met in the period; {@code openFollowUps} and
     * {@code overdueFollowUps}: follow-up items open, and open past their deadline; {@code activeAgreements}:
     * agreements whose term covers today; {@code needsRaised}, {@code needsMet}, {@code needsOpen}:
     * needs raised this year, those of them met (a project done) and the rest; {@code projectsDone}:
     * projects done this year. {@code own}: a street's own row, for what sits directly in the street.
     */
    public record SummaryRow(Region region, boolean own, long meetingsHeld, long streets, long streetsMet,
            long openFollowUps, long overdueFollowUps, long activeAgreements, long needsRaised, long needsMet,
            long needsOpen, long projectsDone) {

        SummaryRow plus(SummaryRow o) {
            return new SummaryRow(region, own, meetingsHeld + o.meetingsHeld, streets + o.streets,
                    streetsMet + o.streetsMet, openFollowUps + o.openFollowUps, overdueFollowUps + o.overdueFollowUps,
                    activeAgreements + o.activeAgreements, needsRaised + o.needsRaised, needsMet + o.needsMet,
                    needsOpen + o.needsOpen, projectsDone + o.projectsDone);
        }

        static SummaryRow zero(Region region, boolean own) {
            return new SummaryRow(region, own, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /** One row per child region (a community: itself; a street: its communities and its own row) and the total. */
    public record RegionalSummary(Region region, Period period, List<SummaryRow> rows, SummaryRow total) {
    }

    /**
     * Whether a community's regional ties are active (the 区域化 part of 三有一化): a joint meeting of the
     * community or its street held since the previous period began, or an active co-building agreement of
     * the community's Party organization; with the facts.
     */
    public record CommunityTie(long communityId, String communityName, long streetId, LocalDate lastMeetingOn,
            long activeAgreements, boolean active) {
    }

    /**
     * A street's or community's own regional figures (not its communities'), as the level pages' box
     * roll-up keeps them: counted on a day with the joint meeting period starting on {@code periodStart};
     * the figures of {@link SummaryRow} for this seat alone, and the last joint meeting it held by then.
     * {@code streetId}: the street itself, or the community's street; {@code districtId}: its district.
     */
    public record SeatFigures(long regionId, String name, String path, boolean street, Long streetId, Long districtId,
            LocalDate periodStart, long meetingsHeld, long openFollowUps, long overdueFollowUps,
            long activeAgreements, long needsRaised, long needsMet, long projectsDone, LocalDate lastMeetingOn) {
    }

    /** The overview of a region: figures per child and, for a street or community, its joint meeting. */
    public record OverviewPage(Region region, List<Crumb> crumbs, RegionalSummary summary, JointStatus joint,
            List<AgreementRow> expiring) {
    }

    public record JointStatus(boolean met, LocalDate lastHeld, long openFollowUps, long overdueFollowUps,
            long members) {
    }

    // ---------------------------------------------------------------- the unit page

    public record Membership(JointMember member, String bodyName) {
    }

    /** What the resident unit page shows of regional Party building. */
    public record UnitHistory(long unitId, boolean writable, List<UnitContact> contacts, List<Membership> memberships,
            long meetingsAttended, LocalDate lastAttended, List<AgreementRow> agreements, List<ResourceRow> resources,
            List<ProjectRow> projects) {
    }
}
