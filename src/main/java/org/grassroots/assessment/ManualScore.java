package org.grassroots.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.grassroots.shared.BaseEntity;

/** The score a manual indicator gives one assessed region, with its evidence. */
@Entity
@Table(name = "assessment_manual_score")
public class ManualScore extends BaseEntity {

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private Long indicatorId;

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Column(nullable = false)
    private BigDecimal score;

    @Column(nullable = false)
    private String evidence;

    @Column(name = "scored_by", nullable = false)
    private String scoredBy;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected ManualScore() {
    }

    static ManualScore of(long indicatorId, long regionId) {
        ManualScore s = new ManualScore();
        s.indicatorId = indicatorId;
        s.regionId = regionId;
        return s;
    }

    void score(BigDecimal score, String evidence, String by, Instant at) {
        this.score = score;
        this.evidence = evidence;
        this.scoredBy = by;
        this.scoredAt = at;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getScoredBy() {
        return scoredBy;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
