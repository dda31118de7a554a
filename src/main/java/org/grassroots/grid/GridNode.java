package org.grassroots.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.grassroots.shared.BaseEntity;

/**
 * A grid, building or unit of a community. The parent's kind is stored beside the parent id so that
 * the database itself refuses a unit under a grid or a child in another community (V6).
 */
@Entity
@Table(name = "grid_node")
public class GridNode extends BaseEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private GridKind kind;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "parent_kind", updatable = false)
    private GridKind parentKind;

    @Column(nullable = false)
    private String name;

    private String address;
    private int households;
    private int residents;
    private String notes;

    @Column(name = "party_org_id")
    private Long partyOrgId;

    private LocalDate closedOn;

    protected GridNode() {
    }

    public static GridNode grid(long communityId) {
        GridNode n = new GridNode();
        n.communityId = communityId;
        n.kind = GridKind.GRID;
        return n;
    }

    /** A child one level down, in the parent's community. */
    public static GridNode under(GridNode parent) {
        GridKind kind = parent.kind.childKind();
        if (kind == null) {
            throw new IllegalArgumentException("a unit has no children");
        }
        GridNode n = new GridNode();
        n.communityId = parent.communityId;
        n.kind = kind;
        n.parentId = parent.getId();
        n.parentKind = parent.kind;
        return n;
    }

    public void describe(String name, String address, int households, int residents, String notes, Long partyOrgId) {
        this.name = name;
        this.address = address;
        this.households = households;
        this.residents = residents;
        this.notes = notes;
        this.partyOrgId = partyOrgId;
    }

    public void close(LocalDate on) {
        this.closedOn = on;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public GridKind getKind() {
        return kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public int getHouseholds() {
        return households;
    }

    public int getResidents() {
        return residents;
    }

    public String getNotes() {
        return notes;
    }

    public Long getPartyOrgId() {
        return partyOrgId;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
