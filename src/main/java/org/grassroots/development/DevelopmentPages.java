package org.grassroots.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.audit.AuditService;
import org.grassroots.development.DevelopmentQueries.Counts;
import org.grassroots.development.DevelopmentQueries.Fact;
import org.grassroots.development.DevelopmentQueries.GroupBy;
import org.grassroots.development.DevelopmentViews.ApprovalPage;
import org.grassroots.development.DevelopmentViews.ApprovalsPage;
import org.grassroots.development.DevelopmentViews.BoardPage;
import org.grassroots.development.DevelopmentViews.MemberCard;
import org.grassroots.development.DevelopmentViews.Paged;
import org.grassroots.development.DevelopmentViews.PendingRow;
import org.grassroots.development.DevelopmentViews.PersonPage;
import org.grassroots.development.DevelopmentViews.PersonRow;
import org.grassroots.development.DevelopmentViews.ProbationPage;
import org.grassroots.development.DevelopmentViews.StageCounts;
import org.grassroots.development.DevelopmentViews.StagePage;
import org.grassroots.development.DevelopmentViews.StepLine;
import org.grassroots.member.MemberService;
import org.grassroots.member.MemberStatus;
import org.grassroots.member.PartyMember;
import org.grassroots.org.OrgService;
import org.grassroots.org.OrgType;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Scope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the development pages: the board of a scope, the probation list, a street's approval queue,
 * a person's steps, the member page's section, and the stage table of a region for the level pages.
 */
@Service
@Transactional(readOnly = true)
public class DevelopmentPages {

    static final int PAGE_SIZE = 20;

    /** An export carries at most this many rows. */
    static final int MAX_EXPORT = 5000;

    private final DevelopmentService development;
    private final DevelopmentQueries queries;
    private final StepCatalogue catalogue;
    private final DevelopmentRules rules;
    private final RegionService regions;
    private final OrgService orgs;
    private final MemberService members;
    private final MessageSource messages;
    private final AuditService audit;

    DevelopmentPages(DevelopmentService development, DevelopmentQueries queries, StepCatalogue catalogue,
            DevelopmentRules rules, RegionService regions, OrgService orgs, MemberService members,
            MessageSource messages, AuditService audit) {
        this.messages = messages;
        this.audit = audit;
        this.development = development;
        this.queries = queries;
        this.catalogue = catalogue;
        this.rules = rules;
        this.regions = regions;
        this.orgs = orgs;
        this.members = members;
    }

    // ---------------------------------------------------------------- level pages

    /**
     * The pipeline of a region for its level page: one row per child region (a district's streets, a
     * street's communities and the organizations sitting in the street itself, a community's
     * organizations), each with the people at each stage, approvals waiting, people with something due
     * and people past a deadline, and the total of the region. A region outside the scope answers 404.
     */
    public StagePage stages(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        DevelopmentQueries.Filter filter = new DevelopmentQueries.Filter(region.getPath(), scope.orgPrefix(), "/",
                null, null);
        GroupBy groupBy = groupOf(region.getLevel());
        List<StageCounts> rows = rows(region, groupBy, filter, scope);
        return new StagePage(region, rows, total(region.getName(), rows));
    }

