package org.grassroots.meeting;

import org.grassroots.shared.Pager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grassroots.org.OrgType;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;

/** The read models behind the compliance, drill-down and reminders pages. */
final class ComplianceViews {

    private ComplianceViews() {
    }

    /** A breadcrumb step; linked only when the user may open it (the shape level/fragments :: crumbs reads). */
    record Crumb(String name, String url) {
    }

    /** A period as the pages write it: its key in URLs and the parts of its label. */
    record PeriodRef(String key, Frequency frequency, String year, String part, LocalDate start, LocalDate end) {

        static PeriodRef of(Period p) {
            if (p == null) {
                return null;
            }
            String part = switch (p.frequency()) {
                case MONTH -> Integer.toString(p.start().getMonthValue());
                case QUARTER -> Integer.toString((p.start().getMonthValue() - 1) / 3 + 1);
                case YEAR -> "";
            };
            return new PeriodRef(p.key(), p.frequency(), Integer.toString(p.start().getYear()), part, p.start(),
                    p.end());
        }

        public String labelKey() {
            return "compliance.period." + frequency.name();
        }
    }

    /** The period tabs and arrows of a page. */
    record Tabs(PeriodRef chosen, PeriodRef month, PeriodRef quarter, PeriodRef year, PeriodRef previous,
            PeriodRef next, boolean closed) {

        static Tabs of(PeriodChoice choice) {
            return new Tabs(PeriodRef.of(choice.chosen()), PeriodRef.of(choice.thisMonth()),
                    PeriodRef.of(choice.thisQuarter()), PeriodRef.of(choice.thisYear()),
                    PeriodRef.of(choice.previous()), PeriodRef.of(choice.next()), choice.isClosed());
        }
    }

    /** A requirement shown as a column. */
    record Column(long requirementId, MeetingType type, Frequency frequency, int minCount) {

        static Column of(MeetingRequirement r) {
            return new Column(r.getId(), r.getMeetingType(), r.getFrequency(), r.getMinCount());
        }
    }

    /** A child region (or the total, or the organizations sitting directly in the region) and its rates. */
    record RateRow(Long regionId, String name, Map<Long, ComplianceRate> rates) {

        public ComplianceRate rate(long requirementId) {
            return rates.getOrDefault(requirementId, ComplianceRate.NONE);
        }

        public boolean isEmpty() {
            return rates.values().stream().allMatch(ComplianceRate::isEmpty);
        }
    }

    /** One requirement in one period, as a column of the organization overview. */
    record GlanceColumn(Column requirement, PeriodRef period) {

        public String key() {
            return key(requirement.requirementId(), period.start());
        }

        static String key(long requirementId, LocalDate periodStart) {
            return requirementId + "@" + periodStart;
        }
    }

    /** The columns of one period in the organization overview. */
    record GlanceGroup(PeriodRef period, List<GlanceColumn> columns) {
    }

    /** An organization's status for one requirement and period, with its counts. */
    record Cell(ComplianceStatus status, int held, int expected) {

        static final Cell NOT_REQUIRED = new Cell(ComplianceStatus.NOT_REQUIRED, 0, 0);

        public String tone() {
            return switch (status) {
                case DONE -> "success";
                case DUE -> "info";
                case OVERDUE -> "warning";
                case NOT_REQUIRED -> "light";
            };
        }
    }

    /** An organization with its status per overview column. */
    record OrgRow(long orgId, String name, OrgType type, Map<String, Cell> cells) {

        public Cell cell(String key) {
            return cells.getOrDefault(key, Cell.NOT_REQUIRED);
        }
    }

    /**
     * The compliance page of a region. children: one row per child region (none for a community);
     * direct: the organizations sitting in the region itself, summed (null when there are none);
     * orgs: the organizations sitting in the region itself, each with its statuses at a glance.
     */
    record CompliancePage(Region region, List<Crumb> crumbs, Tabs tabs, List<Column> columns, RateRow totals,
            RegionLevel childLevel, List<RateRow> children, RateRow direct, List<GlanceGroup> glance,
            List<OrgRow> orgs) {
    }

    /** An organization that missed a requirement in a closed period. */
    record OverdueOrg(long orgId, String name, OrgType type, String regionName, int held, int expected) {
    }

    record OverduePage(Region region, List<Crumb> crumbs, Tabs tabs, Column requirement, List<OverdueOrg> orgs,
            Pager pager) {
    }

    /** A requirement due soon: held of expected in the period, days left until its last day. */
    record DueItem(MeetingType type, PeriodRef period, int held, int expected, long daysLeft) {
    }

    /** The closed periods in which an organization missed one kind of meeting, oldest first. */
    record OverdueGroup(MeetingType type, List<PeriodRef> periods) {
    }

    /** A term that has ended (days since) or ends soon (days left). */
    record TermNotice(LocalDate termEnd, long days, boolean expired) {
    }

    record ReminderOrg(long orgId, String name, OrgType type, String regionName, List<DueItem> dueSoon,
            List<OverdueGroup> overdue, TermNotice term) {
    }

    record RemindersPage(Region region, List<Crumb> crumbs, ReminderSummary summary, ReminderKind show,
            List<ReminderOrg> orgs, Pager pager) {
    }
}
