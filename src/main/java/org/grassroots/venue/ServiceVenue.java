package org.grassroots.venue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.BaseEntity;

/**
 * A 党群服务中心 or service station kept by a street or a community (有场所议事), with the communities
 * whose 15-minute service circle it belongs to. It closes on a day and is never deleted.
 */
@Entity
@Table(name = "service_venue")
public class ServiceVenue extends BaseEntity {

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level", nullable = false, updatable = false)
    private RegionLevel regionLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VenueKind kind;

    @Column(nullable = false)
    private String name;

    private String address;

    @Column(name = "area_m2")
    private BigDecimal areaM2;

    private String openingHours;
    private String services;
    private LocalDate closedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "venue_circle", joinColumns = @JoinColumn(name = "venue_id"))
    @Column(name = "community_id")
    private Set<Long> circle = new TreeSet<>();

    protected ServiceVenue() {
    }

    /** A venue kept by a street or a community; any other level keeps none. */
    static ServiceVenue keptBy(long regionId, RegionLevel level) {
        if (level != RegionLevel.STREET && level != RegionLevel.COMMUNITY) {
            throw new IllegalArgumentException("only streets and communities keep venues");
        }
        ServiceVenue v = new ServiceVenue();
        v.regionId = regionId;
        v.regionLevel = level;
        return v;
    }

    void describe(VenueKind kind, String name, String address, BigDecimal areaM2, String openingHours,
            String services) {
        this.kind = kind;
        this.name = name;
        this.address = address;
        this.areaM2 = areaM2;
        this.openingHours = openingHours;
        this.services = services;
    }

    /** The communities served; a community's own venue always serves the community itself. */
    void serve(Collection<Long> communityIds) {
        Set<Long> next = new TreeSet<>(communityIds);
        if (regionLevel == RegionLevel.COMMUNITY) {
            next.add(regionId);
        }
        circle.retainAll(next);
        circle.addAll(next);
    }

    void close(LocalDate on) {
        this.closedOn = on;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    public Long getRegionId() {
        return regionId;
    }

    public RegionLevel getRegionLevel() {
        return regionLevel;
    }

    public VenueKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public BigDecimal getAreaM2() {
        return areaM2;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public String getServices() {
        return services;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Set<Long> getCircle() {
        return Set.copyOf(circle);
    }
}
