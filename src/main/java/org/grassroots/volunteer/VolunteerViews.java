package org.grassroots.volunteer;

import org.grassroots.shared.Pager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.region.Region;

/** What the volunteer pages show, and the summary the level pages may include. */
public final class VolunteerViews {

    /** Hours are kept in tenths; sums start from this so that they always show one decimal. */
    static final BigDecimal NO_HOURS = new BigDecimal("0.0");

    private VolunteerViews() {
    }

    public record Crumb(String name, String url) {
    }

    /** A volunteer in a list: the person's name, masked phone, and hours in activities held this year. */
    public record VolunteerRow(long id, long communityId, String communityName, Long memberId, String name,
            String phoneMasked, String skills, LocalDate registeredOn, LocalDate leftOn, BigDecimal hoursThisYear) {

        public boolean member() {
            return memberId != null;
        }

        public boolean current() {
            return leftOn == null;
        }
    }

    /** Which volunteers a list shows; labels volunteer.filter.&lt;NAME&gt;. */
    public enum Filter { CURRENT, LEFT, ALL }

    /** Every row of the volunteer list for a text and filter, unpaged (the Excel list); phones masked. */
    public record ListRows(Region region, String q, Filter filter, List<VolunteerRow> rows) {
    }

    public record ListPage(Region region, List<Crumb> crumbs, boolean community, String q, Filter filter,
            List<VolunteerRow> rows, Pager pager, Summary summary) {

        public List<Filter> filters() {
            return List.of(Filter.values());
        }
    }

    /** A person who may be chosen: a member of the community, or a volunteer for hours. */
    public record Choice(long id, String name, String detail) {
    }

    /** An activity the volunteer served in, with their hours. */
    public record ServiceRow(long activityId, String title, LocalDate heldOn, BigDecimal hours) {
    }

    public record VolunteerPage(Region community, List<Crumb> crumbs, Volunteer volunteer, String name,
            String phoneMasked, String orgName, List<ServiceRow> services, BigDecimal hoursThisYear,
            BigDecimal hoursTotal) {
    }

    public record ActivityRow(long id, long communityId, String communityName, String title, LocalDate heldOn,
            String place, long volunteers, BigDecimal hours) {
    }

    public record ActivityListPage(Region region, List<Crumb> crumbs, boolean community, int year,
            List<Integer> years, List<ActivityRow> rows, Pager pager) {
    }

    /** One volunteer's hours on an activity. */
    public record HoursRow(long volunteerId, Long memberId, String name, String phoneMasked, BigDecimal hours) {
    }

    public record ActivityPage(Region community, List<Crumb> crumbs, VolunteerActivity activity, List<HoursRow> hours,
            BigDecimal totalHours, List<Choice> eligible, boolean held) {
    }

    /**
     * The figures of one region (a community, or a child region summing its communities): current
     * volunteers, activities held this year, and the hours of those activities this year and this quarter.
     */
    public record SummaryRow(Region region, long currentVolunteers, long activitiesThisYear, BigDecimal hoursThisYear,
            BigDecimal hoursThisQuarter) {
    }

    /** Per child region (a community: itself) and the total of the region, for the level pages. */
    public record Summary(Region region, int year, int quarter, List<SummaryRow> rows, SummaryRow total) {
    }
}
