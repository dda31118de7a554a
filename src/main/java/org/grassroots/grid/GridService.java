package org.grassroots.grid;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.audit.AuditService;
import org.grassroots.member.MemberService;
import org.grassroots.member.PartyMember;
import org.grassroots.org.OrgCategory;
import org.grassroots.org.OrgService;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's grid map and its cadre roster. A node is in scope when its community is: an id
 * outside the scope answers the same 404 as a missing one.
 */
@Service
@Transactional(readOnly = true)
public class GridService {

    private final GridNodeRepository nodes;
    private final GridCadreRepository cadres;
    private final RegionService regions;
    private final OrgService orgs;
    private final MemberService members;
    private final AuditService audit;
    private final Clock clock;

    GridService(GridNodeRepository nodes, GridCadreRepository cadres, RegionService regions, OrgService orgs,
            MemberService members, AuditService audit, Clock clock) {
        this.nodes = nodes;
        this.cadres = cadres;
        this.regions = regions;
        this.orgs = orgs;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** A community in scope; any other region is not a grid community and answers 404. */
    public Region requireCommunity(long communityId, Scope scope) {
        Region region = regions.require(communityId, scope);
        if (region.getLevel() != RegionLevel.COMMUNITY) {
            throw new NotFoundException("community", communityId);
        }
        return region;
    }

    public GridNode require(long id, Scope scope) {
        GridNode node = nodes.findById(id).orElseThrow(() -> new NotFoundException("grid_node", id));
        regions.require(node.getCommunityId(), scope);
        return node;
    }

    public GridCadre requireCadre(long id, Scope scope) {
        GridCadre cadre = cadres.findById(id).orElseThrow(() -> new NotFoundException("grid_cadre", id));
        require(cadre.getNodeId(), scope);
        return cadre;
    }

    public List<GridNode> treeOf(Region community) {
        return nodes.findByCommunityIdOrderByKindAscNameAscIdAsc(community.getId());
    }

    public List<GridCadre> cadresIn(Region community) {
        return cadres.findInCommunity(community.getId());
    }

    public List<GridNode> children(GridNode node) {
        return nodes.findByParentIdOrderByNameAscIdAsc(node.getId());
    }

    public List<GridCadre> cadresOf(GridNode node) {
        return cadres.findByNodeIdOrderByStartOnDescIdDesc(node.getId());
    }

    /** The node and its ancestors, grid first. */
    public List<GridNode> lineage(GridNode node) {
        List<GridNode> line = new ArrayList<>();
        for (GridNode n = node; n != null; n = n.getParentId() == null ? null : nodes.findById(n.getParentId())
                .orElse(null)) {
            line.add(0, n);
        }
        return line;
    }

    /** Open organizations sitting in the community: its grid Party branches and groups, or any of its branches. */
    public List<PartyOrg> linkableOrgs(Region community, Scope scope) {
        return orgs.sittingIn(community, scope).stream().filter(o -> !o.isClosed())
                .sorted(java.util.Comparator.comparing((PartyOrg o) -> o.getCategory() != OrgCategory.GRID)
                        .thenComparing(PartyOrg::getName))
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- nodes

    @Transactional
    public GridNode createGrid(long communityId, GridNodeForm form, Scope scope) {
        Region community = requireCommunity(communityId, scope);
        GridNode node = GridNode.grid(community.getId());
        return save(node, form, scope, "CREATE", null);
    }

    @Transactional
    public GridNode createChild(long parentId, GridNodeForm form, Scope scope) {
        GridNode parent = require(parentId, scope);
        if (parent.getKind().childKind() == null) {
            throw new BusinessRuleException("grid.error.unitHasNoChildren");
        }
        if (parent.isClosed()) {
            throw new BusinessRuleException("grid.error.parentClosed");
        }
        return save(GridNode.under(parent), form, scope, "CREATE", null);
    }

    @Transactional
    public GridNode update(long id, GridNodeForm form, Scope scope) {
        GridNode node = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != node.getVersion()) {
            throw new StaleEditException(GridNodeForm.of(node), node.getVersion());
        }
        return save(node, form, scope, "UPDATE", summary(node));
    }

    /** A node closes when its children have closed; its cadres' open assignments end the same day. */
    @Transactional
    public void close(long id, Scope scope) {
        GridNode node = require(id, scope);
        if (node.isClosed()) {
            return;
        }
        if (children(node).stream().anyMatch(c -> !c.isClosed())) {
            throw new BusinessRuleException("grid.close.hasChildren");
        }
        LocalDate today = today();
        node.close(today);
        nodes.saveAndFlush(node);
        for (GridCadre c : cadresOf(node)) {
            if (c.getEndOn() == null || c.getEndOn().isAfter(today)) {
                c.end(c.getStartOn().isAfter(today) ? c.getStartOn() : today);
                cadres.save(c);
            }
        }
        cadres.flush();
        audit.record("CLOSE", "grid_node", node.getId(), "closedOn=" + today);
    }

    private GridNode save(GridNode node, GridNodeForm form, Scope scope, String action, String before) {
        Long orgId = form.getPartyOrgId();
        if (orgId != null && !orgId.equals(node.getPartyOrgId())) {
            PartyOrg org = requireOrg(orgId, scope);
            if (!java.util.Objects.equals(org.getCommunityId(), node.getCommunityId()) || org.isClosed()) {
                throw BusinessRuleException.onField("partyOrgId", "grid.error.orgNotInCommunity");
            }
        }
        node.describe(form.getName().trim(), blankToNull(form.getAddress()), form.getHouseholds(),
                form.getResidents(), blankToNull(form.getNotes()), orgId);
        GridNode saved = nodes.saveAndFlush(node);
        audit.record(action, "grid_node", saved.getId(), before == null ? summary(saved) : before + " -> "
                + summary(saved));
        return saved;
    }

    private PartyOrg requireOrg(long orgId, Scope scope) {
        try {
            return orgs.require(orgId, scope);
        } catch (NotFoundException e) {
            throw BusinessRuleException.onField("partyOrgId", "grid.error.orgNotInCommunity");
        }
    }

    // ---------------------------------------------------------------- cadres

    @Transactional
    public GridCadre assign(long nodeId, CadreForm form, Scope scope) {
        GridNode node = require(nodeId, scope);
        if (node.isClosed()) {
            throw new BusinessRuleException("grid.error.nodeClosed");
        }
        GridCadre cadre = GridCadre.on(node.getId());
        return saveCadre(node, cadre, form, scope, "CREATE", null);
    }

    @Transactional
    public GridCadre updateCadre(long id, CadreForm form, Scope scope) {
        GridCadre cadre = requireCadre(id, scope);
        if (form.getVersion() == null || form.getVersion() != cadre.getVersion()) {
            throw new StaleEditException(CadreForm.of(cadre), cadre.getVersion());
        }
        GridNode node = require(cadre.getNodeId(), scope);
        return saveCadre(node, cadre, form, scope, "UPDATE", cadreSummary(cadre));
    }

    /** Ends an assignment on a day; the row stays as history. */
    @Transactional
    public GridCadre endCadre(long id, LocalDate on, Scope scope) {
        GridCadre cadre = requireCadre(id, scope);
        LocalDate day = on == null ? today() : on;
        if (day.isBefore(cadre.getStartOn())) {
            throw new BusinessRuleException("grid.cadre.endOn.beforeStart");
        }
        cadre.end(day);
        GridCadre saved = cadres.saveAndFlush(cadre);
        audit.record("END", "grid_cadre", saved.getId(), "endOn=" + day);
        return saved;
    }

    private GridCadre saveCadre(GridNode node, GridCadre cadre, CadreForm form, Scope scope, String action,
            String before) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (!form.getRole().fits(node.getKind())) {
            violations.add(new InvalidInputException.Violation("role", "grid.cadre.role.wrongKind"));
        }
        Long memberId = form.getMemberId();
        String residentName = blankToNull(form.getResidentName());
        String residentPhone = blankToNull(form.getResidentPhone());
        if (memberId == null) {
            if (residentName == null) {
                violations.add(new InvalidInputException.Violation("residentName", "grid.cadre.person.required"));
            }
            if (residentPhone == null) {
                violations.add(new InvalidInputException.Violation("residentPhone", "grid.cadre.phone.required"));
            }
        }
        if (form.getEndOn() != null && form.getEndOn().isBefore(form.getStartOn())) {
            violations.add(new InvalidInputException.Violation("endOn", "grid.cadre.endOn.beforeStart"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (memberId != null) {
            PartyMember member = requireMember(memberId, scope);
            if (!member.getStatus().isCurrent()) {
                throw BusinessRuleException.onField("memberId", "grid.cadre.member.notCurrent");
            }
        }
        for (GridCadre other : cadresOf(node)) {
            if (other.getId().equals(cadre.getId()) || other.getRole() != form.getRole()
                    || !other.overlaps(form.getStartOn(), form.getEndOn())) {
                continue;
            }
            if (other.samePerson(memberId, residentName, residentPhone)) {
                throw BusinessRuleException.onField("startOn", "grid.cadre.overlap.samePerson");
            }
            if (form.getRole().isSingle()) {
                throw BusinessRuleException.onField("startOn", "grid.cadre.overlap.single");
            }
        }
        cadre.assign(form.getRole(), memberId, residentName, residentPhone, form.getHouseholds(), form.getStartOn(),
                form.getEndOn(), blankToNull(form.getNote()));
        GridCadre saved = cadres.saveAndFlush(cadre);
        audit.record(action, "grid_cadre", saved.getId(), before == null ? cadreSummary(saved)
                : before + " -> " + cadreSummary(saved));
        return saved;
    }

    private PartyMember requireMember(long memberId, Scope scope) {
        try {
            return members.require(memberId, scope);
        } catch (NotFoundException e) {
            throw BusinessRuleException.onField("memberId", "grid.cadre.member.notFound");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String summary(GridNode n) {
        return n.getKind() + " " + n.getName() + " households=" + n.getHouseholds() + " residents="
                + n.getResidents() + " org=" + n.getPartyOrgId();
    }

    /** Never the resident's phone: audit rows carry no personal contact data. */
    private static String cadreSummary(GridCadre c) {
        return c.getRole() + " node=" + c.getNodeId() + " member=" + c.getMemberId() + " "
                + c.getStartOn() + ".." + c.getEndOn();
    }

}
