package org.grassroots.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.grassroots.region.Region;
import org.grassroots.shared.BaseEntity;
import org.grassroots.shared.BusinessRuleException;

/**
 * A Party organization. It reports to its parent (隶属) and sits in a street or community (属地);
 * the database derives path, region_path and the territory's ancestor ids from those two links.
 */
@Entity
@Table(name = "party_org")
public class PartyOrg extends BaseEntity {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrgType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrgCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private PartyOrg parent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(insertable = false, updatable = false)
    private String path;

    @Column(name = "region_path", insertable = false, updatable = false)
    private String regionPath;

    @Column(name = "community_id", insertable = false, updatable = false)
    private Long communityId;

    @Column(name = "street_id", insertable = false, updatable = false)
    private Long streetId;

    @Column(name = "secretary_id")
    private Long secretaryId;

    @Column(name = "has_committee", nullable = false)
    private boolean hasCommittee;

    private LocalDate foundedOn;
    private LocalDate termStart;
    private LocalDate termEnd;
    private LocalDate closedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected PartyOrg() {
    }

    /** A new organization under a parent (or at the top, for committees) in a territory. */
    public static PartyOrg found(String name, OrgType type, OrgCategory category, PartyOrg parent, Region region) {
        PartyOrg org = new PartyOrg();
        org.name = name;
        org.type = type;
        org.category = category;
        org.region = region;
        org.placeUnder(parent);
        return org;
    }

    /** Moves the organization under another parent; the parent must be able to lead this type. */
    public void placeUnder(PartyOrg newParent) {
        if (newParent == null) {
            if (!type.canBeTopLevel()) {
                throw BusinessRuleException.onField("parentId", "org.error.parentRequired");
            }
        } else {
            // through the getters: the parent may be a lazy proxy, whose own fields stay empty
            if (getId() != null && newParent.getPath() != null && path != null
                    && newParent.getPath().startsWith(path)) {
                throw BusinessRuleException.onField("parentId", "org.error.parentCycle");
            }
            if (!type.canReportTo(newParent.getType())) {
                throw BusinessRuleException.onField("parentId", "org.error.parentType");
            }
        }
        this.parent = newParent;
    }

    public void describe(String newName, OrgType newType, OrgCategory newCategory, Region newRegion) {
        this.name = newName;
        this.type = newType;
        this.category = newCategory;
        this.region = newRegion;
        this.updatedAt = Instant.now();
    }

    public void setUpTerm(LocalDate founded, LocalDate start, LocalDate end, boolean committee) {
        if (start != null && end != null && !end.isAfter(start)) {
            throw BusinessRuleException.onField("termEnd", "org.error.termOrder");
        }
        this.foundedOn = founded;
        this.termStart = start;
        this.termEnd = end;
        this.hasCommittee = committee;
        this.updatedAt = Instant.now();
    }

    public void appointSecretary(Long memberId) {
        this.secretaryId = memberId;
    }

    public void close(LocalDate on) {
        this.closedOn = on;
    }

    public void reopen() {
        this.closedOn = null;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    public String getName() {
        return name;
    }

    public OrgType getType() {
        return type;
    }

    public OrgCategory getCategory() {
        return category;
    }

    public PartyOrg getParent() {
        return parent;
    }

    public Region getRegion() {
        return region;
    }

    public String getPath() {
        return path;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public Long getStreetId() {
        return streetId;
    }

    public Long getSecretaryId() {
        return secretaryId;
    }

    public boolean isHasCommittee() {
        return hasCommittee;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
