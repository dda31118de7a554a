package org.grassroots.regional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.regional.RegionalPolicy.Period;
import org.grassroots.regional.RegionalViews.AgreementListPage;
import org.grassroots.regional.RegionalViews.AgreementPage;
import org.grassroots.regional.RegionalViews.AgreementRow;
import org.grassroots.regional.RegionalViews.CommunityTie;
import org.grassroots.regional.RegionalViews.Crumb;
import org.grassroots.regional.RegionalViews.FollowUpRow;
import org.grassroots.regional.RegionalViews.JointPage;
import org.grassroots.regional.RegionalViews.JointStatus;
import org.grassroots.regional.RegionalViews.ListPage;
import org.grassroots.regional.RegionalViews.ListRows;
import org.grassroots.regional.RegionalViews.MatchPage;
import org.grassroots.regional.RegionalViews.MatchRow;
import org.grassroots.regional.RegionalViews.MeetingRow;
import org.grassroots.regional.RegionalViews.MemberRow;
import org.grassroots.regional.RegionalViews.Membership;
import org.grassroots.regional.RegionalViews.NeedRow;
import org.grassroots.regional.RegionalViews.OverviewPage;
import org.grassroots.regional.RegionalViews.ProjectRow;
import org.grassroots.regional.RegionalViews.RegionalSummary;
import org.grassroots.regional.RegionalViews.ResourceRow;
import org.grassroots.regional.RegionalViews.SeatFigures;
import org.grassroots.regional.RegionalViews.SummaryRow;
import org.grassroots.regional.RegionalViews.UnitHistory;
import org.grassroots.shared.Pager;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the regional Party building pages, and the read API other pages use: {@link #summary} (the
 * figures per child region for the level pages) and {@link #communityTies} (the 区域化 part of 三有一化).
 */
@Service
@Transactional(readOnly = true)
public class RegionalPages {

    /** The limit of an unpaged list: every row. */
    private static final int ALL = Integer.MAX_VALUE;

    private final JointMeetingService joint;
    private final AgreementService agreements;
    private final ListService lists;
    private final ContactService contacts;
    private final RegionalQueries queries;
    private final RegionService regions;
    private final RegionalPolicy policy;

    RegionalPages(JointMeetingService joint, AgreementService agreements, ListService lists, ContactService contacts,
            RegionalQueries queries, RegionService regions, RegionalPolicy policy) {
        this.joint = joint;
        this.agreements = agreements;
        this.lists = lists;
        this.contacts = contacts;
        this.queries = queries;
        this.regions = regions;
        this.policy = policy;
    }

    // ---------------------------------------------------------------- public read API

    /**
     * Regional Party building figures per child region of a region in scope (404 otherwise): for a
     * community one row, itself; for a street one row per community and its own row (the street's joint
     * meeting and agreements); for a district or the city one row per child. The total covers the whole
     * subtree. See {@link SummaryRow} for what each number counts.
     */
    public RegionalSummary summary(long regionId, Scope scope) {
        return summary(regions.require(regionId, scope));
    }

    /**
     * The total of {@link #summary} without a row per child, for a page that shows only the total (the
     * upper level pages): added up by the database over the subtree's seats, one row instead of one per seat.
     */
    public RegionalSummary total(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        LocalDate today = lists.today();
        Period period = policy.period(today);
        RegionalQueries.SeatTotals t = queries.seatTotals(region.getPath(), period.start(), today,
                today.withDayOfYear(1));
        return new RegionalSummary(region, period, List.of(), new SummaryRow(region, false, t.meetingsHeld(),
                t.streets(), t.streetsMet(), t.openFollowUps(), t.overdueFollowUps(), t.activeAgreements(),
                t.needsRaised(), t.needsMet(), t.needsRaised() - t.needsMet(), t.projectsDone()));
    }

    /**
     * {@link #total(long, Scope)} added up from the seats' own figures kept by the box roll-up (every
     * street and community of the subtree); counted from the records when the figures were counted with
     * another period than today's (the setting changed) or there are none.
     */
    public RegionalSummary total(long regionId, Scope scope, List<SeatFigures> seats) {
        Region region = regions.require(regionId, scope);
        LocalDate today = lists.today();
        Period period = policy.period(today);
        if (!countedFor(seats, period)) {
            return total(regionId, scope);
        }
        SummaryRow total = SummaryRow.zero(region, false);
        for (SeatFigures f : seats) {
            total = total.plus(row(region, f));
        }
        return new RegionalSummary(region, period, List.of(), total);
    }

    /**
     * {@link #summary(long, Scope)} from the seats' own figures kept by the box roll-up (every street and
     * community of the subtree, as the box roll-up counts them with the same statement); counted from the
     * records as {@link #total(long, Scope, List)}.
     */
    public RegionalSummary summary(long regionId, Scope scope, List<SeatFigures> seats) {
        Region region = regions.require(regionId, scope);
        Period period = policy.period(lists.today());
        return countedFor(seats, period) ? summary(region, period, seats) : summary(region);
    }

    /**
     * {@link #communityTies(long, Scope)} from the seats' own figures kept by the box roll-up: a
     * community's last meeting is its own or its street's, the later. Read from the records when a
     * community's street is not among the seats (a community's own page), or as {@link #total(long, Scope,
     * List)}.
     */
    public List<CommunityTie> communityTies(long regionId, Scope scope, List<SeatFigures> seats) {
        LocalDate today = lists.today();
        Map<Long, LocalDate> streetMet = new HashMap<>();
        seats.stream().filter(SeatFigures::street).forEach(f -> streetMet.put(f.regionId(), f.lastMeetingOn()));
        boolean streetsKnown = seats.stream().allMatch(f -> f.street() || streetMet.containsKey(f.streetId()));
        if (!streetsKnown || !countedFor(seats, policy.period(today))) {
            return communityTies(regionId, scope);
        }
        regions.require(regionId, scope);
        LocalDate since = policy.tiesSince(today);
        return seats.stream().filter(f -> !f.street()).map(f -> {
            LocalDate last = later(f.lastMeetingOn(), streetMet.get(f.streetId()));
            boolean active = last != null && !last.isBefore(since) || f.activeAgreements() > 0;
            return new CommunityTie(f.regionId(), f.name(), f.streetId(), last, f.activeAgreements(), active);
        }).toList();
    }

    /**
     * Every street's and community's own figures among the regions (every one when null), counted today
     * as {@link #total(long, Scope)} counts them, with its last joint meeting: for the box roll-up.
     */
    public List<SeatFigures> figuresBySeat(Collection<Long> regionIds) {
        LocalDate today = lists.today();
        return queries.seatFigures(regionIds, policy.period(today).start(), today, today.withDayOfYear(1));
    }

    private static boolean countedFor(List<SeatFigures> seats, Period period) {
        return !seats.isEmpty() && seats.stream().allMatch(f -> period.start().equals(f.periodStart()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    /**
     * For every community under the region (in scope, 404 otherwise): whether its regional ties are
     * active, with the last meeting day and the number of active agreements. One set-based query.
     */
    public List<CommunityTie> communityTies(long regionId, Scope scope) {
        return tiesUnder(regions.require(regionId, scope).getPath());
    }

    /** The same for a region path prefix the caller has already checked against the scope. */
    public List<CommunityTie> tiesUnder(String regionPathPrefix) {
        LocalDate today = lists.today();
        return queries.ties(regionPathPrefix, today, policy.tiesSince(today));
    }

    // ---------------------------------------------------------------- overview

    public OverviewPage overview(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        LocalDate today = lists.today();
        JointStatus status = null;
        if (region.getLevel() == RegionLevel.STREET || region.getLevel() == RegionLevel.COMMUNITY) {
            RegionalQueries.MeetingFacts f = queries.meetingFacts(region.getId(), today);
            status = new JointStatus(policy.metInPeriod(f.lastHeld(), today), f.lastHeld(), f.open(), f.overdue(),
                    f.members());
        }
        List<AgreementRow> expiring = queries.agreements(region.getPath(), "EXPIRING", null, today, warn(today),
                policy, Pager.SIZE, 0);
        return new OverviewPage(region, crumbs(region, scope), summary(region), status, expiring);
    }

    // ---------------------------------------------------------------- joint meeting

    public JointPage joint(long regionId, int page, Scope scope) {
        Region seat = joint.requireSeat(regionId, scope);
        LocalDate today = joint.today();
        List<JointMember> members = joint.membersOf(seat.getId());
        Set<Long> unitIds = new HashSet<>();
        members.forEach(m -> unitIds.add(m.getUnitId()));
        List<Long> followUpIds = queries.followUpIds(seat.getId());
        List<FollowUp> followUps = joint.followUpsById(followUpIds);
        followUps.forEach(f -> unitIds.add(f.getOwnerUnitId()));
        Map<Long, String> names = queries.unitNames(unitIds);
        Map<Long, Long> attended = queries.attendanceByMember(seat.getId());
        List<MemberRow> memberRows = members.stream()
                .map(m -> new MemberRow(m, names.get(m.getUnitId()), attended.getOrDefault(m.getId(), 0L))).toList();
        Map<Long, JointMember> byId = new HashMap<>();
        members.forEach(m -> byId.put(m.getId(), m));
        Pager pager = Pager.of(page, queries.countMeetings(seat.getId()));
        List<MeetingRow> meetings = joint.meetingsById(queries.meetingIds(seat.getId(), pager.size(), pager.offset()))
                .stream().map(m -> new MeetingRow(m, m.getMemberIds().stream().map(byId::get)
                        .filter(java.util.Objects::nonNull).map(x -> names.get(x.getUnitId())).toList(),
                        m.getHeldOn().isAfter(today), policy.topicsDue(m.getHeldOn()))).toList();
        Map<Long, LocalDate> meetingDays = new HashMap<>();
        joint.meetingsOf(seat.getId()).forEach(m -> meetingDays.put(m.getId(), m.getHeldOn()));
        List<FollowUpRow> followUpRows = followUps.stream().map(f -> new FollowUpRow(f, names.get(f.getOwnerUnitId()),
                f.getMeetingId() == null ? null : meetingDays.get(f.getMeetingId()), f.overdueOn(today))).toList();
        RegionalQueries.MeetingFacts facts = queries.meetingFacts(seat.getId(), today);
        return new JointPage(seat, crumbs(seat, scope), policy.period(today), policy.metInPeriod(facts.lastHeld(), today),
                facts.lastHeld(), memberRows, meetings, pager, followUpRows, facts.open(), facts.overdue());
    }

    /** The members of a joint meeting already checked against the scope, with their unit names. */
    List<MemberRow> memberRows(long seatId) {
        List<JointMember> members = joint.membersOf(seatId);
        Map<Long, String> names = queries.unitNames(members.stream().map(JointMember::getUnitId).toList());
        Map<Long, Long> attended = queries.attendanceByMember(seatId);
        return members.stream()
                .map(m -> new MemberRow(m, names.get(m.getUnitId()), attended.getOrDefault(m.getId(), 0L))).toList();
    }

    // ---------------------------------------------------------------- agreements

    public AgreementListPage agreements(long regionId, ListSearch search, Scope scope) {
        Region region = regions.require(regionId, scope);
        LocalDate today = agreements.today();
        String state = "EXPIRING".equals(search.getStatus()) ? "EXPIRING"
                : ListSearch.known(AgreementState.class, search.getStatus());
        Pager pager = Pager.of(search.getPage(),
                queries.countAgreements(region.getPath(), state, search.like(), today, warn(today)));
        List<AgreementRow> rows = queries.agreements(region.getPath(), state, search.like(), today, warn(today), policy,
                pager.size(), pager.offset());
        return new AgreementListPage(region, crumbs(region, scope), search, rows, pager);
    }

    public AgreementPage agreement(long id, Scope scope) {
        Agreement a = agreements.require(id, scope);
        AgreementRow row = queries.agreementsById(List.of(a.getId()), policy, agreements.today()).get(0);
        Region region = regions.findById(a.getRegionId()).orElseThrow();
        return new AgreementPage(a, row, agreements.reviewsOf(a.getId()), crumbs(region, scope));
    }

    // ---------------------------------------------------------------- the three lists

    public ListPage<NeedRow> needs(long regionId, ListSearch search, Scope scope) {
        Region region = regions.require(regionId, scope);
        String status = ListSearch.known(NeedStatus.class, search.getStatus());
        Pager pager = Pager.of(search.getPage(), queries.countNeeds(region.getPath(), search, status));
        return new ListPage<>(region, crumbs(region, scope), search,
                queries.needs(region.getPath(), search, status, pager.size(), pager.offset()), pager,
                queries.activeCategories(), summary(region).total());
    }

    public ListPage<ResourceRow> resources(long regionId, ListSearch search, Scope scope) {
        Region region = regions.require(regionId, scope);
        String type = ListSearch.known(ResourceType.class, search.getType());
        LocalDate today = lists.today();
        Pager pager = Pager.of(search.getPage(), queries.countResources(region.getPath(), search, type, today));
        return new ListPage<>(region, crumbs(region, scope), search,
                queries.resources(region.getPath(), search, type, today, pager.size(), pager.offset()), pager,
                queries.activeCategories(), summary(region).total());
    }

    public ListPage<ProjectRow> projects(long regionId, ListSearch search, Scope scope) {
        Region region = regions.require(regionId, scope);
        String status = ListSearch.known(ProjectStatus.class, search.getStatus());
        Pager pager = Pager.of(search.getPage(), queries.countProjects(region.getPath(), search, status));
        return new ListPage<>(region, crumbs(region, scope), search,
                queries.projects(region.getPath(), search, status, lists.today(), pager.size(), pager.offset()), pager,
                queries.activeCategories(), summary(region).total());
    }

    /** Every need of the region matching the page's search, in the page's order (the Excel list). */
    ListRows<NeedRow> allNeeds(long regionId, ListSearch search, Scope scope) {
        Region region = regions.require(regionId, scope);
        String status = ListSearch.known(NeedStatus.class, search.getStatus());
        return new ListRows<>(region, search, queries.needs(region.getPath(), search, status, ALL, 0),
                queries.activeCategories());
    }

    /** Every resource of the region matching the page's search, in the page's order (the Excel list). */
    ListRows<ResourceRow> allResources(long regionId, ListSearch search, Scope scope) {
        Region region = regions.require(regionId, scope);
        String type = ListSearch.known(ResourceType.class, search.getType());
        return new ListRows<>(region, search,
                queries.resources(region.getPath(), search, type, lists.today(), ALL, 0), queries.activeCategories());
    }

    /** Every project of the region matching the page's search, in the page's order (the Excel list). */
    ListRows<ProjectRow> allProjects(long regionId, ListSearch search, Scope scope) {
        Region region = regions.require(regionId, scope);
        String status = ListSearch.known(ProjectStatus.class, search.getStatus());
        return new ListRows<>(region, search,
                queries.projects(region.getPath(), search, status, lists.today(), ALL, 0), queries.activeCategories());
    }

    /** Open needs of the region, each with up to five available resources of its category, nearest first. */
    public MatchPage matching(long regionId, int page, Scope scope) {
        Region region = regions.require(regionId, scope);
        Pager pager = Pager.of(page, queries.countUnmet(region.getPath()));
        List<NeedRow> open = queries.unmet(region.getPath(), pager.size(), pager.offset());
        Map<Long, List<RegionalViews.Candidate>> found = queries.candidates(region.getPath(),
                open.stream().map(NeedRow::id).toList(), lists.today());
        List<MatchRow> rows = open.stream().map(n -> new MatchRow(n, found.getOrDefault(n.id(), List.of()))).toList();
        return new MatchPage(region, crumbs(region, scope), rows, pager);
    }

    /** Needs for the project form: the open ones of the region, and the project's own. */
    List<NeedRow> needChoices(Region region, Long keep) {
        return queries.needChoices(region.getPath(), keep);
    }

    List<ResourceRow> resourceChoices(Region region, java.util.Collection<Long> keep) {
        return queries.resourceChoices(region.getPath(), lists.today(), keep);
    }

    List<RegionalViews.Category> categories() {
        return queries.activeCategories();
    }

    List<RegionalViews.Choice> unitChoices(Region seat) {
        return queries.unitsWithin(seat.getPath());
    }

    List<RegionalViews.Choice> unitChoice(long unitId) {
        return queries.unitNames(List.of(unitId)).entrySet().stream()
                .map(e -> new RegionalViews.Choice(e.getKey(), e.getValue())).toList();
    }

    List<RegionalViews.Choice> orgChoices(Region seat) {
        return queries.leadingOrgs(seat.getPath());
    }

    List<ProjectRow> projectsOfNeed(long needId) {
        return queries.projectsOfNeed(needId, lists.today());
    }

    // ---------------------------------------------------------------- the unit page

    UnitHistory history(long unitId, boolean writable) {
        LocalDate today = lists.today();
        List<JointMember> memberships = joint.membershipsOf(unitId);
        Map<Long, String> bodyNames = new HashMap<>();
        regions.byIds(memberships.stream().map(JointMember::getRegionId).distinct().toList())
                .forEach(r -> bodyNames.put(r.getId(), r.getName()));
        RegionalQueries.Attendance attendance = queries.attendanceOfUnit(unitId);
        return new UnitHistory(unitId, writable, contacts.contactsOf(unitId),
                memberships.stream().map(m -> new Membership(m, bodyNames.get(m.getRegionId()))).toList(),
                attendance.meetings(), attendance.last(),
                queries.agreementsById(queries.agreementIdsOfUnit(unitId), policy, today),
                queries.resourcesOfUnit(unitId, today), queries.projectsOfUnit(unitId, today));
    }

    // ---------------------------------------------------------------- helpers

    List<Crumb> crumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId() : null))
                .toList();
    }

    private LocalDate warn(LocalDate today) {
        return today.plusDays(policy.rules().agreementWarningDays());
    }

    private RegionalSummary summary(Region region) {
        LocalDate today = lists.today();
        Period period = policy.period(today);
        return summary(region, period, queries.seatFigures(region.getPath(), period.start(), today,
                today.withDayOfYear(1)));
    }

    private RegionalSummary summary(Region region, Period period, List<SeatFigures> facts) {
        Map<Long, SummaryRow> rows = new LinkedHashMap<>();
        SummaryRow own = null;
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            rows.put(region.getId(), SummaryRow.zero(region, false));
        } else {
            regions.children(region).forEach(c -> rows.put(c.getId(), SummaryRow.zero(c, false)));
            if (region.getLevel() == RegionLevel.STREET) {
                own = SummaryRow.zero(region, true);
            }
        }
        int depth = region.pathIds().size();
        SummaryRow total = SummaryRow.zero(region, false);
        for (SeatFigures f : facts) {
            SummaryRow add = row(region, f);
            total = total.plus(add);
            List<Long> ids = pathIds(f.path());
            if (region.getLevel() == RegionLevel.COMMUNITY) {
                rows.computeIfPresent(region.getId(), (k, v) -> v.plus(add));
            } else if (ids.size() == depth && own != null) {
                own = own.plus(add);
            } else if (ids.size() > depth) {
                rows.computeIfPresent(ids.get(depth), (k, v) -> v.plus(add));
            }
        }
        List<SummaryRow> list = new ArrayList<>(rows.values());
        if (own != null) {
            list.add(own);
        }
        return new RegionalSummary(region, period, list, total);
    }

    /** A seat's own figures as a summary row of the region (a street counts itself, and whether it met). */
    private static SummaryRow row(Region region, SeatFigures f) {
        return new SummaryRow(region, false, f.meetingsHeld(), f.street() ? 1 : 0,
                f.street() && f.meetingsHeld() > 0 ? 1 : 0, f.openFollowUps(), f.overdueFollowUps(),
                f.activeAgreements(), f.needsRaised(), f.needsMet(), f.needsRaised() - f.needsMet(), f.projectsDone());
    }

    private static List<Long> pathIds(String path) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.valueOf(part));
            }
        }
        return ids;
    }
}
