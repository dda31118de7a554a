package org.grassroots.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.grassroots.shared.BaseEntity;

/** An indicator tree of one owner (the city or a district), year and assessed level. */
@Entity
@Table(name = "assessment_tree")
public class AssessmentTree extends BaseEntity {

    @Column(name = "owner_region_id", nullable = false, updatable = false)
    private Long ownerRegionId;

    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessed_level", nullable = false)
    private AssessedLevel assessedLevel;

    @Column(nullable = false)
    private String name;

    private boolean published;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected AssessmentTree() {
    }

    static AssessmentTree of(long ownerRegionId, String createdBy) {
        AssessmentTree t = new AssessmentTree();
        t.ownerRegionId = ownerRegionId;
        t.createdBy = createdBy;
        return t;
    }

    void describe(String name, int year, AssessedLevel level) {
        this.name = name;
        this.year = year;
        this.assessedLevel = level;
    }

    void publish(boolean published) {
        this.published = published;
    }

    public Long getOwnerRegionId() {
        return ownerRegionId;
    }

    public int getYear() {
        return year;
    }

    public AssessedLevel getAssessedLevel() {
        return assessedLevel;
    }

    public String getName() {
        return name;
    }

    public boolean isPublished() {
        return published;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
