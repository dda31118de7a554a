package org.grassroots.access;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 * The access registry of a street: registering, amending and deciding requests. A request is managed
 * by whoever's scope holds its street; a community's people see it only once approved and addressed to
 * them. Any other id answers the same 404 as a missing one.
 */
@Service
@Transactional(readOnly = true)
public class AccessService {

    private final AccessRequestRepository requests;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    AccessService(AccessRequestRepository requests, RegionService regions, AuditService audit, Clock clock) {
        this.requests = requests;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** A street in scope; any other region answers 404. */
    public Region requireStreet(long streetId, Scope scope) {
        Region region = regions.require(streetId, scope);
        if (region.getLevel() != RegionLevel.STREET) {
            throw new NotFoundException("street", streetId);
        }
        return region;
    }

    /** A request whose street is in scope: the one the caller may amend and decide. */
    public AccessRequest require(long id, Scope scope) {
        AccessRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("access_request", id));
        regions.require(request.getStreetId(), scope);
        return request;
    }

    /** A request the caller may read: its street is in scope, or it is approved and addressed to a community in scope. */
    public AccessRequest requireVisible(long id, Scope scope) {
        AccessRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("access_request", id));
        if (manages(request, scope)) {
            return request;
        }
        if (request.getStatus() == AccessStatus.APPROVED && regions.byIds(request.getCommunityIds()).stream()
                .anyMatch(c -> scope.coversRegion(c.getPath()))) {
            return request;
        }
        throw new NotFoundException("access_request", id);
    }

    /** Whether the request's street is in the caller's scope (who may amend and decide it). */
    public boolean manages(AccessRequest request, Scope scope) {
        return regions.findById(request.getStreetId()).map(s -> scope.coversRegion(s.getPath())).orElse(false);
    }

    public List<Region> communitiesOf(Region street) {
        return regions.children(street);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- writing

    @Transactional
    public AccessRequest register(long streetId, AccessForm form, Scope scope) {
        Region street = requireStreet(streetId, scope);
        Set<Long> targets = targets(street, form);
        AccessRequest request = AccessRequest.at(street.getId(), AuditService.currentUser(), clock.instant());
        describe(request, form, targets);
        AccessRequest saved = requests.saveAndFlush(request);
        audit.record("CREATE", "access_request", saved.getId(), summary(saved));
        return saved;
    }

    /** A request waiting for its decision may be amended; the form's version must be the stored one. */
    @Transactional
    public AccessRequest update(long id, AccessForm form, Scope scope) {
        AccessRequest request = require(id, scope);
        if (!AccessPolicy.editable(request.getStatus())) {
            throw new BusinessRuleException("access.error.alreadyDecided");
        }
        if (!Objects.equals(form.getVersion(), request.getVersion())) {
            throw new StaleEditException(request, request.getVersion());
        }
        Region street = requireStreet(request.getStreetId(), scope);
        String before = summary(request);
        describe(request, form, targets(street, form));
        AccessRequest saved = requests.saveAndFlush(request);
        audit.record("UPDATE", "access_request", saved.getId(), before + " -> " + summary(saved));
        return saved;
    }

    /**
     * Approves or refuses a request once. A decided request answers a clear message, a version other
     * than the stored one the conflict, and a refusal without a reason a field error.
     */
    @Transactional
    public AccessRequest decide(long id, AccessStatus outcome, DecisionForm form, Scope scope) {
        AccessRequest request = require(id, scope);
        String note = blankToNull(form.getNote());
        if (request.getStatus().isDecided()) {
            throw new BusinessRuleException("access.error.alreadyDecided");
        }
        if (!Objects.equals(form.getVersion(), request.getVersion())) {
            throw new StaleEditException(request, request.getVersion());
        }
        String error = AccessPolicy.decisionError(request.getStatus(), outcome, note);
        if (error != null) {
            throw BusinessRuleException.onField("note", error);
        }
        request.decide(outcome, AuditService.currentUser(), clock.instant(), note);
        AccessRequest saved = requests.saveAndFlush(request);
        audit.record(outcome == AccessStatus.APPROVED ? "APPROVE" : "REFUSE", "access_request", saved.getId(),
                summary(saved) + (note == null ? "" : " note=" + note));
        return saved;
    }

    private static void describe(AccessRequest request, AccessForm form, Set<Long> targets) {
        request.describe(form.getDepartment().trim(), form.getKind(), form.getTitle().trim(),
                blankToNull(form.getDescription()), form.isAllCommunities(), targets, form.getRequestedFrom(),
                form.getRequestedTo(), form.getBurdenHours(), blankToNull(form.getBasis()));
    }

    /** The communities addressed: all of the street's, or the chosen ones, each of which must be the street's. */
    private Set<Long> targets(Region street, AccessForm form) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (form.getRequestedTo() != null && form.getRequestedFrom() != null
                && form.getRequestedTo().isBefore(form.getRequestedFrom())) {
            violations.add(new InvalidInputException.Violation("requestedTo", "access.requestedTo.beforeFrom"));
        }
        Set<Long> own = new LinkedHashSet<>(communitiesOf(street).stream().map(Region::getId).toList());
        Set<Long> targets = new LinkedHashSet<>();
        if (form.isAllCommunities()) {
            if (own.isEmpty()) {
                violations.add(new InvalidInputException.Violation("allCommunities", "access.error.noCommunities"));
            }
            targets.addAll(own);
        } else {
            List<Long> chosen = form.getCommunityIds() == null ? List.of()
                    : form.getCommunityIds().stream().filter(Objects::nonNull).toList();
            if (chosen.isEmpty()) {
                violations.add(new InvalidInputException.Violation("communityIds", "access.communityIds.required"));
            } else if (!own.containsAll(chosen)) {
                violations.add(new InvalidInputException.Violation("communityIds",
                        "access.error.targetOutsideStreet"));
            }
            targets.addAll(chosen);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return targets;
    }

    private static String summary(AccessRequest r) {
        return r.getKind() + " " + r.getStatus() + " \"" + r.getTitle() + "\" dept=" + r.getDepartment()
                + " street=" + r.getStreetId() + " targets=" + r.getCommunityIds().size() + " "
                + r.getRequestedFrom() + ".." + r.getRequestedTo();
    }
}
