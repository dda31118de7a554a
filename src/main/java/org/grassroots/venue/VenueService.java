package org.grassroots.venue;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

/**
 * Service venues kept by streets and communities. A venue is in scope when the region keeping it
 * is: an id outside the scope answers the same 404 as a missing one. Circles stay inside one street.
 */
@Service
@Transactional(readOnly = true)
public class VenueService {

    private final ServiceVenueRepository venues;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    VenueService(ServiceVenueRepository venues, RegionService regions, AuditService audit, Clock clock) {
        this.venues = venues;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** A street or community in scope: the regions that keep venues. Any other region answers 404. */
    public Region requireKeeper(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        if (!keepsVenues(region)) {
            throw new NotFoundException("street or community", regionId);
        }
        return region;
    }

    public ServiceVenue require(long id, Scope scope) {
        ServiceVenue v = venues.findById(id).orElseThrow(() -> new NotFoundException("service_venue", id));
        regions.require(v.getRegionId(), scope);
        return v;
    }

    /** Who may keep a venue created from this region's page: a street and its communities, or the community. */
    public List<Region> keeperChoices(Region region) {
        if (region.getLevel() == RegionLevel.STREET) {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(region),
                    regions.children(region).stream()).toList();
        }
        return List.of(region);
    }

    /** The communities of the keeper's street: the only ones a circle may include. */
    public List<Region> circleChoices(Region keeper) {
        return regions.children(streetOf(keeper));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- writing

    /** A venue created from a street's or community's page, kept by one of {@link #keeperChoices}. */
    @Transactional
    public ServiceVenue create(long regionId, VenueForm form, Scope scope) {
        Region region = requireKeeper(regionId, scope);
        Region keeper = keeperChoices(region).stream()
                .filter(r -> form.getRegionId() == null ? r.getId().equals(region.getId())
                        : r.getId().equals(form.getRegionId()))
                .findFirst()
                .orElseThrow(() -> BusinessRuleException.onField("regionId", "venue.region.invalid"));
        ServiceVenue v = ServiceVenue.keptBy(keeper.getId(), keeper.getLevel());
        return save(v, keeper, form, "CREATE", null);
    }

    @Transactional
    public ServiceVenue update(long id, VenueForm form, Scope scope) {
        ServiceVenue v = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != v.getVersion()) {
            throw new StaleEditException(VenueForm.of(v), v.getVersion());
        }
        Region keeper = regions.require(v.getRegionId(), scope);
        return save(v, keeper, form, "UPDATE", summary(v));
    }

    /** Closes the venue today; it stays on the lists as closed and no longer serves any community. */
    @Transactional
    public void close(long id, Scope scope) {
        ServiceVenue v = require(id, scope);
        if (v.isClosed()) {
            return;
        }
        v.close(today());
        venues.saveAndFlush(v);
        audit.record("CLOSE", "service_venue", v.getId(), "closedOn=" + v.getClosedOn());
    }

    private ServiceVenue save(ServiceVenue v, Region keeper, VenueForm form, String action, String before) {
        Set<Long> allowed = circleChoices(keeper).stream().map(Region::getId).collect(Collectors.toSet());
        List<Long> circle = form.getCircleIds() == null ? List.of()
                : form.getCircleIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!allowed.containsAll(circle)) {
            throw BusinessRuleException.onField("circleIds", "venue.circle.outsideStreet");
        }
        v.describe(form.getKind(), form.getName().trim(), blankToNull(form.getAddress()), form.getAreaM2(),
                blankToNull(form.getOpeningHours()), blankToNull(form.getServices()));
        v.serve(circle);
        ServiceVenue saved = venues.saveAndFlush(v);
        audit.record(action, "service_venue", saved.getId(), before == null ? summary(saved)
                : before + " -> " + summary(saved));
        return saved;
    }

    // ---------------------------------------------------------------- helpers

    static boolean keepsVenues(Region region) {
        return region.getLevel() == RegionLevel.STREET || region.getLevel() == RegionLevel.COMMUNITY;
    }

    private Region streetOf(Region keeper) {
        if (keeper.getLevel() == RegionLevel.STREET) {
            return keeper;
        }
        List<Long> ids = keeper.pathIds();
        long streetId = ids.get(ids.size() - 2);
        return regions.findById(streetId).orElseThrow(() -> new NotFoundException("region", streetId));
    }

    private static String summary(ServiceVenue v) {
        return v.getKind() + " " + v.getName() + " region=" + v.getRegionId() + " area=" + v.getAreaM2()
                + " circle=" + v.getCircle();
    }

}
