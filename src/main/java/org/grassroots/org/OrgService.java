package org.grassroots.org;

import java.util.List;
import org.grassroots.audit.AuditService;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrgService {

    private final PartyOrgRepository orgs;
    private final RegionService regions;
    private final SecretaryCandidates candidates;
    private final OrgSetupPolicy policy;
    private final AuditService audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    OrgService(PartyOrgRepository orgs, RegionService regions, SecretaryCandidates candidates, OrgSetupPolicy policy,
            AuditService audit, org.springframework.context.ApplicationEventPublisher events) {
        this.orgs = orgs;
        this.regions = regions;
        this.candidates = candidates;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
    }

    /** The organization when it is inside the scope; otherwise the same 404 as a missing id. */
    public PartyOrg require(long id, Scope scope) {
        return orgs.findInScope(id, scope.regionPrefix(), scope.orgPrefix())
                .orElseThrow(() -> new NotFoundException("party_org", id));
    }

    public List<PartyOrg> children(PartyOrg org, Scope scope) {
        return orgs.findChildrenInScope(org.getId(), scope.regionPrefix(), scope.orgPrefix());
    }

    public List<PartyOrg> openInScope(Scope scope) {
        return orgs.findOpenInScope(scope.regionPrefix(), scope.orgPrefix());
    }

    /** The organizations a list may be filtered by, and whether only the upper levels are listed. */
    public record FilterChoices(List<PartyOrg> orgs, boolean shortened) {
    }

    /**
     * The open organizations of the scope for a filter: all of them for a street, a community or an
     * organization; for a district the top two levels (street working committees and community
     * committees), for the city the top level, as a list of thousands helps no one. The chosen
     * organization is always among them.
     */
    public FilterChoices filterChoices(Scope scope, Long chosenId) {
        int depth = scope.kind() == Scope.Kind.REGION ? scope.regionPrefix().split("/").length - 1 : Integer.MAX_VALUE;
        if (depth > 2) {
            return new FilterChoices(openInScope(scope), false);
        }
        List<PartyOrg> upper = new java.util.ArrayList<>(orgs.findOpenTopInScope(scope.regionPrefix(),
                scope.orgPrefix()));
        if (depth == 2 && !upper.isEmpty()) {
            upper.addAll(orgs.findOpenChildrenInScope(upper.stream().map(PartyOrg::getId).toList(),
                    scope.regionPrefix(), scope.orgPrefix()));
            upper.sort(java.util.Comparator.comparing(PartyOrg::getPath));
        }
        if (chosenId != null && upper.stream().noneMatch(o -> o.getId().equals(chosenId))) {
            orgs.findInScope(chosenId, scope.regionPrefix(), scope.orgPrefix()).ifPresent(o -> upper.add(0, o));
        }
        return new FilterChoices(upper, true);
    }

    /**
     * The ids of the organizations of a narrow scope (a street, a community, an organization) under a
     * path prefix, so that a list reads their people by organization; null for a city or a district,
     * whose lists read people in name order instead.
     */
    public List<Long> idsOfNarrowScope(Scope scope, String under) {
        boolean wide = under == null && scope.kind() == Scope.Kind.REGION
                && scope.regionPrefix().split("/").length - 1 <= 2;
        return wide ? null : orgs.findIdsInScope(under == null ? "/" : under, scope.regionPrefix(), scope.orgPrefix());
    }

    public List<PartyOrg> sittingIn(Region region, Scope scope) {
        return orgs.findSittingIn(region.getId(), scope.regionPrefix(), scope.orgPrefix());
    }

    public List<PartyOrg> byIds(List<Long> ids) {
        return orgs.findByIdIn(ids);
    }

    /** Organizations the user may place a new or moved organization under, and the current parent. */
    public List<PartyOrg> possibleParents(Scope scope, PartyOrg self) {
        List<PartyOrg> parents = new java.util.ArrayList<>(openInScope(scope).stream()
                .filter(o -> o.getType() != OrgType.PARTY_GROUP)
                .filter(o -> self == null || !o.getPath().startsWith(self.getPath()))
                .toList());
        if (self != null && self.getParent() != null
                && parents.stream().noneMatch(p -> p.getId().equals(self.getParent().getId()))) {
            parents.add(0, self.getParent());
        }
        return parents;
    }

    /** Streets and communities where the user may seat an organization. */
    public List<Region> possibleRegions(Scope scope) {
        if (scope.kind() == Scope.Kind.ORG) {
            return List.of(require(scope.nodeId(), scope).getRegion());
        }
        return regions.all().stream()
                .filter(r -> scope.coversRegion(r.getPath()))
                .filter(r -> r.getLevel() == RegionLevel.STREET || r.getLevel() == RegionLevel.COMMUNITY)
                .toList();
    }

    public List<SecretaryCandidates.Candidate> secretaryCandidates(PartyOrg org) {
        return org == null ? List.of() : candidates.fullMembersOf(org.getId());
    }

    public String secretaryName(PartyOrg org) {
        return org.getSecretaryId() == null ? null : candidates.nameOf(org.getSecretaryId()).orElse(null);
    }

    public OrgSetupPolicy policy() {
        return policy;
    }

    @Transactional
    public PartyOrg create(OrgForm form, Scope scope) {
        PartyOrg parent = form.getParentId() == null ? null : requireParent(form.getParentId(), scope);
        if (parent == null && scope.kind() != Scope.Kind.REGION) {
            throw BusinessRuleException.onField("parentId", "org.error.parentRequired");
        }
        Region region = requireRegion(form.getRegionId(), scope);
        PartyOrg org = PartyOrg.found(form.getName().trim(), form.getType(), form.getCategory(), parent, region);
        org.setUpTerm(form.getFoundedOn(), form.getTermStart(), termEndOrDefault(form), form.isHasCommittee());
        PartyOrg saved = orgs.saveAndFlush(org);
        audit.record("CREATE", "party_org", saved.getId(), summary(saved));
        events.publishEvent(new OrgChanged(saved.getId(), region.getId()));
        return saved;
    }

    @Transactional
    public PartyOrg update(long id, OrgForm form, Scope scope) {
        PartyOrg org = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != org.getVersion()) {
            throw new StaleEditException(OrgForm.of(org), org.getVersion());
        }
        String before = summary(org);
        long previousRegion = org.getRegion().getId();
        // the current parent may lie outside the editor's scope (a community committee reports to the
        // street): keeping it is not a choice the editor makes, so it needs no scope check
        boolean sameParent = java.util.Objects.equals(form.getParentId(), idOf(org.getParent()));
        PartyOrg parent = sameParent ? org.getParent()
                : form.getParentId() == null ? null : requireParent(form.getParentId(), scope);
        if (parent == null && org.getParent() != null && scope.kind() != Scope.Kind.REGION) {
            throw BusinessRuleException.onField("parentId", "org.error.parentRequired");
        }
        if (scope.kind() == Scope.Kind.ORG && org.getId() == scope.nodeId()
                && !java.util.Objects.equals(form.getParentId(), idOf(org.getParent()))) {
            throw BusinessRuleException.onField("parentId", "org.error.parentOutOfScope");
        }
        Region region = requireRegion(form.getRegionId(), scope);
        org.describe(form.getName().trim(), form.getType(), form.getCategory(), region);
        org.placeUnder(parent);
        org.setUpTerm(form.getFoundedOn(), form.getTermStart(), termEndOrDefault(form), form.isHasCommittee());
        if (form.getSecretaryId() != null && candidates.fullMembersOf(org.getId()).stream()
                .noneMatch(c -> c.memberId() == form.getSecretaryId())) {
            throw BusinessRuleException.onField("secretaryId", "org.error.secretaryNotMember");
        }
        org.appointSecretary(form.getSecretaryId());
        PartyOrg saved = orgs.saveAndFlush(org);
        audit.record("UPDATE", "party_org", saved.getId(), before + " -> " + summary(saved));
        events.publishEvent(new OrgChanged(saved.getId(), previousRegion));
        return saved;
    }

    /** Closes an organization that no longer keeps anyone and has no open sub-organizations. */
    @Transactional
    public void close(long id, java.time.LocalDate on, Scope scope) {
        PartyOrg org = require(id, scope);
        if (org.isClosed()) {
            return;
        }
        if (scope.kind() == Scope.Kind.ORG && org.getId() == scope.nodeId()) {
            throw new BusinessRuleException("org.close.ownNode");
        }
        if (candidates.currentPeople(org.getId()) > 0) {
            throw new BusinessRuleException("org.close.hasPeople");
        }
        if (children(org, scope).stream().anyMatch(c -> !c.isClosed())) {
            throw new BusinessRuleException("org.close.hasChildren");
        }
        org.close(on);
        orgs.saveAndFlush(org);
        audit.record("CLOSE", "party_org", org.getId(), "closedOn=" + on);
        events.publishEvent(new OrgChanged(org.getId(), org.getRegion().getId()));
    }

    @Transactional
    public void reopen(long id, Scope scope) {
        PartyOrg org = require(id, scope);
        if (org.isClosed()) {
            org.reopen();
            orgs.saveAndFlush(org);
            audit.record("REOPEN", "party_org", org.getId(), null);
            events.publishEvent(new OrgChanged(org.getId(), org.getRegion().getId()));
        }
    }

    /**
     * An election held on a day starts a new term from that day, of the length the organization's
     * type serves (Term Opinion §1). Bodies without a term are left as they are.
     */
    @Transactional
    public void startTerm(long id, java.time.LocalDate electedOn, Scope scope) {
        PartyOrg org = require(id, scope);
        int years = policy.termYears(org.getType(), org.getCategory());
        if (years == 0) {
            return;
        }
        String before = "term=" + org.getTermStart() + ".." + org.getTermEnd();
        org.setUpTerm(org.getFoundedOn(), electedOn, electedOn.plusYears(years), org.isHasCommittee());
        orgs.saveAndFlush(org);
        audit.record("NEW_TERM", "party_org", org.getId(), before + " -> term=" + org.getTermStart() + ".."
                + org.getTermEnd());
    }

    private static Long idOf(PartyOrg org) {
        return org == null ? null : org.getId();
    }

    private java.time.LocalDate termEndOrDefault(OrgForm form) {
        if (form.getTermEnd() != null || form.getTermStart() == null || !policy.hasTerm(form.getType())) {
            return form.getTermEnd();
        }
        return form.getTermStart().plusYears(policy.termYears(form.getType(), form.getCategory()));
    }

    private PartyOrg requireParent(long parentId, Scope scope) {
        return orgs.findInScope(parentId, scope.regionPrefix(), scope.orgPrefix())
                .orElseThrow(() -> BusinessRuleException.onField("parentId", "org.error.parentOutOfScope"));
    }

    private Region requireRegion(long regionId, Scope scope) {
        return possibleRegions(scope).stream().filter(r -> r.getId() == regionId).findFirst()
                .orElseThrow(() -> BusinessRuleException.onField("regionId", "org.error.regionOutOfScope"));
    }

    private static String summary(PartyOrg o) {
        return "name=" + o.getName() + ", type=" + o.getType() + ", category=" + o.getCategory()
                + ", parent=" + idOf(o.getParent()) + ", region=" + o.getRegion().getId()
                + ", committee=" + o.isHasCommittee() + ", term=" + o.getTermStart() + ".." + o.getTermEnd()
                + ", secretary=" + o.getSecretaryId();
    }
}
