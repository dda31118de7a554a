package org.grassroots.volunteer;

import org.grassroots.shared.Pager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Masking;
import org.grassroots.shared.Scope;
import org.grassroots.volunteer.VolunteerViews.ActivityListPage;
import org.grassroots.volunteer.VolunteerViews.ActivityPage;
import org.grassroots.volunteer.VolunteerViews.Crumb;
import org.grassroots.volunteer.VolunteerViews.Filter;
import org.grassroots.volunteer.VolunteerViews.HoursRow;
import org.grassroots.volunteer.VolunteerViews.ListPage;
import org.grassroots.volunteer.VolunteerViews.ServiceRow;
import org.grassroots.volunteer.VolunteerViews.Summary;
import org.grassroots.volunteer.VolunteerViews.SummaryRow;
import org.grassroots.volunteer.VolunteerViews.VolunteerPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the volunteer pages, and the per-child summary a level page may show. */
@Service
@Transactional(readOnly = true)
public class VolunteerPages {

    private final VolunteerService volunteers;
    private final VolunteerQueries queries;
    private final VolunteerHours hours;
    private final RegionService regions;

    VolunteerPages(VolunteerService volunteers, VolunteerQueries queries, VolunteerHours hours,
            RegionService regions) {
        this.volunteers = volunteers;
        this.queries = queries;
        this.hours = hours;
        this.regions = regions;
    }

    /** The volunteers of the region's communities (a street sees its communities'), 20 a page. */
    public ListPage list(long regionId, String q, Filter filter, int page, Scope scope) {
        Region region = regions.require(regionId, scope);
        String text = q == null || q.isBlank() ? null : q.trim();
        Filter f = filter == null ? Filter.CURRENT : filter;
        long total = queries.countVolunteers(region.getPath(), text, f);
        Pager pager = Pager.of(page, total);
        LocalDate today = volunteers.today();
        var rows = queries.volunteers(region.getPath(), text, f, today.withDayOfYear(1),
                today.withDayOfYear(today.lengthOfYear()), pager.size(), pager.offset());
        return new ListPage(region, crumbs(region, scope), region.getLevel() == RegionLevel.COMMUNITY, text, f, rows,
                pager, summaryOf(region, today));
    }

    public VolunteerPage volunteer(long id, Scope scope) {
        Volunteer v = volunteers.require(id, scope);
        Region community = volunteers.requireCommunity(v.getCommunityId(), scope);
        String name = v.getPersonName();
        String phone = Masking.phone(v.getPersonPhone());
        String orgName = null;
        if (v.getMemberId() != null) {
            var person = queries.person(v.getMemberId());
            name = person.map(VolunteerQueries.Person::name).orElse("");
            phone = person.map(p -> Masking.phone(p.phone())).orElse("");
            orgName = person.map(VolunteerQueries.Person::orgName).orElse(null);
        }
        List<ServiceRow> services = queries.servicesOf(v.getId());
        int year = volunteers.today().getYear();
        BigDecimal thisYear = services.stream().filter(s -> s.heldOn().getYear() == year).map(ServiceRow::hours)
                .reduce(VolunteerViews.NO_HOURS, BigDecimal::add);
        BigDecimal all = services.stream().map(ServiceRow::hours)
                .reduce(VolunteerViews.NO_HOURS, BigDecimal::add);
        return new VolunteerPage(community, crumbs(community, scope), v, name, phone, orgName, services, thisYear, all);
    }

