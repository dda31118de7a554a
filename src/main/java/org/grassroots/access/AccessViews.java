package org.grassroots.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.grassroots.region.Region;
import org.grassroots.shared.Pager;

/** What the access registry pages show. */
public final class AccessViews {

    private AccessViews() {
    }

    public record Crumb(String name, String url) {
    }

    /** One request in a list, with the names of the communities it is addressed to. */
    public record AccessRow(long id, AccessKind kind, AccessStatus status, String title, String department,
            LocalDate requestedFrom, LocalDate requestedTo, Integer burdenHours, boolean allCommunities,
            List<String> targets, OffsetDateTime registeredAt, OffsetDateTime decidedAt) {
    }

    /**
     * A street's registry (community false) or a community's approved items (community true), with the
     * filters as understood; filterError names a filter value that was not understood and was ignored.
     */
    public record ListPage(Region region, boolean community, List<Crumb> crumbs, List<AccessRow> rows, Pager pager,
            String q, AccessStatus status, AccessKind kind, YearMonth month, String filterError) {
    }

    /** One request; manage: the caller's scope holds its street (amend, decide), otherwise read only. */
    public record DetailPage(AccessRequest request, Region street, List<Region> targets, boolean manage,
            List<Crumb> crumbs, java.time.LocalDateTime registeredAt, java.time.LocalDateTime decidedAt) {
    }

    /**
     * One month of a burden row: approved and refused items addressed to the row's communities, the
     * bar's step (0–10) and whether a community of the row was above the monthly limit that month.
     */
    public record MonthCell(YearMonth month, long approved, long refused, int level, boolean over) {
    }

    /**
     * One region's burden over the twelve months: approved items by kind, approved in all, refused, the
     * communities above the limit in at least one month, and the trend of the last full month against the
     * one before (-1, 0, 1). Items are counted once per community they are addressed to.
     */
    public record BurdenRow(Region region, List<MonthCell> months, long tasks, long inspections, long meetings,
            long reportForms, long approved, long refused, long communities, long communitiesOverLimit, int trend) {

        public boolean flagged() {
            return communitiesOverLimit > 0;
        }
    }

    /**
     * The burden of a region's children (a street: its communities; a district: its streets; a community:
     * itself) and their total, over the months shown, against the monthly limit. drillDown: the rows are
     * regions with a burden page of their own below them.
     */
    public record BurdenPage(Region region, List<Crumb> crumbs, List<YearMonth> months, List<BurdenRow> rows,
            BurdenRow total, int monthlyLimit, boolean drillDown) {
    }
}
