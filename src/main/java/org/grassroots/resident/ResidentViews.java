package org.grassroots.resident;

import org.grassroots.shared.Pager;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;

/** What the resident unit pages show. */
public final class ResidentViews {

    private ResidentViews() {
    }

    public record Crumb(String name, String url) {
    }

    /**
     * One unit in a list: where it sits, its Party organization (from the system or named), its
     * contact with the phone masked, and how many open reports it has.
     */
    public record UnitRow(long id, String name, UnitKind kind, long regionId, String regionName,
            RegionLevel regionLevel, Long orgId, String orgName, String contactName, String contactPhoneMasked,
            LocalDate closedOn, long openReports) {
    }

    /** One report to a community with the unit's name, seat and Party organization, the phone masked. */
    public record ReportedRow(UnitReport report, long unitId, String unitName, UnitKind kind, String seatName,
            boolean streetLevel, String orgName) {
    }

    /** A report on the unit page, with the community's name. */
    public record ReportView(UnitReport report, String communityName) {
    }

    /** Units reported to a community (open reports), a page of them. */
    public record ReportedPage(Region community, List<ReportedRow> rows, Pager pager, LocalDate today) {
    }

    /**
     * Reporting figures of one region: open units registered in its subtree, units currently
     * reported to its communities (open reports, each unit counted once), and open reports the
     * community has not yet received. {@code own}: a street's own row, for the units sitting
     * directly in the street, which no community contains.
     */
    public record SummaryRow(Region region, boolean own, long units, long reportedUnits, long awaitingReceipt) {
    }

    /** One row per child region (a community: itself; a street: its communities and its own row) and the total. */
    public record ResidentSummary(Region region, List<SummaryRow> rows, SummaryRow total) {
    }

    public record UnitListPage(Region region, List<Crumb> crumbs, UnitSearch search, List<UnitRow> units,
            Pager pager, ResidentSummary summary, ReportedPage reported, boolean canAdd) {
    }

    public record UnitPage(ResidentUnit unit, Region seat, List<Crumb> crumbs, String orgName, boolean orgLinked,
            boolean writable, List<ReportView> reports, LocalDate today, List<ResidentUnitSection.Section> sections) {
    }
}
