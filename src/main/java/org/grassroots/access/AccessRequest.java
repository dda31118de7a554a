package org.grassroots.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.grassroots.shared.BaseEntity;

/**
 * A department's task, inspection, meeting or report form registered at a street, with the
 * communities it is addressed to. The street approves or refuses it once; a refusal carries its reason.
 */
@Entity
@Table(name = "access_request")
public class AccessRequest extends BaseEntity {

    @Column(name = "street_id", nullable = false, updatable = false)
    private long streetId;

    @Column(nullable = false)
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccessKind kind;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "all_communities", nullable = false)
    private boolean allCommunities;

    @Column(name = "requested_from", nullable = false)
    private LocalDate requestedFrom;

    @Column(name = "requested_to")
    private LocalDate requestedTo;

    @Column(name = "burden_hours")
    private Integer burdenHours;

    private String basis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccessStatus status = AccessStatus.REGISTERED;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "access_target", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "community_id", nullable = false)
    private Set<Long> communityIds = new TreeSet<>();

    protected AccessRequest() {
    }

    static AccessRequest at(long streetId, String registeredBy, Instant now) {
        AccessRequest r = new AccessRequest();
        r.streetId = streetId;
        r.registeredBy = registeredBy;
        r.registeredAt = now;
        return r;
    }

    void describe(String department, AccessKind kind, String title, String description, boolean allCommunities,
            Collection<Long> communityIds, LocalDate requestedFrom, LocalDate requestedTo, Integer burdenHours,
            String basis) {
        this.department = department;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.allCommunities = allCommunities;
        this.communityIds.clear();
        this.communityIds.addAll(communityIds);
        this.requestedFrom = requestedFrom;
        this.requestedTo = requestedTo;
        this.burdenHours = burdenHours;
        this.basis = basis;
    }

    void decide(AccessStatus outcome, String by, Instant at, String note) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
    }

    public long getStreetId() {
        return streetId;
    }

    public String getDepartment() {
        return department;
    }

    public AccessKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isAllCommunities() {
        return allCommunities;
    }

    public LocalDate getRequestedFrom() {
        return requestedFrom;
    }

    public LocalDate getRequestedTo() {
        return requestedTo;
    }

    public Integer getBurdenHours() {
        return burdenHours;
    }

    public String getBasis() {
        return basis;
    }

    public AccessStatus getStatus() {
        return status;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Set<Long> getCommunityIds() {
        return Set.copyOf(communityIds);
    }
}
