package org.grassroots.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.grassroots.shared.BaseEntity;
import org.grassroots.shared.Masking;

/**
 * One person in one role on one node for a span of days: a member of the system or a resident by
 * name and phone. An assignment ends, it is never deleted, so the roster keeps its history.
 */
@Entity
@Table(name = "grid_cadre")
public class GridCadre extends BaseEntity {

    @Column(name = "grid_node_id", nullable = false, updatable = false)
    private Long nodeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CadreRole role;

    @Column(name = "member_id")
    private Long memberId;

    private String residentName;
    private String residentPhone;
    private Integer households;

    @Column(nullable = false)
    private LocalDate startOn;

    private LocalDate endOn;
    private String note;

    protected GridCadre() {
    }

    public static GridCadre on(long nodeId) {
        GridCadre c = new GridCadre();
        c.nodeId = nodeId;
        return c;
    }

    public void assign(CadreRole role, Long memberId, String residentName, String residentPhone, Integer households,
            LocalDate startOn, LocalDate endOn, String note) {
        this.role = role;
        this.memberId = memberId;
        this.residentName = memberId == null ? residentName : null;
        this.residentPhone = memberId == null ? residentPhone : null;
        this.households = households;
        this.startOn = startOn;
        this.endOn = endOn;
        this.note = note;
    }

    public void end(LocalDate on) {
        this.endOn = on;
    }

    /** Serving on the day: started and not yet ended. */
    public boolean isCurrentOn(LocalDate day) {
        return !startOn.isAfter(day) && (endOn == null || !endOn.isBefore(day));
    }

    /** Whether the two spans share a day; an open end runs forever. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        LocalDate myEnd = endOn == null ? LocalDate.MAX : endOn;
        LocalDate otherEnd = end == null ? LocalDate.MAX : end;
        return !start.isAfter(myEnd) && !startOn.isAfter(otherEnd);
    }

    public boolean samePerson(Long otherMemberId, String otherResidentName, String otherResidentPhone) {
        if (memberId != null || otherMemberId != null) {
            return java.util.Objects.equals(memberId, otherMemberId);
        }
        return java.util.Objects.equals(residentName, otherResidentName)
                && java.util.Objects.equals(residentPhone, otherResidentPhone);
    }

    public Long getNodeId() {
        return nodeId;
    }

    public CadreRole getRole() {
        return role;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getResidentName() {
        return residentName;
    }

    public String getResidentPhone() {
        return residentPhone;
    }

    public String getResidentPhoneMasked() {
        return Masking.phone(residentPhone);
    }

    public Integer getHouseholds() {
        return households;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public String getNote() {
        return note;
    }
}
