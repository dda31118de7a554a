package org.grassroots.venue;

import org.grassroots.shared.Pager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;

/** What the venue pages show, and the summary the level pages may include. */
public final class VenueViews {

    private VenueViews() {
    }

    public record Crumb(String name, String url) {
    }

    /** Which venues a list shows; labels venue.filter.&lt;NAME&gt;. */
    public enum Filter { OPEN, CLOSED, ALL }

    /** A venue in a list, with the names of the communities it serves. */
    public record VenueRow(long id, String name, VenueKind kind, long keeperId, String keeperName,
            RegionLevel keeperLevel, String address, BigDecimal areaM2, String openingHours, LocalDate closedOn,
            String circleNames) {

        public boolean closed() {
            return closedOn != null;
        }
    }

    /**
     * How one community is served: its households (open grids), the open venues serving it, their
     * area share, the area its households should have, and the warnings.
     */
    public record CommunityCheck(long communityId, String name, String path, long households, long servingVenues,
            BigDecimal servingArea, BigDecimal requiredArea, List<VenueWarning> warnings) {

        public boolean warned(VenueWarning w) {
            return warnings.contains(w);
        }
    }

    /** An open venue kept elsewhere (the street, a neighbour) whose circle includes the community. */
    public record ServingVenue(String name, VenueKind kind, String keeperName, BigDecimal areaM2, long sharedBy) {
    }

    /**
     * The venue figures of one region: open venues kept there, their total area, and its communities
     * without any serving venue and below the area standard.
     */
    public record SummaryRow(Region region, long openVenues, BigDecimal totalArea, long communitiesWithoutVenue,
            long communitiesBelowStandard) {
    }

    /**
     * Per child region (a community: itself) and in total; {@code direct} holds the venues a street
     * keeps itself (null below or above the street level, or when it keeps none).
     */
    public record Summary(Region region, BigDecimal areaPerHundred, List<SummaryRow> rows, SummaryRow direct,
            SummaryRow total) {
    }

    public record ListPage(Region region, List<Crumb> crumbs, boolean keeper, String q, Filter filter,
            List<VenueRow> rows, Pager pager, Summary summary, List<CommunityCheck> checks,
            List<ServingVenue> servedFromElsewhere) {

        public List<Filter> filters() {
            return List.of(Filter.values());
        }
    }

    public record VenuePage(ServiceVenue venue, Region keeper, List<Crumb> crumbs, List<CommunityCheck> circle,
            BigDecimal areaPerHundred) {
    }

    /** A region that may keep a venue, or a community that may be in a circle. */
    public record Choice(long id, String name) {
    }
}
