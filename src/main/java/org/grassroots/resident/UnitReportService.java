package org.grassroots.resident;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.audit.AuditService;
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
 * Units reporting to communities (单位报到). A report is in scope when its community is. Filing a
 * report changes the unit, so the unit itself must be in scope; the community then records the
 * receipt, edits and ends the report.
 */
@Service
@Transactional(readOnly = true)
public class UnitReportService {

    private final UnitReportRepository reports;
    private final ResidentUnitService units;
    private final RegionService regions;
    private final AuditService audit;

    UnitReportService(UnitReportRepository reports, ResidentUnitService units, RegionService regions,
            AuditService audit) {
        this.reports = reports;
        this.units = units;
        this.regions = regions;
        this.audit = audit;
    }

    /** The report when its community is in scope; otherwise 404. */
    public UnitReport require(long id, Scope scope) {
        UnitReport report = reports.findById(id).orElseThrow(() -> new NotFoundException("unit_report", id));
        try {
            regions.require(report.getCommunityId(), scope);
        } catch (NotFoundException e) {
            throw new NotFoundException("unit_report", id);
        }
        return report;
    }

    /** The unit's reports to communities in scope, latest first. */
    public List<UnitReport> reportsOf(ResidentUnit unit, Scope scope) {
        return reports.findByUnitIdOrderByReportedOnDescIdDesc(unit.getId()).stream()
                .filter(r -> regions.findById(r.getCommunityId()).map(c -> scope.coversRegion(c.getPath()))
                        .orElse(false))
                .toList();
    }

    public String communityName(UnitReport report) {
        return regions.findById(report.getCommunityId()).map(Region::getName).orElse("");
    }

    /** Reports by id, unscoped: for rows a scoped query has already chosen. */
    Map<Long, UnitReport> byIds(List<Long> ids) {
        return reports.findByIdAmong(ids.toArray(Long[]::new)).stream()
                .collect(Collectors.toMap(UnitReport::getId, Function.identity()));
    }

    /** The communities in scope the unit may report to: its own, or any of its street's. */
    public List<Region> communityChoices(ResidentUnit unit, Scope scope) {
        Region seat = regions.findById(unit.getRegionId()).orElseThrow();
        List<Region> candidates = unit.isStreetLevel() ? regions.children(seat) : List.of(seat);
        return candidates.stream().filter(c -> c.getLevel() == RegionLevel.COMMUNITY)
                .filter(c -> scope.coversRegion(c.getPath())).toList();
    }

    @Transactional
    public UnitReport create(long unitId, UnitReportForm form, Scope scope) {
        ResidentUnit unit = units.require(unitId, scope);
        if (unit.isClosed()) {
            throw new BusinessRuleException("resident.report.unitClosed");
        }
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        Region community = null;
        if (form.getCommunityId() == null) {
            violations.add(new InvalidInputException.Violation("communityId", "resident.report.community.required"));
        } else {
            community = communityFor(unit, form.getCommunityId(), scope, violations);
        }
        String dateProblem = UnitReportPolicy.reportedOn(form.getReportedOn(), null, null, units.today());
        if (dateProblem != null) {
            violations.add(new InvalidInputException.Violation("reportedOn", dateProblem));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (reports.existsByUnitIdAndCommunityIdAndEndedOnIsNull(unit.getId(), community.getId())) {
            throw BusinessRuleException.onField("communityId", "resident.report.duplicate");
        }
        UnitReport report = UnitReport.of(unit.getId(), community.getId());
        describe(report, form);
        UnitReport saved = reports.saveAndFlush(report);
        audit.record("CREATE", "unit_report", saved.getId(), summary(saved));
        return saved;
    }

    @Transactional
    public UnitReport update(long id, UnitReportForm form, Scope scope) {
        UnitReport report = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != report.getVersion()) {
            throw new StaleEditException(UnitReportForm.of(report), report.getVersion());
        }
        String problem = UnitReportPolicy.reportedOn(form.getReportedOn(), report.getReceivedOn(),
                report.getEndedOn(), units.today());
        if (problem != null) {
            throw BusinessRuleException.onField("reportedOn", problem);
        }
        String before = summary(report);
        describe(report, form);
        UnitReport saved = reports.saveAndFlush(report);
        audit.record("UPDATE", "unit_report", saved.getId(), before + " -> " + summary(saved));
        return saved;
    }

    /** The community acknowledges the report on a day (today when none is given), by the signed-in user. */
    @Transactional
    public UnitReport receive(long id, LocalDate on, Scope scope) {
        UnitReport report = require(id, scope);
        if (!report.isOpen()) {
            throw new BusinessRuleException("resident.report.receive.ended");
        }
        if (report.isReceived()) {
            throw new BusinessRuleException("resident.report.receive.already");
        }
        LocalDate day = on == null ? units.today() : on;
        String problem = UnitReportPolicy.receivedOn(day, report.getReportedOn(), units.today());
        if (problem != null) {
            throw new BusinessRuleException(problem);
        }
        report.receive(day, AuditService.currentUser());
        UnitReport saved = reports.saveAndFlush(report);
        audit.record("RECEIVE", "unit_report", saved.getId(), "receivedOn=" + day);
        return saved;
    }

    /** The unit no longer serves the community from that day; the report stays as history. */
    @Transactional
    public UnitReport end(long id, LocalDate on, Scope scope) {
        UnitReport report = require(id, scope);
        if (!report.isOpen()) {
            throw new BusinessRuleException("resident.report.end.already");
        }
        String problem = UnitReportPolicy.endedOn(on, report.getReportedOn(), units.today());
        if (problem != null) {
            throw new BusinessRuleException(problem);
        }
        report.end(on);
        UnitReport saved = reports.saveAndFlush(report);
        audit.record("END", "unit_report", saved.getId(), "endedOn=" + on);
        return saved;
    }

    private Region communityFor(ResidentUnit unit, long communityId, Scope scope,
            List<InvalidInputException.Violation> violations) {
        Region community;
        try {
            community = regions.require(communityId, scope);
        } catch (NotFoundException e) {
            violations.add(new InvalidInputException.Violation("communityId", "resident.report.community.notFound"));
            return null;
        }
        if (community.getLevel() != RegionLevel.COMMUNITY) {
            violations.add(new InvalidInputException.Violation("communityId", "resident.report.community.notFound"));
            return null;
        }
        Long street = community.getParent() == null ? null : community.getParent().getId();
        String problem = UnitReportPolicy.target(unit.getRegionLevel(), unit.getRegionId(), community.getId(), street);
        if (problem != null) {
            violations.add(new InvalidInputException.Violation("communityId", problem));
            return null;
        }
        return community;
    }

    private static void describe(UnitReport report, UnitReportForm form) {
        report.describe(form.getReportedOn(), form.getContactName().trim(),
                blankToNull(form.getContactPhone()), form.getCommitments().trim(),
                blankToNull(form.getNote()));
    }

    /** Never the contact's phone: audit rows carry no personal contact data. */
    private static String summary(UnitReport r) {
        return "unit=" + r.getUnitId() + " community=" + r.getCommunityId() + " reportedOn=" + r.getReportedOn();
    }
}
