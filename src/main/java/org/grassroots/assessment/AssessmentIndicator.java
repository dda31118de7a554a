package org.grassroots.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.grassroots.shared.BaseEntity;

/** One indicator of a tree: a group (top level only) or a leaf with a formula source or a manual score. */
@Entity
@Table(name = "assessment_indicator")
public class AssessmentIndicator extends BaseEntity {

    @Column(name = "tree_id", nullable = false, updatable = false)
    private Long treeId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    private int position;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private BigDecimal weight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    private BigDecimal target;

    protected AssessmentIndicator() {
    }

    static AssessmentIndicator in(long treeId, Long parentId, int position) {
        AssessmentIndicator i = new AssessmentIndicator();
        i.treeId = treeId;
        i.parentId = parentId;
        i.position = position;
        return i;
    }

    void describe(String name, BigDecimal weight, Source source, BigDecimal target) {
        this.name = name;
        this.weight = weight;
        this.source = source;
        this.target = source.needsTarget() ? target : null;
    }

    public Long getTreeId() {
        return treeId;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public Source getSource() {
        return source;
    }

    public BigDecimal getTarget() {
        return target;
    }
}