    /** Every volunteer the list finds for the same text and filter, in its order (the Excel list). */
    VolunteerViews.ListRows allVolunteers(long regionId, String q, Filter filter, Scope scope) {
        Region region = regions.require(regionId, scope);
        String text = q == null || q.isBlank() ? null : q.trim();
        Filter f = filter == null ? Filter.CURRENT : filter;
        LocalDate today = volunteers.today();
        return new VolunteerViews.ListRows(region, text, f, queries.volunteers(region.getPath(), text, f,
                today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()), Integer.MAX_VALUE, 0));
    }

    /** The activities held in the region's communities in a year (default this year), 20 a page. */
    public ActivityListPage activities(long regionId, Integer year, int page, Scope scope) {
        Region region = regions.require(regionId, scope);
        int thisYear = volunteers.today().getYear();
        int y = year == null || year < 1900 || year > 9999 ? thisYear : year;
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = LocalDate.of(y, 12, 31);
        Pager pager = Pager.of(page, queries.countActivities(region.getPath(), from, to));
        List<Integer> years = new ArrayList<>(queries.activityYears(region.getPath()));
        for (int candidate : List.of(thisYear, y)) {
            if (!years.contains(candidate)) {
                years.add(candidate);
            }
        }
        years.sort((a, b) -> b - a);
        return new ActivityListPage(region, crumbs(region, scope), region.getLevel() == RegionLevel.COMMUNITY, y,
                years, queries.activities(region.getPath(), from, to, pager.size(), pager.offset()), pager);
    }

    public ActivityPage activity(long id, Scope scope) {
        VolunteerActivity a = volunteers.requireActivity(id, scope);
        Region community = volunteers.requireCommunity(a.getCommunityId(), scope);
        List<HoursRow> rows = hours.rowsOf(a.getId());
        BigDecimal total = rows.stream().map(HoursRow::hours).reduce(VolunteerViews.NO_HOURS, BigDecimal::add);
        return new ActivityPage(community, crumbs(community, scope), a, rows, total,
                queries.eligibleOn(a.getCommunityId(), a.getHeldOn()), !a.getHeldOn().isAfter(volunteers.today()));
    }

    /** The community's current members, and the volunteer's own member when they are no longer one of them. */
    public List<VolunteerViews.Choice> memberChoices(long communityId, Volunteer current) {
        List<VolunteerViews.Choice> choices = new ArrayList<>(queries.memberChoices(communityId));
        Long kept = current == null ? null : current.getMemberId();
        if (kept != null && choices.stream().noneMatch(c -> c.id() == kept)) {
            queries.person(kept).ifPresent(p -> choices.add(0, new VolunteerViews.Choice(p.id(), p.name(),
                    p.orgName())));
        }
        return choices;
    }

    /**
     * Per child region (a community: itself) and in total: current volunteers, activities held this
     * year, and their hours this year and this quarter, all from the rows in the tables.
     */
    public Summary summary(long regionId, Scope scope) {
        return summaryOf(regions.require(regionId, scope), volunteers.today());
    }

    /**
     * The same summary from figures already counted per community on today's date (the level roll-up):
     * the figures of every community in the region's subtree, as {@link #figuresByCommunity} counts them.
     */
    public Summary summary(long regionId, Scope scope, List<VolunteerFigures> figures) {
        return summaryOf(regions.require(regionId, scope), volunteers.today(), figures);
    }

    /**
     * The figures of each community among the given regions (every community when null; other regions
     * are skipped), counted as {@link #summary(long, Scope)} counts them, on today.
     */
    public List<VolunteerFigures> figuresByCommunity(Collection<Long> regionIds) {
        LocalDate today = volunteers.today();
        LocalDate quarterStart = quarterStart(today);
        return queries.totals(regionIds, today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()),
                quarterStart, quarterStart.plusMonths(3).minusDays(1));
    }

    private static LocalDate quarterStart(LocalDate today) {
        return LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    private Summary summaryOf(Region region, LocalDate today) {
        LocalDate quarterStart = quarterStart(today);
        return summaryOf(region, today, queries.totals(region.getPath(), today.withDayOfYear(1),
                today.withDayOfYear(today.lengthOfYear()), quarterStart, quarterStart.plusMonths(3).minusDays(1)));
    }

    private Summary summaryOf(Region region, LocalDate today, List<VolunteerFigures> totals) {
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        Map<Long, Region> children = new LinkedHashMap<>();
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            children.put(region.getId(), region);
        } else {
            regions.children(region).forEach(r -> children.put(r.getId(), r));
        }
        Map<Long, List<VolunteerFigures>> byChild = region.byChild(totals, VolunteerFigures::path);
        List<SummaryRow> rows = children.values().stream()
                .map(child -> sum(child, byChild.getOrDefault(child.getId(), List.of()))).toList();
        return new Summary(region, today.getYear(), quarter, rows, sum(region, totals));
    }

    private static SummaryRow sum(Region region, List<VolunteerFigures> totals) {
        return new SummaryRow(region,
                totals.stream().mapToLong(VolunteerFigures::currentVolunteers).sum(),
                totals.stream().mapToLong(VolunteerFigures::activitiesThisYear).sum(),
                totals.stream().map(VolunteerFigures::hoursThisYear)
                        .reduce(VolunteerViews.NO_HOURS, BigDecimal::add),
                totals.stream().map(VolunteerFigures::hoursThisQuarter)
                        .reduce(VolunteerViews.NO_HOURS, BigDecimal::add));
    }

    private List<Crumb> crumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId() : null))
                .toList();
    }
}