    /**
     * The same page of a city, district or street from counts already added up per child region (a
     * street's own organizations under the street's id), e.g. from the level roll-up of
     * {@link #countsBySittingRegion} for a region grant. A community lists its organizations, so it is
     * counted from the people as above.
     */
    public StagePage stages(long regionId, Scope scope, Map<Long, StageCounts> byChild) {
        Region region = regions.require(regionId, scope);
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            return stages(regionId, scope);
        }
        List<StageCounts> rows = regionRows(region, groupOf(region.getLevel()), byChild);
        return new StagePage(region, rows, total(region.getName(), rows));
    }

    /**
     * The same page for a box that shows the region's total alone and links to its rows: a community's
     * total from its own row of byChild (keyed by its id, as the level roll-up keys it) instead of its
     * organizations counted from the people; any other level as {@link #stages(long, Scope, Map)}. The
     * rows are the community's one row, not its organizations.
     */
    public StagePage totalOnly(long regionId, Scope scope, Map<Long, StageCounts> byChild) {
        Region region = regions.require(regionId, scope);
        if (region.getLevel() != RegionLevel.COMMUNITY) {
            return stages(regionId, scope, byChild);
        }
        List<StageCounts> rows = List.of(named(region.getName(), region.getId(), byChild.get(region.getId())));
        return new StagePage(region, rows, total(region.getName(), rows));
    }

    /**
     * The counts per region where organizations sit, for the given regions (every region when null), as
     * of today: the level roll-up stores these and adds them up for a region's page.
     */
    public Map<Long, StageCounts> countsBySittingRegion(Collection<Long> regionIds) {
        Map<Long, StageCounts> result = new HashMap<>();
        queries.countsBySittingRegion(regionIds, development.today(), rules.probationWindowDays())
                .forEach(c -> result.put(c.groupId(), counts(null, c.groupId(), null, c)));
        return result;
    }

    private List<StageCounts> regionRows(Region region, GroupBy groupBy, Map<Long, StageCounts> byChild) {
        List<StageCounts> rows = new ArrayList<>();
        if (groupBy == GroupBy.COMMUNITY && byChild.containsKey(region.getId())) {
            rows.add(named(region.getName(), region.getId(), byChild.get(region.getId())));
        }
        for (Region child : regions.children(region)) {
            rows.add(named(child.getName(), child.getId(), byChild.get(child.getId())));
        }
        return rows;
    }

    private static StageCounts named(String name, Long regionId, StageCounts c) {
        return c == null ? StageCounts.zero(name, regionId, null)
                : new StageCounts(name, regionId, null, c.applicants(), c.activists(), c.candidates(), c.admission(),
                        c.probationary(), c.awaiting(), c.due(), c.overdue());
    }

    private List<StageCounts> rows(Region region, GroupBy groupBy, DevelopmentQueries.Filter filter, Scope scope) {
        Map<Long, Counts> counts = queries.counts(filter, groupBy, development.today(), rules.probationWindowDays())
                .stream().collect(Collectors.toMap(Counts::groupId, Function.identity()));
        List<StageCounts> rows = new ArrayList<>();
        if (groupBy == GroupBy.ORG) {
            List<PartyOrg> holders = region == null ? List.of() : orgs.sittingIn(region, scope).stream()
                    .filter(o -> o.getType() != OrgType.PARTY_GROUP && (!o.isClosed() || counts.containsKey(o.getId())))
                    .toList();
            Map<Long, PartyOrg> byId = new LinkedHashMap<>();
            holders.forEach(o -> byId.put(o.getId(), o));
            List<Long> missing = counts.keySet().stream().filter(id -> !byId.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                orgs.byIds(missing).forEach(o -> byId.put(o.getId(), o));
            }
            byId.values().stream().sorted(Comparator.comparing(PartyOrg::getPath))
                    .forEach(o -> rows.add(counts(o.getName(), null, o.getId(), counts.get(o.getId()))));
            return rows;
        }
        Map<Long, StageCounts> byChild = new HashMap<>();
        counts.forEach((id, c) -> byChild.put(id, counts(null, id, null, c)));
        return regionRows(region, groupBy, byChild);
    }

    private static GroupBy groupOf(RegionLevel level) {
        return switch (level) {
            case CITY -> GroupBy.DISTRICT;
            case DISTRICT -> GroupBy.STREET;
            case STREET -> GroupBy.COMMUNITY;
            case COMMUNITY -> GroupBy.ORG;
        };
    }

    private static StageCounts counts(String name, Long regionId, Long orgId, Counts c) {
        if (c == null) {
            return StageCounts.zero(name, regionId, orgId);
        }
        long[] s = c.byStage();
        return new StageCounts(name, regionId, orgId, s[0], s[1], s[2], s[3], s[4], c.awaiting(), c.due(),
                c.overdue());
    }

    private static StageCounts total(String name, List<StageCounts> rows) {
        StageCounts total = StageCounts.zero(name, null, null);
        for (StageCounts r : rows) {
            total = total.plus(r);
        }
        return total;
    }

    // ---------------------------------------------------------------- the board

    /**
     * The board of the scope (or of one organization in it): counts per child region or
     * organization, and the people with what is due, the most pressing first.
     */
    public BoardPage board(Long orgId, Stage stage, String alert, int page, Scope scope, Locale locale) {
        PartyOrg org = orgId == null ? null : orgs.require(orgId, scope);
        DevelopmentQueries.Filter filter = new DevelopmentQueries.Filter(scope.regionPrefix(), scope.orgPrefix(),
                org == null ? "/" : org.getPath(), stage == null ? null : stage.number(), alert);
        List<StageCounts> rows;
        String name;
        boolean byOrg;
        DevelopmentQueries.Filter countFilter = new DevelopmentQueries.Filter(filter.regionPrefix(),
                filter.orgPrefix(), filter.orgPath(), null, null);
        if (org != null || scope.kind() != Scope.Kind.REGION) {
            PartyOrg top = org != null ? org : orgs.require(scope.nodeId(), scope);
            name = top.getName();
            rows = orgRows(countFilter, scope);
            byOrg = true;
        } else {
            Region region = regions.require(scope.nodeId(), scope);
            name = region.getName();
            GroupBy groupBy = groupOf(region.getLevel());
            rows = rows(region, groupBy, countFilter, scope);
            byOrg = groupBy == GroupBy.ORG;
        }
        LocalDate today = development.today();
        int window = rules.probationWindowDays();
        long total = queries.countPeople(filter, today, window);
        int number = clamp(page, total);
        List<PersonRow> people = queries.people(filter, today, window, number, PAGE_SIZE).stream()
                .map(f -> row(f, locale)).toList();
        long waiting = scope.kind() == Scope.Kind.REGION && isStreet(scope) ? queries.countPending(scope.nodeId()) : 0;
        return new BoardPage(name, rows, total(name, rows), byOrg, paged(people, number, total),
                orgs.openInScope(scope).stream().filter(o -> o.getType() != OrgType.PARTY_GROUP).toList(), waiting);
    }

    /** One row per organization holding people in the filter, by the reporting line. */
    private List<StageCounts> orgRows(DevelopmentQueries.Filter filter, Scope scope) {
        Map<Long, Counts> counts = queries.counts(filter, GroupBy.ORG, development.today(),
                rules.probationWindowDays()).stream().collect(Collectors.toMap(Counts::groupId, Function.identity()));
        if (counts.isEmpty()) {
            return List.of();
        }
        return orgs.byIds(new ArrayList<>(counts.keySet())).stream().sorted(Comparator.comparing(PartyOrg::getPath))
                .map(o -> counts(o.getName(), null, o.getId(), counts.get(o.getId()))).toList();
    }

    private boolean isStreet(Scope scope) {
        return regions.findById(scope.nodeId()).map(r -> r.getLevel() == RegionLevel.STREET).orElse(false);
    }

    // ---------------------------------------------------------------- probation

    /** Probationary members whose year ends within the window or has ended, the earliest end first. */
    public ProbationPage probation(Long orgId, int page, Scope scope, Locale locale) {
        PartyOrg org = orgId == null ? null : orgs.require(orgId, scope);
        DevelopmentQueries.Filter filter = new DevelopmentQueries.Filter(scope.regionPrefix(), scope.orgPrefix(),
                org == null ? "/" : org.getPath(), null, null);
        LocalDate today = development.today();
        int window = rules.probationWindowDays();
        long total = queries.countProbation(filter, today, window);
        int number = clamp(page, total);
        List<PersonRow> rows = queries.probation(filter, today, window, number, PAGE_SIZE).stream()
                .map(f -> row(f, locale)).toList();
        return new ProbationPage(paged(rows, number, total), window,
                orgs.openInScope(scope).stream().filter(o -> o.getType() != OrgType.PARTY_GROUP).toList());
    }

    // ---------------------------------------------------------------- exports

    /**
     * Everyone on the board for the filter (every page, at most {@link #MAX_EXPORT}), for the Excel
     * ledger of development (发展党员工作台账). Audited: names leave the system.
     */
    @Transactional
    public List<PersonRow> boardExport(Long orgId, Stage stage, String alert, Scope scope, Locale locale) {
        PartyOrg org = orgId == null ? null : orgs.require(orgId, scope);
        DevelopmentQueries.Filter filter = new DevelopmentQueries.Filter(scope.regionPrefix(), scope.orgPrefix(),
                org == null ? "/" : org.getPath(), stage == null ? null : stage.number(), alert);
        List<PersonRow> rows = queries.people(filter, development.today(), rules.probationWindowDays(), 0, MAX_EXPORT)
                .stream().map(f -> row(f, locale)).toList();
        audit.record("EXPORT", "member_step", null, "list=board, rows=" + rows.size() + ", org="
                + (orgId == null ? "" : orgId) + ", stage=" + (stage == null ? "" : stage) + ", alert="
                + (alert == null ? "" : alert));
        return rows;
    }

    /** The probation list as shown (every page, at most {@link #MAX_EXPORT}), for Excel; audited. */
    @Transactional
    public List<PersonRow> probationExport(Long orgId, Scope scope, Locale locale) {
        PartyOrg org = orgId == null ? null : orgs.require(orgId, scope);
        DevelopmentQueries.Filter filter = new DevelopmentQueries.Filter(scope.regionPrefix(), scope.orgPrefix(),
                org == null ? "/" : org.getPath(), null, null);
        List<PersonRow> rows = queries.probation(filter, development.today(), rules.probationWindowDays(), 0,
                MAX_EXPORT).stream().map(f -> row(f, locale)).toList();
        audit.record("EXPORT", "member_step", null, "list=probation, rows=" + rows.size() + ", org="
                + (orgId == null ? "" : orgId));
        return rows;
    }

    // ---------------------------------------------------------------- approvals

    /** The requests waiting for the caller's street, oldest first. */
    public ApprovalsPage approvals(int page, Scope scope, Locale locale) {
        Region street = regions.require(scope.nodeId(), scope);
        long total = queries.countPending(street.getId());
        int number = clamp(page, total);
        List<PendingRow> rows = queries.pending(street.getId(), number, PAGE_SIZE).stream()
                .map(p -> pendingRow(p, locale)).toList();
        return new ApprovalsPage(queries.approverName(street.getId()), paged(rows, number, total));
    }

    public ApprovalPage approval(long stepId, Scope scope, Locale locale) {
        MemberStep step = development.requirePending(stepId, scope);
        PersonPage person = person(step.getMemberId(), scope, locale);
        PendingRow row = queries.pendingOne(step.getApproverStreetId(), stepId).map(p -> pendingRow(p, locale))
                .orElseThrow(() -> new org.grassroots.shared.NotFoundException("member_step", stepId));
        return new ApprovalPage(row, step, person);
    }

    private PendingRow pendingRow(DevelopmentQueries.Pending p, Locale locale) {
        LocalDate by = p.submittedOn().plusMonths(DevelopmentPolicy.DECIDE_WITHIN_MONTHS);
        return new PendingRow(p.stepId(), catalogue.get(p.code()).name(locale), p.code(), p.submittedOn(),
                p.recordedBy(), p.decidedBy(), p.note(), p.extensionMonths(), p.memberId(), p.memberName(),
                p.orgName(), p.decisionOn(), by, development.today().isAfter(by));
    }

    // ---------------------------------------------------------------- one person

    public PersonPage person(long memberId, Scope scope, Locale locale) {
        PartyMember m = development.requireMember(memberId, scope);
        List<MemberStep> rows = development.stepsOf(m);
        DevelopmentPolicy policy = development.policy();
        DevelopmentPolicy.Progress p = development.progress(m, rows);
        Map<StepCode, LocalDate> implied = DevelopmentService.implied(m);
        List<Long> named = rows.stream().flatMap(r -> r.getPeople().stream()).map(MemberStep.Named::memberId)
                .distinct().toList();
        Map<Long, String> names = queries.names(named);
        MemberStep last = rows.stream().filter(MemberStep::isLive).reduce((a, b) -> b).orElse(null);
        List<StepLine> lines = new ArrayList<>();
        for (StepDef def : catalogue.all()) {
            MemberStep live = rows.stream().filter(r -> r.getCode() == def.code() && r.isLive()).findFirst()
                    .orElse(null);
            List<MemberStep> past = rows.stream().filter(r -> r.getCode() == def.code() && !r.isLive()).toList();
            if (def.alternative() && live == null && past.isEmpty()) {
                continue;
            }
            List<String> people = live == null ? List.of() : live.getPeople().stream()
                    .map(n -> names.getOrDefault(n.memberId(), "")).toList();
            lines.add(new StepLine(def, def.label(locale), live, live == null ? implied.get(def.code()) : null, people,
                    past, live != null && live == last));
        }
        DevelopmentPolicy.Due due = policy.alert(p, development.today());
        StepDef next = policy.nextStep(p);
        boolean inPipeline = DevelopmentPolicy.PIPELINE.contains(m.getStatus());
        List<StepDef> available = policy.available(p);
        List<StepDef> others = catalogue.all().stream().filter(s -> !p.isLive(s.code()) && !available.contains(s))
                .toList();
        Map<StepCode, String> labels = new EnumMap<>(StepCode.class);
        catalogue.all().forEach(s -> labels.put(s.code(), s.label(locale)));
        Stage stage = stageOf(m.getStatus(), rows);
        List<PartyMember> full = members.currentPeopleOf(m.getOrg()).stream()
                .filter(x -> x.getStatus() == MemberStatus.FULL && !x.getId().equals(m.getId())).toList();
        LocalDate end = m.getStatus() == MemberStatus.PROBATIONARY ? p.probationEnd() : null;
        return new PersonPage(m, stage, inPipeline, lines, due.alert(), due.dueOn(), next,
                next == null ? null : next.label(locale), available, others, labels, deciders(m, locale), full,
                p.admissionVote(), p.extensionMonths(), end,
                end == null ? null : end.plusMonths(DevelopmentPolicy.DECIDE_WITHIN_MONTHS), last,
                last == null ? null : catalogue.get(last.getCode()).label(locale));
    }

    /** The stage by status, moved on by any step of a later stage the person holds (admission). */
    private Stage stageOf(MemberStatus status, List<MemberStep> rows) {
        int stage = Stage.ofStatus(status).number();
        for (MemberStep r : rows) {
            if (r.isLive()) {
                stage = Math.max(stage, catalogue.get(r.getCode()).stage().number());
            }
        }
        return Stage.of(stage);
    }

    /**
     * Who decides each kind of step for this person, as the form proposes it: the branch, its higher
     * committee, the street's working committee, and the organization department of the district.
     */
    private Map<StepCode, String> deciders(PartyMember m, Locale locale) {
        PartyOrg org = m.getOrg();
        String branch = org.getName();
        String higher = org.getParent() == null ? branch : org.getParent().getName();
        String approver = org.getStreetId() == null ? higher : queries.approverName(org.getStreetId());
        Long district = org.getRegion() == null ? null : districtOf(org);
        String districtName = district == null ? approver : queries.regionName(district);
        Map<StepCode, String> names = new EnumMap<>(StepCode.class);
        for (StepDef s : catalogue.all()) {
            names.put(s.code(), switch (s.decider()) {
                case BRANCH -> branch;
                case HIGHER -> higher;
                case APPROVER -> approver;
                case DEPARTMENT -> messages.getMessage("development.decider.department", new Object[] {districtName},
                        locale);
            });
        }
        return names;
    }

    private Long districtOf(PartyOrg org) {
        List<Long> ids = org.getRegion().pathIds();
        return ids.size() >= 2 ? ids.get(1) : null;
    }

    // ---------------------------------------------------------------- the member page

    /**
     * The compact section of the member page: stage, next step and what is due. For a member the
     * caller already reached in scope; people outside the pipeline get no section.
     */
    public MemberCard card(PartyMember m, Locale locale) {
        if (!DevelopmentPolicy.PIPELINE.contains(m.getStatus())) {
            return new MemberCard(false, null, null, Alert.NONE, null, null, 0);
        }
        List<MemberStep> rows = development.stepsOf(m);
        DevelopmentPolicy.Progress p = development.progress(m, rows);
        DevelopmentPolicy.Due due = development.policy().alert(p, development.today());
        StepDef next = development.policy().nextStep(p);
        return new MemberCard(true, stageOf(m.getStatus(), rows), next == null ? null : next.label(locale),
                due.alert(), due.dueOn(), m.getStatus() == MemberStatus.PROBATIONARY ? p.probationEnd() : null,
                p.pending().size());
    }

    /**
     * People a re-displayed form names who are not among the person's full members (a probationary
     * member, someone of another branch), so that the form keeps them: names only within the scope.
     */
    public Map<Long, String> otherPeople(PersonPage page, List<Long> ids, Scope scope) {
        Map<Long, String> extra = new LinkedHashMap<>();
        for (Long id : ids) {
            if (id == null || extra.containsKey(id) || page.fullMembers().stream().anyMatch(p -> p.getId().equals(id))) {
                continue;
            }
            try {
                extra.put(id, members.require(id, scope).getName());
            } catch (org.grassroots.shared.NotFoundException e) {
                extra.put(id, "#" + id);
            }
        }
        return extra;
    }

    // ---------------------------------------------------------------- helpers

    /** "15. 支部大会讨论接收": a step as the pages name it. */
    String stepLabel(StepCode code, Locale locale) {
        return catalogue.get(code).label(locale);
    }

    private PersonRow row(Fact f, Locale locale) {
        return new PersonRow(f.memberId(), f.name(), f.status(), f.orgId(), f.orgName(), Stage.of(f.stage()),
                f.alert(), f.dueOn(), f.lastStep() == null ? null : catalogue.get(f.lastStep()).label(locale),
                f.lastOn(), f.nextStep() == null ? null : catalogue.get(f.nextStep()).label(locale),
                f.admissionVote(), f.extensionMonths(), f.probationEnd(), f.decideBy());
    }

    private static int clamp(int page, long total) {
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return Math.max(0, Math.min(page, pages - 1));
    }

    private static <T> Paged<T> paged(List<T> rows, int number, long total) {
        return new Paged<>(rows, number, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE), total);
    }

}
