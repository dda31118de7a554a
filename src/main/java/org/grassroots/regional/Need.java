package org.grassroots.regional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import org.grassroots.shared.BaseEntity;

/** 需求清单: a need of residents or of the community. Met, in progress or open comes from its projects. */
@Entity
@Table(name = "regional_need")
@Getter
public class Need extends BaseEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "raised_by_kind", nullable = false)
    private RaisedBy raisedByKind;

    @Column(nullable = false)
    private String raisedBy;

    @Column(nullable = false)
    private LocalDate raisedOn;

    protected Need() {
    }

    static Need in(long communityId) {
        Need n = new Need();
        n.communityId = communityId;
        return n;
    }

    void describe(String category, String description, Urgency urgency, RaisedBy raisedByKind, String raisedBy,
            LocalDate raisedOn) {
        this.category = category;
        this.description = description;
        this.urgency = urgency;
        this.raisedByKind = raisedByKind;
        this.raisedBy = raisedBy;
        this.raisedOn = raisedOn;
    }
}
