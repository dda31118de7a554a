package org.grassroots.resident;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.audit.AuditService;
import org.grassroots.org.OrgCategory;
import org.grassroots.org.OrgService;
import org.grassroots.org.OrgType;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of resident units (驻区单位). A unit is in scope when the street or community it sits
 * in is; an id outside the scope answers the same 404 as a missing one. Other features (regional
 * Party building) read units through {@link #require} and {@link #openUnitsIn}.
 */
@Service
@Transactional(readOnly = true)
public class ResidentUnitService {

    private final ResidentUnitRepository units;
    private final UnitReportRepository reports;
    private final RegionService regions;
    private final OrgService orgs;
    private final AuditService audit;
    private final Clock clock;

    ResidentUnitService(ResidentUnitRepository units, UnitReportRepository reports, RegionService regions,
            OrgService orgs, AuditService audit, Clock clock) {
        this.units = units;
        this.reports = reports;
        this.regions = regions;
        this.orgs = orgs;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** The unit when the street or community it sits in is in scope; otherwise 404. */
    public ResidentUnit require(long id, Scope scope) {
        ResidentUnit unit = units.findById(id).orElseThrow(() -> new NotFoundException("resident_unit", id));
        requireRegion(unit.getRegionId(), scope, id);
        return unit;
    }

    /**
     * The unit when it is in scope, or when it has reported (now or before) to a community in scope:
     * a community sees, read-only, the street-level units that serve it. Otherwise 404.
     */
    public ResidentUnit requireVisible(long id, Scope scope) {
        ResidentUnit unit = units.findById(id).orElseThrow(() -> new NotFoundException("resident_unit", id));
        if (isWritable(unit, scope) || reports.reportedWithin(id, scope.regionPagePrefix())) {
            return unit;
        }
        throw new NotFoundException("resident_unit", id);
    }

    /** Whether the unit sits inside the scope, so that the caller may change it and file its reports. */
    public boolean isWritable(ResidentUnit unit, Scope scope) {
        return regions.findById(unit.getRegionId()).map(r -> scope.coversRegion(r.getPath())).orElse(false);
    }

    /** Open units sitting anywhere in the region's subtree, by name; the region must be in scope. */
    public List<ResidentUnit> openUnitsIn(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        return units.findOpenWithin(region.getPath());
    }

    /** A street or community in scope, where units may sit; any other region answers 404. */
    public Region requireSeat(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        if (region.getLevel() != RegionLevel.STREET && region.getLevel() != RegionLevel.COMMUNITY) {
            throw new NotFoundException("seat", regionId);
        }
        return region;
    }

    /**
     * Open organizations in scope a unit may name as its own, with the current one kept: not the
     * community's and grids' own organizations, and not Party groups, which are parts of a branch.
     */
    public List<PartyOrg> orgChoices(ResidentUnit unit, Scope scope) {
        List<PartyOrg> open = new java.util.ArrayList<>(orgs.openInScope(scope).stream()
                .filter(o -> o.getType() != OrgType.PARTY_GROUP)
                .filter(o -> o.getCategory() != OrgCategory.COMMUNITY && o.getCategory() != OrgCategory.GRID)
                .sorted(java.util.Comparator.comparing(PartyOrg::getName)).toList());
        if (unit != null && unit.getPartyOrgId() != null
                && open.stream().noneMatch(o -> o.getId().equals(unit.getPartyOrgId()))) {
            open.addAll(0, orgs.byIds(List.of(unit.getPartyOrgId())));
        }
        return open;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- writing

    @Transactional
    public ResidentUnit create(long regionId, ResidentUnitForm form, Scope scope) {
        Region seat = requireSeat(regionId, scope);
        return save(ResidentUnit.in(seat), form, scope, "CREATE", null);
    }

    @Transactional
    public ResidentUnit update(long id, ResidentUnitForm form, Scope scope) {
        ResidentUnit unit = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != unit.getVersion()) {
            throw new StaleEditException(ResidentUnitForm.of(unit), unit.getVersion());
        }
        return save(unit, form, scope, "UPDATE", summary(unit));
    }

    /** A unit closes, it is never deleted; its open reports end the same day. */
    @Transactional
    public void close(long id, Scope scope) {
        ResidentUnit unit = require(id, scope);
        if (unit.isClosed()) {
            return;
        }
        LocalDate today = today();
        unit.close(today);
        units.saveAndFlush(unit);
        for (UnitReport report : reports.findByUnitIdOrderByReportedOnDescIdDesc(id)) {
            if (report.isOpen()) {
                report.end(report.getReportedOn().isAfter(today) ? report.getReportedOn() : today);
                reports.save(report);
                audit.record("END", "unit_report", report.getId(), "endedOn=" + report.getEndedOn());
            }
        }
        reports.flush();
        audit.record("CLOSE", "resident_unit", unit.getId(), "closedOn=" + today);
    }

    private ResidentUnit save(ResidentUnit unit, ResidentUnitForm form, Scope scope, String action, String before) {
        String name = form.getName().trim();
        if (units.openNameTaken(unit.getRegionId(), name, unit.getId() == null ? -1 : unit.getId())) {
            throw BusinessRuleException.onField("name", "resident.unit.name.duplicate");
        }
        Long orgId = form.getPartyOrgId();
        String orgName = blankToNull(form.getPartyOrgName());
        if (orgId != null && orgName != null) {
            throw BusinessRuleException.onField("partyOrgName", "resident.unit.partyOrg.both");
        }
        if (orgId != null && !orgId.equals(unit.getPartyOrgId())) {
            PartyOrg org = requireOrg(orgId, scope);
            if (org.isClosed()) {
                throw BusinessRuleException.onField("partyOrgId", "resident.unit.partyOrg.closed");
            }
        }
        unit.describe(name, form.getKind(), blankToNull(form.getAddress()), orgId, orgName,
                blankToNull(form.getContactName()), blankToNull(form.getContactPhone()), blankToNull(form.getNotes()));
        ResidentUnit saved = units.saveAndFlush(unit);
        audit.record(action, "resident_unit", saved.getId(),
                before == null ? summary(saved) : before + " -> " + summary(saved));
        return saved;
    }

    private PartyOrg requireOrg(long orgId, Scope scope) {
        try {
            return orgs.require(orgId, scope);
        } catch (NotFoundException e) {
            throw BusinessRuleException.onField("partyOrgId", "resident.unit.partyOrg.notFound");
        }
    }

    private void requireRegion(long regionId, Scope scope, long unitId) {
        try {
            regions.require(regionId, scope);
        } catch (NotFoundException e) {
            throw new NotFoundException("resident_unit", unitId);
        }
    }

    /** Never the contact's phone: audit rows carry no personal contact data. */
    private static String summary(ResidentUnit u) {
        return u.getKind() + " " + u.getName() + " region=" + u.getRegionId() + " org="
                + (u.getPartyOrgId() != null ? u.getPartyOrgId() : u.getPartyOrgName());
    }

}
