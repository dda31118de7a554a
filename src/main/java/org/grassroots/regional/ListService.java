package org.grassroots.regional;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.grassroots.audit.AuditService;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.resident.ResidentUnit;
import org.grassroots.resident.ResidentUnitService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.InvalidInputException.Violation;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three lists: needs (in scope when their community is), resources (when their unit is) and
 * projects (when their need is). A project always serves one need with one or more resources.
 */
@Service
@Transactional(readOnly = true)
public class ListService {

    private final NeedRepository needs;
    private final UnitResourceRepository resources;
    private final ProjectRepository projects;
    private final ResidentUnitService units;
    private final RegionService regions;
    private final RegionalQueries queries;
    private final AuditService audit;
    private final Clock clock;

    ListService(NeedRepository needs, UnitResourceRepository resources, ProjectRepository projects,
            ResidentUnitService units, RegionService regions, RegionalQueries queries, AuditService audit,
            Clock clock) {
        this.needs = needs;
        this.resources = resources;
        this.projects = projects;
        this.units = units;
        this.regions = regions;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Region requireCommunity(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        if (region.getLevel() != RegionLevel.COMMUNITY) {
            throw new NotFoundException("community", regionId);
        }
        return region;
    }

    public Need requireNeed(long id, Scope scope) {
        Need n = needs.findById(id).orElseThrow(() -> new NotFoundException("regional_need", id));
        try {
            regions.require(n.getCommunityId(), scope);
        } catch (NotFoundException e) {
            throw new NotFoundException("regional_need", id);
        }
        return n;
    }

    public UnitResource requireResource(long id, Scope scope) {
        UnitResource r = resources.findById(id).orElseThrow(() -> new NotFoundException("regional_resource", id));
        try {
            units.require(r.getUnitId(), scope);
        } catch (NotFoundException e) {
            throw new NotFoundException("regional_resource", id);
        }
        return r;
    }

    public Project requireProject(long id, Scope scope) {
        Project p = projects.findById(id).orElseThrow(() -> new NotFoundException("regional_project", id));
        try {
            requireNeed(p.getNeedId(), scope);
        } catch (NotFoundException e) {
            throw new NotFoundException("regional_project", id);
        }
        return p;
    }

    // ---------------------------------------------------------------- needs

    @Transactional
    public Need raise(long communityId, NeedForm form, Scope scope) {
        Region community = requireCommunity(communityId, scope);
        return saveNeed(Need.in(community.getId()), form, "CREATE", null);
    }

    @Transactional
    public Need updateNeed(long id, NeedForm form, Scope scope) {
        Need n = requireNeed(id, scope);
        if (form.getVersion() == null || form.getVersion() != n.getVersion()) {
            throw new StaleEditException(NeedForm.of(n), n.getVersion());
        }
        return saveNeed(n, form, "UPDATE", needSummary(n));
    }

    private Need saveNeed(Need n, NeedForm form, String action, String before) {
        List<Violation> violations = new ArrayList<>();
        if (!queries.activeCategory(form.getCategory()) && !form.getCategory().equals(n.getCategory())) {
            violations.add(new Violation("category", "regional.category.unknown"));
        }
        if (form.getRaisedOn().isAfter(today())) {
            violations.add(new Violation("raisedOn", "regional.need.raisedOn.future"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        n.describe(form.getCategory(), form.getDescription().trim(), form.getUrgency(), form.getRaisedByKind(),
                form.getRaisedBy().trim(), form.getRaisedOn());
        Need saved = needs.saveAndFlush(n);
        audit.record(action, "regional_need", saved.getId(),
                before == null ? needSummary(saved) : before + " -> " + needSummary(saved));
        return saved;
    }

    // ---------------------------------------------------------------- resources

    @Transactional
    public UnitResource offer(long unitId, ResourceForm form, Scope scope) {
        ResidentUnit unit = units.require(unitId, scope);
        if (unit.isClosed()) {
            throw new BusinessRuleException("regional.unit.closed");
        }
        return saveResource(UnitResource.of(unit.getId()), form, "CREATE", null);
    }

    @Transactional
    public UnitResource updateResource(long id, ResourceForm form, Scope scope) {
        UnitResource r = requireResource(id, scope);
        if (form.getVersion() == null || form.getVersion() != r.getVersion()) {
            throw new StaleEditException(ResourceForm.of(r), r.getVersion());
        }
        return saveResource(r, form, "UPDATE", resourceSummary(r));
    }

    /** A withdrawn resource is no longer proposed; projects that used it keep it. */
    @Transactional
    public void withdraw(long id, Scope scope) {
        UnitResource r = requireResource(id, scope);
        if (r.getWithdrawnOn() == null) {
            r.withdraw(today());
            resources.saveAndFlush(r);
            audit.record("WITHDRAW", "regional_resource", r.getId(), "withdrawnOn=" + r.getWithdrawnOn());
        }
    }

    private UnitResource saveResource(UnitResource r, ResourceForm form, String action, String before) {
        List<Violation> violations = new ArrayList<>();
        if (!queries.activeCategory(form.getCategory()) && !form.getCategory().equals(r.getCategory())) {
            violations.add(new Violation("category", "regional.category.unknown"));
        }
        if (form.getAvailableFrom() != null && form.getAvailableTo() != null
                && form.getAvailableTo().isBefore(form.getAvailableFrom())) {
            violations.add(new Violation("availableTo", "regional.dateRange.endBeforeStart"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        r.describe(form.getType(), form.getCategory(), form.getDescription().trim(), form.getAvailableFrom(),
                form.getAvailableTo(), blankToNull(form.getAvailability()));
        UnitResource saved = resources.saveAndFlush(r);
        audit.record(action, "regional_resource", saved.getId(),
                before == null ? resourceSummary(saved) : before + " -> " + resourceSummary(saved));
        return saved;
    }

    // ---------------------------------------------------------------- projects

    @Transactional
    public Project start(ProjectForm form, Scope scope) {
        return saveProject(Project.of(form.getOrigin()), form, scope, "CREATE", null);
    }

    @Transactional
    public Project updateProject(long id, ProjectForm form, Scope scope) {
        Project p = requireProject(id, scope);
        if (form.getVersion() == null || form.getVersion() != p.getVersion()) {
            throw new StaleEditException(ProjectForm.of(p), p.getVersion());
        }
        return saveProject(p, form, scope, "UPDATE", projectSummary(p));
    }

    /**
     * A project needs a need (in scope, not already served by another live project) and at least one
     * resource in scope; a new resource must be available today. The project's deadline may not precede
     * the day the need was raised.
     */
    private Project saveProject(Project p, ProjectForm form, Scope scope, String action, String before) {
        List<Violation> violations = new ArrayList<>();
        Need need = null;
        if (form.getNeedId() == null) {
            violations.add(new Violation("needId", "regional.project.need.required"));
        } else {
            try {
                need = requireNeed(form.getNeedId(), scope);
                if (form.getStatus() != ProjectStatus.CANCELLED
                        && projects.needTaken(need.getId(), p.getId() == null ? -1 : p.getId())) {
                    violations.add(new Violation("needId", "regional.project.need.taken"));
                }
                if (form.getDeadline() != null && form.getDeadline().isBefore(need.getRaisedOn())) {
                    violations.add(new Violation("deadline", "regional.dateRange.endBeforeStart"));
                }
            } catch (NotFoundException e) {
                violations.add(new Violation("needId", "regional.project.need.notFound"));
            }
        }
        Set<Long> chosen = new LinkedHashSet<>(form.getResourceIds() == null ? List.of() : form.getResourceIds());
        chosen.remove(null);
        if (chosen.isEmpty()) {
            violations.add(new Violation("resourceIds", "regional.project.resource.required"));
        }
        LocalDate today = today();
        for (Long id : chosen) {
            try {
                UnitResource r = requireResource(id, scope);
                if (!p.getResourceIds().contains(id) && !r.availableOn(today)) {
                    violations.add(new Violation("resourceIds", "regional.project.resource.unavailable"));
                    break;
                }
            } catch (NotFoundException e) {
                violations.add(new Violation("resourceIds", "regional.project.resource.notFound"));
                break;
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        p.describe(need.getId(), form.getName().trim(), form.getOwner().trim(), form.getDeadline(), form.getStatus(),
                blankToNull(form.getOutcome()), form.getPeopleServed(), chosen, today);
        Project saved = projects.saveAndFlush(p);
        audit.record(action, "regional_project", saved.getId(),
                before == null ? projectSummary(saved) : before + " -> " + projectSummary(saved));
        return saved;
    }

    // ---------------------------------------------------------------- helpers

    private static String needSummary(Need n) {
        return "community=" + n.getCommunityId() + " " + n.getCategory() + " " + n.getUrgency() + " "
                + n.getRaisedOn();
    }

    private static String resourceSummary(UnitResource r) {
        return "unit=" + r.getUnitId() + " " + r.getType() + " " + r.getCategory() + " " + r.getAvailableFrom()
                + ".." + r.getAvailableTo();
    }

    private static String projectSummary(Project p) {
        return "need=" + p.getNeedId() + " resources=" + p.getResourceIds() + " " + p.getStatus() + " served="
                + p.getPeopleServed();
    }
}
