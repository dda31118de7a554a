package org.grassroots.neworg;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.grassroots.audit.AuditService;
import org.grassroots.member.MemberService;
import org.grassroots.member.PartyMember;
import org.grassroots.org.OrgCategory;
import org.grassroots.org.OrgService;
import org.grassroots.org.OrgType;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.IdNumber;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.InvalidInputException.Violation;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of "two new" organizations. A unit is in scope when its place (its community, or its
 * street when it sits in none) is; an id outside the scope answers the same 404 as a missing one.
 * Every change is dated, kept as history where it is a move or a coverage change, and audited.
 */
@Service
@Transactional(readOnly = true)
public class NewOrgService {

    private final NewOrgRepository units;
    private final NewOrgHistory history;
    private final RegionService regions;
    private final OrgService orgs;
    private final MemberService members;
    private final AuditService audit;
    private final CoveragePolicy policy;
    private final Clock clock;

    NewOrgService(NewOrgRepository units, NewOrgHistory history, RegionService regions, OrgService orgs,
            MemberService members, AuditService audit, NewOrgRules rules, Clock clock) {
        this.units = units;
        this.history = history;
        this.regions = regions;
        this.orgs = orgs;
        this.members = members;
        this.audit = audit;
        this.policy = new CoveragePolicy(rules);
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** The unit when its place is in scope; otherwise 404. */
    public NewOrg require(long id, Scope scope) {
        NewOrg unit = units.findById(id).orElseThrow(() -> new NotFoundException("new_org", id));
        boolean covered = regions.findById(unit.getLocationId()).map(r -> scope.coversRegion(r.getPath()))
                .orElse(false);
        if (!covered) {
            throw new NotFoundException("new_org", id);
        }
        return unit;
    }

    public CoveragePolicy policy() {
        return policy;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Streets a unit may be placed in: those in scope and those holding a community in scope. */
    List<Region> streetChoices(Scope scope) {
        List<Region> communities = regions.communitiesInScope(scope);
        return regions.all().stream().filter(r -> r.getLevel() == RegionLevel.STREET)
                .filter(s -> scope.coversRegion(s.getPath())
                        || communities.stream().anyMatch(c -> c.getPath().startsWith(s.getPath())))
                .toList();
    }

    List<Region> communityChoices(Scope scope) {
        return scope.kind() == Scope.Kind.REGION ? regions.communitiesInScope(scope) : List.of();
    }

    /**
     * Open organizations in scope that may reach a unit, with the current one kept: not the
     * communities' and grids' own organizations, and not Party groups.
     */
    List<PartyOrg> orgChoices(NewOrg unit, Scope scope) {
        List<PartyOrg> open = new ArrayList<>(orgs.openInScope(scope).stream()
                .filter(o -> o.getType() != OrgType.PARTY_GROUP)
                .filter(o -> o.getCategory() != OrgCategory.COMMUNITY && o.getCategory() != OrgCategory.GRID)
                .sorted(Comparator.comparing(PartyOrg::getName)).toList());
        if (unit != null && unit.getPartyOrgId() != null
                && open.stream().noneMatch(o -> o.getId().equals(unit.getPartyOrgId()))) {
            open.addAll(0, orgs.byIds(List.of(unit.getPartyOrgId())));
        }
        return open;
    }

    /** Current people of the unit's organization, when that is in scope: the easy ones to link. */
    List<PartyMember> memberChoices(NewOrg unit, Scope scope) {
        if (unit.getPartyOrgId() == null) {
            return List.of();
        }
        try {
            return members.currentPeopleOf(orgs.require(unit.getPartyOrgId(), scope));
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /** Open units the unit's joint branch covers (0 when it is reached otherwise). */
    public long jointUnits(NewOrg unit) {
        return unit.getCoverageMode() == CoverageMode.JOINT_BRANCH
                ? units.countOpenCovered(unit.getPartyOrgId(), CoverageMode.JOINT_BRANCH) : 0;
    }

    // ---------------------------------------------------------------- registering and editing

    @Transactional
    public NewOrg create(NewOrgForm form, Scope scope) {
        List<Violation> violations = new ArrayList<>();
        Place place = place(form.getStreetId(), form.getCommunityId(), scope, violations);
        checkDetails(form, null, violations);
        CoverageForm coverage = form.coverage();
        if (form.getCoverageMode() == null) {
            violations.add(new Violation("coverageMode", "neworg.coverageMode.required"));
        }
        Covering covering = form.getCoverageMode() == null ? null
                : covering(coverage, null, form.getOpenedOn(), null, scope, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        NewOrg unit = NewOrg.at(place.street().getId(), place.communityId());
        describe(unit, form);
        unit.cover(covering.mode(), covering.orgId(), covering.name(), covering.phone(), covering.since(),
                covering.memberId());
        NewOrg saved = units.saveAndFlush(unit);
        history.recordCoverage(saved.getId(), saved.getOpenedOn(), covering.mode(), covering.orgId(), covering.name(),
                null, AuditService.currentUser());
        audit.record("CREATE", "new_org", saved.getId(), summary(saved));
        return saved;
    }

    @Transactional
    public NewOrg update(long id, NewOrgForm form, Scope scope) {
        NewOrg unit = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != unit.getVersion()) {
            throw new StaleEditException(NewOrgForm.of(unit), unit.getVersion());
        }
        refuseClosed(unit);
        List<Violation> violations = new ArrayList<>();
        checkDetails(form, unit, violations);
        LocalDate firstChange = history.firstChange(id);
        if (form.getOpenedOn() != null && firstChange != null && form.getOpenedOn().isAfter(firstChange)) {
            violations.add(new Violation("openedOn", "neworg.openedOn.afterHistory"));
        }
        if (unit.getInstructorSince() != null && form.getOpenedOn() != null
                && unit.getInstructorSince().isBefore(form.getOpenedOn())) {
            violations.add(new Violation("openedOn", "neworg.openedOn.afterInstructor"));
        }
        if (form.getMembersEmployed() != null && form.getMembersEmployed() < history.linkCount(id)) {
            violations.add(new Violation("membersEmployed", "neworg.members.belowLinked"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String before = summary(unit);
        boolean reopened = !unit.getOpenedOn().equals(form.getOpenedOn());
        describe(unit, form);
        NewOrg saved = units.saveAndFlush(unit);
        if (reopened) {
            history.moveFirstCoverage(id, saved.getOpenedOn());
        }
        audit.record("UPDATE", "new_org", id, before + " -> " + summary(saved));
        return saved;
    }

    private void describe(NewOrg unit, NewOrgForm form) {
        unit.describe(form.getKind(), form.getName().trim(), CreditCode.parse(form.getCreditCode()).orElseThrow()
                .value(), form.getLocationType(), blankToNull(form.getAddress()), form.getEmployees(),
                form.getMembersEmployed(), form.getFullMembersEmployed(), form.getOpenedOn());
    }

    private void checkDetails(NewOrgForm form, NewOrg unit, List<Violation> violations) {
        Optional<CreditCode> code = CreditCode.parse(form.getCreditCode());
        if (code.isEmpty()) {
            violations.add(new Violation("creditCode", "neworg.creditCode.invalid"));
        } else if (units.openCodeTaken(code.get().value(), unit == null ? -1 : unit.getId())) {
            violations.add(new Violation("creditCode", "neworg.creditCode.duplicate"));
        }
        if (form.getOpenedOn() != null && form.getOpenedOn().isAfter(today())) {
            violations.add(new Violation("openedOn", "neworg.date.future"));
        }
        if (form.getMembersEmployed() != null && form.getFullMembersEmployed() != null
                && form.getFullMembersEmployed() > form.getMembersEmployed()) {
            violations.add(new Violation("fullMembersEmployed", "neworg.fullMembers.overMembers"));
        }
        if (form.getMembersEmployed() != null && form.getEmployees() != null
                && form.getMembersEmployed() > form.getEmployees()) {
            violations.add(new Violation("membersEmployed", "neworg.members.overEmployees"));
        }
    }

    // ---------------------------------------------------------------- place

    private record Place(Region street, Long communityId) {
    }

    /** A street, and optionally one of its communities, with the place inside the scope. */
    private Place place(Long streetId, Long communityId, Scope scope, List<Violation> violations) {
        Region street = streetId == null ? null : regions.findById(streetId)
                .filter(r -> r.getLevel() == RegionLevel.STREET).orElse(null);
        if (street == null) {
            violations.add(new Violation("streetId", streetId == null ? "neworg.street.required"
                    : "neworg.street.notFound"));
            return null;
        }
        if (communityId == null) {
            if (!scope.coversRegion(street.getPath())) {
                boolean hasOwn = communityChoices(scope).stream().anyMatch(c -> c.getPath().startsWith(street.getPath()));
                violations.add(hasOwn ? new Violation("communityId", "neworg.community.required")
                        : new Violation("streetId", "neworg.street.notFound"));
                return null;
            }
            return new Place(street, null);
        }
        Region community = regions.findById(communityId).filter(r -> r.getLevel() == RegionLevel.COMMUNITY)
                .filter(r -> scope.coversRegion(r.getPath())).orElse(null);
        if (community == null) {
            violations.add(new Violation("communityId", "neworg.community.notFound"));
            return null;
        }
        if (!community.getPath().startsWith(street.getPath())) {
            violations.add(new Violation("communityId", "neworg.community.notInStreet"));
            return null;
        }
        return new Place(street, community.getId());
    }

    @Transactional
    public NewOrg move(long id, MoveForm form, Scope scope) {
        NewOrg unit = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != unit.getVersion()) {
            throw new StaleEditException(NewOrgForm.of(unit), unit.getVersion());
        }
        refuseClosed(unit);
        List<Violation> violations = new ArrayList<>();
        Place place = place(form.getStreetId(), form.getCommunityId(), scope, violations);
        if (place != null && place.street().getId().equals(unit.getStreetId())
                && java.util.Objects.equals(place.communityId(), unit.getCommunityId())) {
            violations.add(new Violation("communityId", "neworg.move.samePlace"));
        }
        LocalDate on = form.getMovedOn();
        LocalDate lastMove = history.lastMove(id);
        if (on.isAfter(today())) {
            violations.add(new Violation("movedOn", "neworg.date.future"));
        } else if (on.isBefore(unit.getOpenedOn())) {
            violations.add(new Violation("movedOn", "neworg.movedOn.beforeOpened"));
        } else if (lastMove != null && on.isBefore(lastMove)) {
            violations.add(new Violation("movedOn", "neworg.movedOn.beforeLast"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        long fromStreet = unit.getStreetId();
        Long fromCommunity = unit.getCommunityId();
        unit.moveTo(place.street().getId(), place.communityId(), blankToNull(form.getAddress()));
        NewOrg saved = units.saveAndFlush(unit);
        history.recordMove(id, on, fromStreet, fromCommunity, saved.getStreetId(), saved.getCommunityId(),
                blankToNull(form.getNote()), AuditService.currentUser());
        audit.record("MOVE", "new_org", id, "movedOn=" + on + " from=" + fromStreet + "/" + fromCommunity + " to="
                + saved.getStreetId() + "/" + saved.getCommunityId());
        return saved;
    }

    // ---------------------------------------------------------------- coverage

    private record Covering(CoverageMode mode, Long orgId, String name, String phone, LocalDate since,
            Long memberId) {
    }

    @Transactional
    public NewOrg changeCoverage(long id, CoverageForm form, Scope scope) {
        NewOrg unit = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != unit.getVersion()) {
            throw new StaleEditException(NewOrgForm.of(unit), unit.getVersion());
        }
        refuseClosed(unit);
        List<Violation> violations = new ArrayList<>();
        Covering covering = covering(form, unit, unit.getOpenedOn(), history.lastCoverageChange(id), scope,
                violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String before = summary(unit);
        unit.cover(covering.mode(), covering.orgId(), covering.name(), covering.phone(), covering.since(),
                covering.memberId());
        NewOrg saved = units.saveAndFlush(unit);
        history.recordCoverage(id, form.getChangedOn(), covering.mode(), covering.orgId(), covering.name(),
                blankToNull(form.getNote()), AuditService.currentUser());
        audit.record("COVERAGE", "new_org", id, "changedOn=" + form.getChangedOn() + " " + before + " -> "
                + summary(saved));
        return saved;
    }

    /** Checks a coverage (at registration or as a change) and resolves its organization and instructor. */
    private Covering covering(CoverageForm form, NewOrg unit, LocalDate openedOn, LocalDate lastChange, Scope scope,
            List<Violation> violations) {
        CoverageMode mode = form.getCoverageMode();
        LocalDate on = form.getChangedOn();
        if (unit != null && on != null) {
            if (on.isAfter(today())) {
                violations.add(new Violation("changedOn", "neworg.date.future"));
            } else if (on.isBefore(openedOn)) {
                violations.add(new Violation("changedOn", "neworg.changedOn.beforeOpened"));
            } else if (lastChange != null && on.isBefore(lastChange)) {
                violations.add(new Violation("changedOn", "neworg.changedOn.beforeLast"));
            }
        }
        Long orgId = null;
        if (mode.needsOrg()) {
            orgId = form.getPartyOrgId();
            if (orgId == null) {
                violations.add(new Violation("partyOrgId", "neworg.partyOrg.required"));
            } else {
                checkOrg(mode, orgId, unit, scope, violations);
            }
        }
        String name = null;
        String phone = null;
        LocalDate since = null;
        Long memberId = null;
        if (mode == CoverageMode.INSTRUCTOR) {
            name = blankToNull(form.getInstructorName());
            phone = blankToNull(form.getInstructorPhone());
            since = form.getInstructorSince();
            String idNumber = blankToNull(form.getInstructorIdNumber());
            if (idNumber != null) {
                Optional<IdNumber> parsed = IdNumber.parse(idNumber);
                Optional<MemberService.IdentifiedMember> found = parsed.flatMap(members::findCurrentByIdNumber);
                if (parsed.isEmpty()) {
                    violations.add(new Violation("instructorIdNumber", "neworg.idNumber.invalid"));
                } else if (found.isEmpty()) {
                    violations.add(new Violation("instructorIdNumber", "neworg.idNumber.notFound"));
                } else {
                    memberId = found.get().id();
                    name = name == null ? found.get().name() : name;
                }
            }
            if (name == null && idNumber == null) {
                violations.add(new Violation("instructorName", "neworg.instructorName.required"));
            }
            if (since == null) {
                violations.add(new Violation("instructorSince", "neworg.instructorSince.required"));
            } else if (since.isAfter(today())) {
                violations.add(new Violation("instructorSince", "neworg.date.future"));
            } else if (openedOn != null && since.isBefore(openedOn)) {
                violations.add(new Violation("instructorSince", "neworg.instructorSince.beforeOpened"));
            }
            if (unit != null && unit.getCoverageMode() == CoverageMode.INSTRUCTOR && phone == null) {
                phone = unit.getInstructorPhone();
            }
        }
        return new Covering(mode, orgId, name, phone, since, memberId);
    }

    private void checkOrg(CoverageMode mode, long orgId, NewOrg unit, Scope scope, List<Violation> violations) {
        PartyOrg org;
        try {
            org = orgs.require(orgId, scope);
        } catch (NotFoundException e) {
            violations.add(new Violation("partyOrgId", "neworg.partyOrg.notFound"));
            return;
        }
        boolean kept = unit != null && Long.valueOf(orgId).equals(unit.getPartyOrgId()) && mode == unit.getCoverageMode();
        if (org.isClosed() && !kept) {
            violations.add(new Violation("partyOrgId", "neworg.partyOrg.closed"));
        } else if (mode == CoverageMode.JOINT_BRANCH && org.getType() != OrgType.JOINT_BRANCH) {
            violations.add(new Violation("partyOrgId", "neworg.partyOrg.notJoint"));
        } else if (mode == CoverageMode.OWN_ORG
                && (org.getType() == OrgType.JOINT_BRANCH || org.getType() == OrgType.PARTY_GROUP)) {
            violations.add(new Violation("partyOrgId", "neworg.partyOrg.notOwn"));
        }
    }

    // ---------------------------------------------------------------- closing

    @Transactional
    public NewOrg close(long id, CloseForm form, Scope scope) {
        NewOrg unit = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != unit.getVersion()) {
            throw new StaleEditException(NewOrgForm.of(unit), unit.getVersion());
        }
        refuseClosed(unit);
        LocalDate on = form.getClosedOn();
        LocalDate latest = latest(history.lastMove(id), history.lastCoverageChange(id));
        if (on.isAfter(today())) {
            throw BusinessRuleException.onField("closedOn", "neworg.date.future");
        }
        if (on.isBefore(unit.getOpenedOn())) {
            throw BusinessRuleException.onField("closedOn", "neworg.closedOn.beforeOpened");
        }
        if (latest != null && on.isBefore(latest)) {
            throw BusinessRuleException.onField("closedOn", "neworg.closedOn.beforeHistory", latest);
        }
        unit.close(on, form.getReason().trim());
        NewOrg saved = units.saveAndFlush(unit);
        audit.record("CLOSE", "new_org", id, "closedOn=" + on + " reason=" + saved.getCloseReason());
        return saved;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static void refuseClosed(NewOrg unit) {
        if (unit.isClosed()) {
            throw new BusinessRuleException("neworg.closed.noChange");
        }
    }

    // ---------------------------------------------------------------- members employed

    /** Links a member working in the unit: one in scope by id, or anyone current by the full ID number. */
    @Transactional
    public void link(long id, LinkForm form, Scope scope) {
        NewOrg unit = require(id, scope);
        refuseClosed(unit);
        String idNumber = blankToNull(form.getIdNumber());
        long memberId;
        if (idNumber != null) {
            Optional<IdNumber> parsed = IdNumber.parse(idNumber);
            if (parsed.isEmpty()) {
                throw BusinessRuleException.onField("idNumber", "neworg.idNumber.invalid");
            }
            memberId = members.findCurrentByIdNumber(parsed.get())
                    .orElseThrow(() -> BusinessRuleException.onField("idNumber", "neworg.idNumber.notFound")).id();
        } else if (form.getMemberId() != null) {
            try {
                PartyMember member = members.require(form.getMemberId(), scope);
                if (!member.getStatus().isCurrent()) {
                    throw BusinessRuleException.onField("memberId", "neworg.link.notCurrent");
                }
                memberId = member.getId();
            } catch (NotFoundException e) {
                throw BusinessRuleException.onField("memberId", "neworg.link.notFound");
            }
        } else {
            throw BusinessRuleException.onField("idNumber", "neworg.link.required");
        }
        if (history.linked(id, memberId)) {
            throw BusinessRuleException.onField("idNumber", "neworg.link.duplicate");
        }
        if (history.linkCount(id) + 1 > unit.getMembersEmployed()) {
            throw BusinessRuleException.onField("idNumber", "neworg.link.overCount", unit.getMembersEmployed());
        }
        history.link(id, memberId, today());
        audit.record("LINK", "new_org", id, "member=" + memberId);
    }

    @Transactional
    public void unlink(long id, long memberId, Scope scope) {
        NewOrg unit = require(id, scope);
        if (history.unlink(unit.getId(), memberId)) {
            audit.record("UNLINK", "new_org", id, "member=" + memberId);
        }
    }

    /** Never the instructor's phone: audit rows carry no personal contact data. */
    private static String summary(NewOrg n) {
        return n.getKind() + " " + n.getName() + " code=" + n.getCreditCode() + " place=" + n.getStreetId() + "/"
                + n.getCommunityId() + " members=" + n.getMembersEmployed() + "/" + n.getFullMembersEmployed()
                + " mode=" + n.getCoverageMode() + " org=" + n.getPartyOrgId() + " instructor=" + n.getInstructorName();
    }
}
