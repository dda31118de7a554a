package org.grassroots.reporting;

import org.grassroots.shared.Pager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.audit.AuditService;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.reporting.ReportingViews.Crumb;
import org.grassroots.reporting.ReportingViews.EmployerRow;
import org.grassroots.reporting.ReportingViews.FeedbackList;
import org.grassroots.reporting.ReportingViews.Overview;
import org.grassroots.reporting.ReportingViews.PeriodRow;
import org.grassroots.reporting.ReportingViews.PersonView;
import org.grassroots.reporting.ReportingViews.PostList;
import org.grassroots.reporting.ReportingViews.PostRow;
import org.grassroots.reporting.ReportingViews.ReportList;
import org.grassroots.reporting.ReportingViews.ReportPage;
import org.grassroots.reporting.ReportingViews.ReportRow;
import org.grassroots.reporting.ReportingViews.Sheet;
import org.grassroots.reporting.ReportingViews.SheetRow;
import org.grassroots.reporting.ReportingViews.Summary;
import org.grassroots.reporting.ReportingViews.SummaryRow;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting pages of a region (a community, or a street, district or city across its communities):
 * the overview with its reminders, the lists of periods and posts, one period, and the employer
 * feedback; and {@link #summary} for the level pages.
 */
@Service
@Transactional(readOnly = true)
public class ReportingPages {

    static final int PAGE_SIZE = 20;
    private static final String NAME_ORDER = "name, r.reported_on desc, r.id desc";
    private static final String DUE_ORDER = "r.valid_until, name, r.id";

    private final ReportingService reporting;
    private final ReportingQueries queries;
    private final RegionService regions;
    private final AuditService audit;

    ReportingPages(ReportingService reporting, ReportingQueries queries, RegionService regions, AuditService audit) {
        this.reporting = reporting;
        this.queries = queries;
        this.regions = regions;
        this.audit = audit;
    }

    /**
     * Reporting figures per child region of a region in scope — a community gives one row, itself — and
     * their total, counted from the records on today's date for the current calendar quarter. See
     * {@link SummaryRow} for what each number counts; a branch secretary (no region scope) gets 404.
     */
    public Summary summary(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        return summaryOf(region, reporting.today());
    }

    /**
     * The same summary from figures already counted per community on today's date (the level roll-up):
     * the figures of every community in the region's subtree, as {@link #figuresByCommunity} counts them.
     */
    public Summary summary(long regionId, Scope scope, List<ReportingFigures> figures) {
        Region region = regions.require(regionId, scope);
        return summaryOf(region, Quarter.of(reporting.today()), figures);
    }

    /**
     * The figures of each community among the given regions (every community when null; other regions
     * are skipped), counted as {@link #summary(long, Scope)} counts them, on today.
     */
    public List<ReportingFigures> figuresByCommunity(Collection<Long> regionIds) {
        LocalDate today = reporting.today();
        return queries.figures(regionIds, today, dueBy(today), Quarter.of(today));
    }

    private Summary summaryOf(Region region, LocalDate today) {
        Quarter quarter = Quarter.of(today);
        return summaryOf(region, quarter, queries.figures(region.getPath(), today, dueBy(today), quarter));
    }

    private Summary summaryOf(Region region, Quarter quarter, List<ReportingFigures> figures) {
        Map<Long, Region> children = new LinkedHashMap<>();
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            children.put(region.getId(), region);
        } else {
            regions.children(region).forEach(r -> children.put(r.getId(), r));
        }
        Map<Long, Long> childOf = new HashMap<>();
        for (ReportingFigures f : figures) {
            Long child = switch (region.getLevel()) {
                case COMMUNITY, STREET -> f.communityId();
                case DISTRICT -> f.streetId();
                case CITY -> f.districtId();
            };
            childOf.put(f.communityId(), child);
        }
        List<SummaryRow> rows = children.values().stream().map(child -> sum(child, figures.stream()
                .filter(f -> Objects.equals(childOf.get(f.communityId()), child.getId())).toList())).toList();
        return new Summary(region, quarter, rows, sum(region, figures));
    }

    private static SummaryRow sum(Region region, List<ReportingFigures> figures) {
        return new SummaryRow(region,
                figures.stream().mapToLong(ReportingFigures::reported).sum(),
                figures.stream().mapToLong(ReportingFigures::due).sum(),
                figures.stream().mapToLong(ReportingFigures::expired).sum(),
                figures.stream().mapToLong(ReportingFigures::services).sum(),
                figures.stream().map(ReportingFigures::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                figures.stream().mapToLong(ReportingFigures::posts).sum());
    }

    /** The overview: the figures, and the periods due for re-reporting or expired, soonest first. */
    public Overview overview(long regionId, int page, Scope scope) {
        Region region = regions.require(regionId, scope);
        LocalDate today = reporting.today();
        String due = ReportStatus.DUE + "," + ReportStatus.EXPIRED;
        long total = queries.countReports(region.getPath(), "", due, today, dueBy(today));
        Pager pager = Pager.of(page, PAGE_SIZE, total);
        List<ReportRow> rows = queries.reports(region.getPath(), "", due, today, dueBy(today), DUE_ORDER,
                pager.size(), pager.offset());
        return new Overview(region, crumbs(region, scope), summaryOf(region, today), rows, pager, reporting.rules());
    }

    public ReportList reports(long regionId, String q, String status, int page, Scope scope) {
        Region region = regions.require(regionId, scope);
        LocalDate today = reporting.today();
        ReportFilter filter = filter(status);
        String statuses = filter == null ? null : filter == ReportFilter.CURRENT
                ? ReportStatus.CURRENT + "," + ReportStatus.DUE : filter.name();
        String query = q == null ? "" : q.trim();
        long total = queries.countReports(region.getPath(), query, statuses, today, dueBy(today));
        Pager pager = Pager.of(page, PAGE_SIZE, total);
        return new ReportList(region, crumbs(region, scope), query, filter,
                queries.reports(region.getPath(), query, statuses, today, dueBy(today), NAME_ORDER, pager.size(),
                        pager.offset()), pager);
    }

    public PostList posts(long regionId, String q, boolean showClosed, int page, Scope scope) {
        Region region = regions.require(regionId, scope);
        String query = q == null ? "" : q.trim();
        long total = queries.countPosts(region.getPath(), query, showClosed);
        Pager pager = Pager.of(page, PAGE_SIZE, total);
        return new PostList(region, crumbs(region, scope), query, showClosed,
                queries.posts(region.getPath(), query, showClosed, reporting.today(), pager.size(), pager.offset()),
                pager);
    }

    /** Posts a period of the community may choose: the open ones, and those it already holds. */
    public List<PostRow> postChoices(long communityId, Set<Long> held) {
        return queries.postsOf(communityId, reporting.today()).stream()
                .filter(p -> !p.closed() || held.contains(p.id())).toList();
    }

    /** Open resident units of the community and its street, as id and name. */
    public List<ReportingViews.UnitChoice> unitChoices(long communityId) {
        return queries.unitChoices(communityId);
    }

    public ReportPage report(long id, int page, Scope scope) {
        MemberReport report = reporting.requireReport(id, scope);
        Region community = reporting.requireCommunity(report.getCommunityId(), scope);
        LocalDate today = reporting.today();
        boolean followed = queries.followed(report.getId());
        ReportStatus status = ReportingPolicy.status(report.getReportedOn(), report.getValidUntil(),
                report.getEndedOn(), followed, today, reporting.rules().remindDays());
        PersonView person = person(report);
        List<PostRow> posts = queries.postsOf(community.getId(), today).stream()
                .filter(p -> report.getPostIds().contains(p.id())).toList();
        String unitName = report.getEmployerUnitId() == null ? null
                : queries.unitName(report.getEmployerUnitId()).orElse(null);
        Object[] totals = queries.serviceTotals(report.getId());
        long count = (Long) totals[0];
        Pager pager = Pager.of(page, PAGE_SIZE, count);
        List<PeriodRow> periods = queries.periodsOfPerson(report.getId()).stream()
                .map(row -> new PeriodRow(((Number) row.get("id")).longValue(), (String) row.get("community_name"),
                        local(row.get("reported_on")), local(row.get("valid_until")), local(row.get("ended_on")),
                        scope.coversRegion((String) row.get("path")) ? "/member-reports/" + row.get("id") : null))
                .toList();
        boolean renewable = !report.isEnded() && !followed;
        LocalDate renewFrom = ReportingPolicy.renewalStart(report.getValidUntil(), today);
        return new ReportPage(community, crumbs(community, scope), report, person, status, posts, unitName,
                queries.services(report.getId(), pager.size(), pager.offset()), pager, count, (BigDecimal) totals[1],
                periods, renewable, renewFrom,
                ReportingPolicy.validUntil(renewFrom, reporting.rules().reReportMonths()));
    }

    /**
     * The person of a period found in scope: a member by name, masked ID number and masked phone, or the
     * outsider; with the employer's Party organization.
     */
    public PersonView person(MemberReport report) {
        String orgName = report.getEmployerOrgId() == null ? report.getEmployerOrgName()
                : queries.orgName(report.getEmployerOrgId()).orElse("");
        if (report.getMemberId() == null) {
            return new PersonView(report.getPersonName(), false, null, report.getPersonPhoneMasked(), orgName);
        }
        PersonView m = queries.member(report.getMemberId()).orElseThrow();
        return new PersonView(m.name(), true, m.idNumberMasked(), m.phoneMasked(), orgName);
    }

    // ---------------------------------------------------------------- employer feedback

    public FeedbackList feedback(long regionId, String quarterText, int page, Scope scope) {
        Region region = regions.require(regionId, scope);
        Quarter quarter = quarter(quarterText);
        long total = queries.countEmployers(region.getPath(), quarter);
        Pager pager = Pager.of(page, PAGE_SIZE, total);
        return new FeedbackList(region, crumbs(region, scope), quarter,
                queries.employers(region.getPath(), quarter, pager.size(), pager.offset()), pager);
    }

    /** The feedback sheet of one employer: an employer with nobody in the quarter answers 404. */
    public Sheet sheet(long regionId, String quarterText, String employer, Scope scope) {
        Region region = regions.require(regionId, scope);
        Quarter quarter = quarter(quarterText);
        EmployerKey key = EmployerKey.parse(employer).orElseThrow(() -> new NotFoundException("employer", employer));
        EmployerRow row = queries.employer(region.getPath(), quarter, key)
                .orElseThrow(() -> new NotFoundException("employer", employer));
        List<SheetRow> rows = merge(queries.sheetPeriods(region.getPath(), quarter, key));
        return new Sheet(region, quarter, row, rows, reporting.today());
    }

    /** The same sheet for the spreadsheet; the export is audited (who, which region, quarter and employer). */
    @Transactional
    public Sheet exportSheet(long regionId, String quarterText, String employer, Scope scope) {
        Sheet sheet = sheet(regionId, quarterText, employer, scope);
        EmployerRow e = sheet.employer();
        audit.record("EXPORT", "member_report", null, "feedback region=" + sheet.region().getId() + " quarter="
                + sheet.quarter() + " employer=" + (e.orgId() != null ? "org " + e.orgId() : e.orgName())
                + " rows=" + sheet.rows().size());
        return sheet;
    }

    /** Periods of one person in one community become one line: first report, latest period, summed services. */
    private static List<SheetRow> merge(List<Map<String, Object>> periods) {
        Map<String, List<Map<String, Object>>> byPerson = periods.stream().collect(Collectors.groupingBy(
                p -> p.get("person_key") + "@" + p.get("community_id"), LinkedHashMap::new, Collectors.toList()));
        List<SheetRow> rows = new ArrayList<>();
        for (List<Map<String, Object>> list : byPerson.values()) {
            Map<String, Object> first = list.get(0);
            Map<String, Object> last = list.get(list.size() - 1);
            String posts = list.stream().map(p -> (String) p.get("posts")).filter(Objects::nonNull)
                    .flatMap(p -> java.util.Arrays.stream(p.split("\u001f"))).distinct()
                    .collect(Collectors.joining("、"));
            long services = list.stream().mapToLong(p -> ((Number) p.get("services")).longValue()).sum();
            BigDecimal hours = list.stream().map(p -> (BigDecimal) p.get("hours")).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            LocalDate lastService = list.stream().map(p -> local(p.get("last_on"))).filter(Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(null);
            rows.add(new SheetRow((String) first.get("name"), (String) first.get("community_name"),
                    local(first.get("reported_on")), local(last.get("reported_on")), local(last.get("valid_until")),
                    posts, services, hours, lastService));
        }
        return rows;
    }

    // ---------------------------------------------------------------- helpers

    public Quarter quarter(String text) {
        return Quarter.parse(text).orElseGet(() -> Quarter.of(reporting.today()));
    }

    private LocalDate dueBy(LocalDate today) {
        return today.plusDays(reporting.rules().remindDays());
    }

    private static ReportFilter filter(String status) {
        if (status == null) {
            return null;
        }
        for (ReportFilter f : ReportFilter.values()) {
            if (f.name().equals(status)) {
                return f;
            }
        }
        return null;
    }

    List<Crumb> crumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId() : null))
                .toList();
    }

    private static LocalDate local(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
