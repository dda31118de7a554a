package org.grassroots.neworg;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.shared.Pager;

/** What the "two new" pages show. */
public final class NewOrgViews {

    private NewOrgViews() {
    }

    public record Crumb(String name, String url) {
    }

    /**
     * One unit in a list or export: where it is, its counts, its coverage mode, the organization or the
     * instructor (phone masked) that reaches it, the derived coverage, the alert (should establish a
     * branch) and whether it was built then scattered.
     */
    public record NewOrgRow(long id, String name, NewOrgKind kind, String creditCode, String streetName,
            String communityName, LocationType locationType, int employees, int membersEmployed,
            int fullMembersEmployed, CoverageMode mode, Coverage coverage, String orgName, String instructorName,
            String instructorPhoneMasked, LocalDate openedOn, LocalDate closedOn, boolean alert, boolean scattered) {
    }

    public record ListPage(Region region, List<Crumb> crumbs, NewOrgSearch search, List<NewOrgRow> rows, Pager pager) {
    }

    public record MoveView(LocalDate movedOn, String fromName, String toName, String note, String recordedBy) {
    }

    public record CoverageView(LocalDate changedOn, CoverageMode mode, String orgName, String instructorName,
            String note, String recordedBy) {
    }

    public record LinkedMember(long memberId, String name, String orgName, LocalDate linkedOn, boolean inScope) {
    }

    /**
     * One unit: its place, the organization reaching it ({@code orgLinked}: in scope, shown as a link),
     * the derived coverage and flags, how many open units its joint branch covers, and its history.
     */
    public record DetailPage(NewOrg unit, Region street, Region community, List<Crumb> crumbs, String orgName,
            boolean orgLinked, Coverage coverage, boolean alert, boolean scattered, long jointUnits,
            boolean jointOverLimit, int jointMax, int threshold, List<MoveView> moves, List<CoverageView> coverages,
            List<LinkedMember> members, List<PartyMemberChoice> memberChoices) {
    }

    /** A member of the unit's organization that may be linked. */
    public record PartyMemberChoice(long id, String name) {
    }

    /** A Party organization offered on the forms. */
    public record OrgChoice(long id, String name) {

        static OrgChoice of(PartyOrg org) {
            return new OrgChoice(org.getId(), org.getName());
        }
    }

    /**
     * Coverage figures of one region: open units in its subtree, how many an organization covers,
     * how many only Party work reaches, how many are blind spots, the alerts (should establish a branch)
     * and the units built then scattered. {@code own}: a street's own row for units in none of its
     * communities. Rates are percentages with one decimal, null when there are no units.
     */
    public record CoverageRow(Region region, boolean own, long units, long orgCovered, long workCovered, long blind,
            long alerts, long scattered) {

        /** Organization coverage rate (党组织覆盖率): ORG_COVERED over units. */
        public Double orgRate() {
            return rate(orgCovered);
        }

        /** Work coverage rate (党的工作覆盖率): ORG_COVERED and WORK_COVERED over units. */
        public Double workRate() {
            return rate(orgCovered + workCovered);
        }

        private Double rate(long n) {
            return units == 0 ? null : Math.round(n * 1000.0 / units) / 10.0;
        }
    }

    /** One row per child region (a community: itself; a street: its communities and its own row) and the total. */
    public record CoverageSummary(Region region, List<CoverageRow> rows, CoverageRow total) {
    }

    public record CoveragePage(Region region, List<Crumb> crumbs, CoverageSummary summary) {
    }

    /** The figures of one community, for a regional overview. */
    public record CommunityCoverage(long communityId, String communityName, long units, long orgCovered,
            long workCovered, long blind, long alerts, long scattered) {
    }
}
