package org.grassroots.reporting;

import org.grassroots.shared.Pager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.grassroots.region.Region;

/** What the reporting pages show. */
public final class ReportingViews {

    private ReportingViews() {
    }

    public record Crumb(String name, String url) {
    }

    /** A category with its names; {@code label(locale)} gives the one to show. */
    public record CategoryLabel(String code, String nameZh, String nameEn, boolean active) {

        public String label(Locale locale) {
            return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
        }
    }

    /** A service post with its category and how many people currently hold it. */
    public record PostRow(long id, long communityId, String communityName, CategoryLabel category, String name,
            String description, Integer capacity, long occupied, LocalDate closedOn) {

        public boolean closed() {
            return closedOn != null;
        }

        public boolean full() {
            return !ReportingPolicy.fits(capacity, occupied);
        }
    }

    public record PostList(Region region, List<Crumb> crumbs, String q, boolean showClosed, List<PostRow> rows,
            Pager pager) {
    }

    /** One reporting period in a list; the phone is masked. */
    public record ReportRow(long id, long communityId, String communityName, Long memberId, String name,
            String phoneMasked, String employerName, String employerOrgName, LocalDate reportedOn,
            LocalDate validUntil, LocalDate endedOn, ReportStatus status, long posts) {

        public boolean member() {
            return memberId != null;
        }
    }

    public record ReportList(Region region, List<Crumb> crumbs, String q, ReportFilter filter, List<ReportRow> rows,
            Pager pager) {
    }

    /** A resident unit that may be named as the employer. */
    public record UnitChoice(long id, String name) {
    }

    /** The person of a report: a member (masked ID number, the organization's name) or an outsider. */
    public record PersonView(String name, boolean member, String idNumberMasked, String phoneMasked, String orgName) {
    }

    public record ServiceRow(long id, LocalDate servedOn, BigDecimal hours, Long postId, String postName,
            String description, String confirmedBy) {
    }

    /** Another period of the same person, in this or another community; url only when in scope. */
    public record PeriodRow(long id, String communityName, LocalDate reportedOn, LocalDate validUntil,
            LocalDate endedOn, String url) {
    }

    public record ReportPage(Region community, List<Crumb> crumbs, MemberReport report, PersonView person,
            ReportStatus status, List<PostRow> posts, String unitName, List<ServiceRow> services, Pager pager,
            long serviceCount, BigDecimal serviceHours, List<PeriodRow> periods, boolean renewable,
            LocalDate renewFrom, LocalDate renewUntil) {
    }

    /**
     * Reporting figures of one region (a community, or a child region summing its communities):
     * membersReported — people whose period covers today; reReportDue — periods covering today that end
     * within the reminder window with no following period; expired — periods over with no following one
     * and not ended; servicesThisQuarter and hoursThisQuarter — service records (count, sum of hours)
     * served in the quarter; openPosts — service posts not closed.
     */
    public record SummaryRow(Region region, long membersReported, long reReportDue, long expired,
            long servicesThisQuarter, BigDecimal hoursThisQuarter, long openPosts) {
    }

    /** Rows per child region (a community: itself) and their total, for the region and quarter. */
    public record Summary(Region region, Quarter quarter, List<SummaryRow> rows, SummaryRow total) {
    }

    public record Overview(Region region, List<Crumb> crumbs, Summary summary, List<ReportRow> due, Pager pager,
            ReportingRules rules) {
    }

    /**
     * An employer in a quarter: a Party organization of the system (orgId), or for outsiders the
     * employer's name with its Party organization's name; its people, their services and hours.
     */
    public record EmployerRow(String key, Long orgId, String orgName, String employerNames, long members,
            long services, BigDecimal hours) {
    }

    public record FeedbackList(Region region, List<Crumb> crumbs, Quarter quarter, List<EmployerRow> rows,
            Pager pager) {
    }

    /** One person on the feedback sheet: where and since when they report, their posts and their quarter. */
    public record SheetRow(String name, String communityName, LocalDate firstReportedOn, LocalDate periodFrom,
            LocalDate periodUntil, String posts, long services, BigDecimal hours, LocalDate lastService) {
    }

    public record Sheet(Region region, Quarter quarter, EmployerRow employer, List<SheetRow> rows,
            LocalDate preparedOn) {
    }
}
