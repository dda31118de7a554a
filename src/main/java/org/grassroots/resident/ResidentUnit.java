package org.grassroots.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.BaseEntity;
import org.grassroots.shared.Masking;

/**
 * A unit sitting in a street or a community (驻区单位), with its Party organization either in the
 * system or only named. Units close on a date; they are never deleted, so their reports stay.
 */
@Entity
@Table(name = "resident_unit")
public class ResidentUnit extends BaseEntity {

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level", nullable = false, updatable = false)
    private RegionLevel regionLevel;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    private String address;

    @Column(name = "party_org_id")
    private Long partyOrgId;

    @Column(name = "party_org_name")
    private String partyOrgName;

    private String contactName;
    private String contactPhone;
    private String notes;
    private LocalDate closedOn;

    protected ResidentUnit() {
    }

    /** A new unit seated in a street or community. */
    public static ResidentUnit in(Region region) {
        if (region.getLevel() != RegionLevel.STREET && region.getLevel() != RegionLevel.COMMUNITY) {
            throw new IllegalArgumentException("a resident unit sits in a street or a community");
        }
        ResidentUnit unit = new ResidentUnit();
        unit.regionId = region.getId();
        unit.regionLevel = region.getLevel();
        return unit;
    }

    void describe(String name, UnitKind kind, String address, Long partyOrgId, String partyOrgName,
            String contactName, String contactPhone, String notes) {
        this.name = name;
        this.kind = kind;
        this.address = address;
        this.partyOrgId = partyOrgId;
        this.partyOrgName = partyOrgId == null ? partyOrgName : null;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.notes = notes;
    }

    void close(LocalDate on) {
        this.closedOn = on;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    /** Seated directly in a street rather than in one of its communities. */
    public boolean isStreetLevel() {
        return regionLevel == RegionLevel.STREET;
    }

    public Long getRegionId() {
        return regionId;
    }

    public RegionLevel getRegionLevel() {
        return regionLevel;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public String getAddress() {
        return address;
    }

    public Long getPartyOrgId() {
        return partyOrgId;
    }

    public String getPartyOrgName() {
        return partyOrgName;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactPhoneMasked() {
        return Masking.phone(contactPhone);
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
