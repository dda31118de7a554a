package org.grassroots.regional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.BaseEntity;
import org.grassroots.shared.Masking;

/**
 * A resident unit's membership of the joint meeting (联席会议) of a street or community, with its
 * representative and its liaison (联络员). Memberships end on a day; they are never deleted.
 */
@Entity
@Table(name = "joint_member")
@Getter
public class JointMember extends BaseEntity {

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level", nullable = false, updatable = false)
    private RegionLevel regionLevel;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(nullable = false)
    private String representative;

    private String representativeTitle;

    @Column(nullable = false)
    private String liaisonName;

    private String liaisonPhone;

    @Column(nullable = false)
    private LocalDate joinedOn;

    private LocalDate leftOn;

    protected JointMember() {
    }

    static JointMember of(Region seat, long unitId) {
        JointMember m = new JointMember();
        m.regionId = seat.getId();
        m.regionLevel = seat.getLevel();
        m.unitId = unitId;
        return m;
    }

    void describe(String representative, String representativeTitle, String liaisonName, String liaisonPhone,
            LocalDate joinedOn, LocalDate leftOn) {
        this.representative = representative;
        this.representativeTitle = representativeTitle;
        this.liaisonName = liaisonName;
        this.liaisonPhone = liaisonPhone;
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
    }

    /** A member on the day: joined on or before it and not left before it. */
    public boolean memberOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    public String getLiaisonPhoneMasked() {
        return Masking.phone(liaisonPhone);
    }
}
